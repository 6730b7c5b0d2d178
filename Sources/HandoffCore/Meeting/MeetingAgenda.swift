/// What the weekly meeting walks through: everything since the last meeting, item by item, with
/// what has been discussed, decided and agreed so far. Closed, it is the meeting's minutes.
public struct MeetingAgenda: Sendable, Equatable {
    /// The version of the minutes' layout (Markdown and JSON) this agenda is written in; kept with
    /// the minutes of every closed meeting.
    public static let minutesVersion = 1

    public var since: Int64
    public var until: Int64
    /// The meeting in progress, once something was recorded in it (closed, for minutes).
    public var meeting: Meeting?
    /// The last meeting closed before this agenda's window, whose end is where it starts.
    public var previousMeeting: Meeting?
    public var items: [AgendaItem]
    public var discussed: Set<String>
    public var actionItems: [ActionItem]
    /// Action items of earlier meetings still open, and those done since the last one.
    public var followUps: [ActionItem]
    public var kpis: KPIReport?
    /// For the minutes: the history's head when its hash chains hold (`handoff check --expect-head`
    /// proves later that nothing up to it changed), or that they do not; nil when not asked for.
    public var history: HistoryState?

    public enum HistoryState: Sendable, Equatable {
        case head(String)
        case broken(problems: Int)
    }
    /// Decisions and notes written on the items, oldest first.
    public var notes: [MeetingNote]
    /// Who attended (logins), by name.
    public var attendees: [String]
    /// Members' names by login, as they are when the agenda is read: the minutes keep them.
    public var names: [String: String]
    /// The head of the event log's hash chain at the close, once the board keeps one.
    public var chainHead: String?

    public init(
        since: Int64, until: Int64, meeting: Meeting? = nil, previousMeeting: Meeting? = nil, items: [AgendaItem] = [],
        discussed: Set<String> = [], actionItems: [ActionItem] = [], followUps: [ActionItem] = [], kpis: KPIReport? = nil,
        notes: [MeetingNote] = [], attendees: [String] = [], names: [String: String] = [:], chainHead: String? = nil
    ) {
        self.since = since
        self.until = until
        self.meeting = meeting
        self.previousMeeting = previousMeeting
        self.items = items
        self.discussed = discussed
        self.actionItems = actionItems
        self.followUps = followUps
        self.kpis = kpis
        self.notes = notes
        self.attendees = attendees
        self.names = names
        self.chainHead = chainHead
    }

    public func actionItems(for key: String) -> [ActionItem] { actionItems.filter { $0.item == key } }

    public func notes(for key: String) -> [MeetingNote] { notes.filter { $0.item == key } }

    /// What can still be marked done: the open follow-ups, then this meeting's open items.
    public var openActionItems: [ActionItem] { (followUps + actionItems).filter(\.isOpen) }

    public var discussedCount: Int { items.filter { discussed.contains($0.key) }.count }

    /// A member's name, else the login (someone no longer on the board).
    public func name(_ login: String) -> String { names[login] ?? login }

    /// Attendees by name, in the order they were recorded.
    public var attendeeNames: [String] { attendees.map(name) }
}
