/// The feedback panel's content: answers to handoffs in `[since, until)`, by source or campaign.
public struct FeedbackReport: Sendable, Equatable {
    public var grouping: FeedbackGrouping
    public var since: Int64
    public var until: Int64
    public var rows: [FeedbackRow]

    public init(grouping: FeedbackGrouping, since: Int64, until: Int64, rows: [FeedbackRow]) {
        self.grouping = grouping
        self.since = since
        self.until = until
        self.rows = rows
    }

    /// Every group together: the board's acceptance rate over the period.
    public var total: FeedbackRow {
        var reasons: [String: Int] = [:]
        for row in rows { for reason in row.reasons { reasons[reason.code, default: 0] += reason.count } }
        let ordered = reasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
            FeedbackRow.ReasonCount(code: $0.key, count: $0.value)
        }
        return FeedbackRow(
            group: "all", accepted: rows.reduce(0) { $0 + $1.accepted }, rejected: rows.reduce(0) { $0 + $1.rejected }, reasons: ordered)
    }
}
