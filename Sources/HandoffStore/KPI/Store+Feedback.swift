import HandoffCore

/// What sales answered to marketing's handoffs, by source or campaign, over a period: SQL
/// aggregates over the `accepted` and `rejected` events (`events_kind` index), leaving out answers
/// that were undone.
extension Store {
    public func feedback(by grouping: FeedbackGrouping, since: Int64, until: Int64, limit: Int = 50) throws -> FeedbackReport {
        let group = grouping == .source ? "l.source" : "coalesce(l.campaign, '')"
        let answered = "e.at >= ? AND e.at < ? AND NOT EXISTS (SELECT 1 FROM events u WHERE u.reverts = e.id AND u.kind = 'undone')"
        let totals = try connection.prepare(
            """
            SELECT \(group) AS grp, sum(CASE WHEN e.kind = 'accepted' THEN 1 ELSE 0 END), sum(CASE WHEN e.kind = 'rejected' THEN 1 ELSE 0 END)
            FROM events e JOIN leads l ON l.id = e.lead_id
            WHERE e.kind IN ('accepted', 'rejected') AND \(answered)
            GROUP BY grp ORDER BY count(*) DESC, grp LIMIT ?
            """
        ).rows([.integer(since), .integer(until), .integer(Int64(limit))]) {
            FeedbackRow(group: $0.string(0), accepted: $0.int(1), rejected: $0.int(2))
        }
        // The reason is the detail up to its first colon (`code: comment`).
        let reasons = try connection.prepare(
            """
            SELECT \(group) AS grp,
                   CASE WHEN instr(coalesce(e.detail, ''), ':') > 0 THEN substr(e.detail, 1, instr(e.detail, ':') - 1) ELSE coalesce(e.detail, '') END AS code,
                   count(*) AS n
            FROM events e JOIN leads l ON l.id = e.lead_id
            WHERE e.kind = 'rejected' AND \(answered)
            GROUP BY grp, code ORDER BY grp, n DESC, code
            """
        ).rows([.integer(since), .integer(until)]) { ($0.string(0), FeedbackRow.ReasonCount(code: $0.string(1), count: $0.int(2))) }
        var byGroup: [String: [FeedbackRow.ReasonCount]] = [:]
        for (group, reason) in reasons { byGroup[group, default: []].append(reason) }
        let rows = totals.map { row in
            var row = row
            row.reasons = byGroup[row.group] ?? []
            return row
        }
        return FeedbackReport(grouping: grouping, since: since, until: until, rows: rows)
    }
}
