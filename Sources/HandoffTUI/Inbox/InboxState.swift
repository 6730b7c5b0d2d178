import HandoffCore
import HandoffStore

/// The inbox view: a window of the handed-off leads (never all of them), the counts that describe
/// the whole inbox, the leads marked for a bulk answer, and the feedback panel under it.
public struct InboxState: Sendable, Equatable {
    public var filter: InboxFilter = .all
    /// The rows on screen, oldest handoff first.
    public var rows: [InboxItem] = []
    /// Rows of the filtered inbox above the window.
    public var firstRank = 0
    public var selected = 0
    /// Leads matching the filter; all handed-off leads; those overdue.
    public var total = 0
    public var waiting = 0
    public var overdue = 0
    /// Leads marked with `v`, as they were seen, by id; kept while they wait in the inbox.
    public var marked: [Int64: Lead] = [:]
    public var feedback: FeedbackReport?
    public var period: FeedbackPeriod = .month
    public var grouping: FeedbackGrouping = .source

    public init() {}

    public var selectedItem: InboxItem? { rows.indices.contains(selected) ? rows[selected] : nil }
    public var anchor: BoardCursor? { rows.first.map { BoardCursor(enteredAt: $0.lead.enteredAt, id: $0.lead.id) } }
    public var hasMoreBelow: Bool { firstRank + rows.count < total }

    /// What a bulk answer applies to: the marked leads, else the one under the cursor.
    public var targets: [Lead] {
        if !marked.isEmpty { return marked.values.sorted { ($0.enteredAt, $0.id) < ($1.enteredAt, $1.id) } }
        return selectedItem.map { [$0.lead] } ?? []
    }
}

extension InboxState: WindowedList {}
