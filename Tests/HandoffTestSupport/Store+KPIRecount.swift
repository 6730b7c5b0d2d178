import HandoffStore

extension Store {
    /// The daily rollup as stored (rows that count), one line per row.
    public func kpiRollupRows() throws -> [String] {
        try connection.prepare("SELECT measure, day, key, n, cents FROM kpi_days WHERE n <> 0 OR cents <> 0 ORDER BY measure, day, key")
            .rows([]) { "\($0.string(0)) \($0.int64(1)) \($0.string(2)) \($0.int64(3)) \($0.int64(4))" }
    }

    /// The same rollup counted from scratch over the facts it summarises: equal to the stored one
    /// whatever wrote the board.
    public func kpiRecountRows() throws -> [String] {
        try connection.prepare(
            """
            SELECT measure, day, key, count(*), sum(cents) FROM (
                SELECT measure, day, key, cents FROM kpi_lead_facts
                UNION ALL SELECT measure, day, key, cents FROM kpi_event_facts
                UNION ALL SELECT measure, day, key, cents FROM kpi_response_facts) AS facts
            GROUP BY measure, day, key ORDER BY measure, day, key
            """
        ).rows([]) { "\($0.string(0)) \($0.int64(1)) \($0.string(2)) \($0.int64(3)) \($0.int64(4))" }
    }

    /// Leads whose first-milestone times differ from what their events say: MQL and acceptance
    /// only from the lead's first arrival in a marketing or handoff stage on, SQL from any event;
    /// repeat deals none.
    public func leadsWithWrongMilestones() throws -> Int64 {
        let counted = "e.lead_id = leads.id AND e.reverted = 0 AND e.kind NOT IN ('undone', 'scored', 'referred')"
        let front = """
            (SELECT min(f.at) FROM events f JOIN stages s ON s.id = f.to_stage
             WHERE f.lead_id = leads.id AND f.reverted = 0 AND f.kind NOT IN ('undone', 'scored', 'referred') AND s.side IN ('marketing', 'handoff'))
            """
        func first(_ milestone: String, fromFront: Bool) -> String {
            "(SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage WHERE \(counted) AND m.\(milestone) = 1"
                + (fromFront ? " AND e.at >= \(front))" : ")")
        }
        return try connection.scalar(
            """
            SELECT count(*) FROM leads WHERE deal_kind IS NULL AND (
                mql_at IS DISTINCT FROM \(first("mql", fromFront: true))
                OR sal_at IS DISTINCT FROM \(first("sal", fromFront: true))
                OR sql_at IS DISTINCT FROM \(first("sql", fromFront: false)))
            """) ?? -1
    }
}
