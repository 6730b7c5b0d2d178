/// What the weekly meeting walks through: everything since the last meeting, item by item, with
/// what has been discussed and the action items agreed so far.
public struct MeetingAgenda: Sendable, Equatable {
    public var since: Int64
    public var until: Int64
    /// The meeting in progress, once something was recorded in it.
    public var meeting: Meeting?
    /// The last meeting closed, whose end is where this agenda starts.
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

    public init(since: Int64, until: Int64, meeting: Meeting? = nil, previousMeeting: Meeting? = nil, items: [AgendaItem] = [],
                discussed: Set<String> = [], actionItems: [ActionItem] = [], followUps: [ActionItem] = [], kpis: KPIReport? = nil) {
        self.since = since
        self.until = until
        self.meeting = meeting
        self.previousMeeting = previousMeeting
        self.items = items
        self.discussed = discussed
        self.actionItems = actionItems
        self.followUps = followUps
        self.kpis = kpis
    }

    public func actionItems(for key: String) -> [ActionItem] { actionItems.filter { $0.item == key } }

    /// What can still be marked done: the open follow-ups, then this meeting's open items.
    public var openActionItems: [ActionItem] { (followUps + actionItems).filter(\.isOpen) }

    public var discussedCount: Int { items.filter { discussed.contains($0.key) }.count }
}
