/// What the store found for a meeting's window, before it is arranged into agenda items: the
/// events by kind (each list capped, with its full count), the late and overdue handoffs, the
/// stale leads, the previous meeting's action items, the KPIs and the customers that need a look.
public struct AgendaMaterial: Sendable, Equatable {
    public struct Capped<Element: Sendable & Equatable>: Sendable, Equatable {
        public var rows: [Element]
        public var total: Int

        public init(_ rows: [Element] = [], total: Int? = nil) {
            self.rows = rows
            self.total = total ?? rows.count
        }
    }

    public var since: Int64
    public var until: Int64
    public var handoffs = Capped<AgendaEvent>()
    public var accepted = Capped<AgendaEvent>()
    public var rejected = Capped<AgendaEvent>()
    public var moves = Capped<AgendaEvent>()
    public var wins = Capped<AgendaEvent>()
    public var losses = Capped<AgendaEvent>()
    /// Answers given in the window after their due time.
    public var lateAnswers = Capped<AgendaEvent>()
    /// Handoffs waiting now past their due time.
    public var overdue = Capped<InboxItem>()
    public var stale = Capped<StaleLead>()
    public var followUps: [ActionItem] = []
    public var previousMeeting: Meeting?
    public var kpis: KPIReport?
    public var customers = CustomerAgenda()
    /// Insights heard in the window, newest first, and their most heard themes.
    public var insights = Capped<Insight>()
    public var insightThemes: [InsightTheme] = []
    /// Pieces waiting in sales review now, and those first published in the window.
    public var piecesInReview: [ContentPiece] = []
    public var piecesPublished: [ContentPiece] = []
    /// The pieces sent to each deal won in the window (by lead id) before it was won.
    public var contentInWins: [Int64: [ContentSend]] = [:]

    public init(since: Int64, until: Int64) {
        self.since = since
        self.until = until
    }
}
