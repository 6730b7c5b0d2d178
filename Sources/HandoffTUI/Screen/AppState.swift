import HandoffCore
import HandoffStore

/// The whole state of the app as a value. `update` changes it; `render` draws it.
public struct AppState: Sendable {
    public var pipeline: Pipeline
    public var columns: [ColumnState]
    public var selectedColumn: Int = 0
    public var overlay: Overlay?
    public var status: StatusMessage?
    public var width: Int
    public var height: Int
    public var now: Int64
    public var databaseName: String
    public var user: String
    /// Every lead on the board, whatever the filter shows.
    public var totalLeads: Int = 0
    /// Leads matching the `/` filter, over every stage; nil without a filter.
    public var matchingLeads: Int?
    public var shouldQuit = false
    public var keyMap: KeyMap = .standard
    public var view: ViewMode = .board
    public var inbox = InboxState()
    public var reference = ReferenceData()
    public var dashboard = DashboardState()
    /// The meeting mode, over whatever view it was opened from; nil when not in a meeting.
    public var meeting: MeetingState?
    /// A deal just won, shown over the screen for a few seconds; never with `quiet`.
    public var celebration: CelebrationBanner?
    /// `--quiet`: wins are not celebrated on this screen.
    public var quiet = false
    /// The lead's detail a form was opened from (a key acting on the lead there): it comes back
    /// when the form closes, showing the lead as it is then.
    public var detailUnderForm: DetailState?
    /// The same for an account's panel.
    public var accountUnderForm: AccountDetailState?
    /// The person's language: every text on screen comes from here.
    public var strings: Strings = .english
    /// Box-drawing or plain ASCII (`--ascii`).
    public var glyphs: Glyphs = .unicode
    public var theme: Theme = .builtIn
    /// What `:theme` offers.
    public var themeNames: [String] = ["default"]
    public var mouseEnabled = false
    /// The `/` filter; nil shows every lead.
    public var filter: LeadFilter?
    /// Set when a filter is applied: once its counts are in, a selection left on a column with
    /// no match moves to the first column that has one.
    public var focusFirstMatch = false
    /// Lines entered at `:` and `/`, oldest first.
    public var history: [PromptKind: [String]] = [:]
    /// Opened with `--read-only` (the meeting-room screen): nothing can be changed from here.
    public var readOnly: Bool
    /// The other people with the board open, for the status bar.
    public var presence: [PresenceEntry] = []
    public var scoring = ScoringState()
    /// The form whose command is being carried out: kept until the store answers, so a conflict
    /// gives the person back what they typed instead of throwing it away.
    public var submittedForm: FormState?
    /// The content view and the pieces the forms offer.
    public var content = ContentState()
    /// The insights panel.
    public var insights = InsightsState()

    public init(pipeline: Pipeline, width: Int, height: Int, now: Int64, databaseName: String, user: String, readOnly: Bool = false) {
        self.pipeline = pipeline
        self.columns = pipeline.visibleStages.map { ColumnState(stage: $0) }
        self.width = width
        self.height = height
        self.now = now
        self.databaseName = databaseName
        self.user = user
        self.readOnly = readOnly
    }

    public var keyContext: KeyContext {
        switch overlay {
        case .help, .formula: return .help
        case .detail: return .detail
        case .form: return .form
        case .prompt: return .prompt
        case .palette: return .palette
        case .importPanel: return .importPanel
        case .account: return .account
        case .piece: return .piece
        case nil: return meeting != nil ? .meeting : view.keyContext
        }
    }

    /// Where keys are looked up, in order: a panel alone; else the filter's keys (while one is
    /// active), the view's, then the global ones.
    public var keyContexts: [KeyContext] {
        let context = keyContext
        if context.isOverlay { return [context] }
        return (filter != nil ? [.filter] : []) + [context, .global]
    }

    public var selectedLead: Lead? {
        columns.indices.contains(selectedColumn) ? columns[selectedColumn].selectedLead : nil
    }

    /// The lead the keys act on: the one whose detail is open (from the board, the inbox or the
    /// meeting's agenda), else the board's card or the inbox's row.
    public var focusedLead: Lead? {
        if case let .detail(detail) = overlay { return detail.lead }
        return view == .inbox ? inbox.selectedItem?.lead : selectedLead
    }

    /// Where the board's parts go at this size in this theme's layout.
    public var boardLayout: BoardLayout { BoardLayout(width: width, height: height, columnCount: columns.count, style: theme.layout) }

    /// How many cards fit in a column at the current height: what the runtime fetches.
    public var cardsPerColumn: Int { boardLayout.cardsPerColumn }
}
