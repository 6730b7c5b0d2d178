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
        try connection.prepare("""
            SELECT measure, day, key, count(*), sum(cents) FROM (
                SELECT measure, day, key, cents FROM kpi_lead_facts
                UNION ALL SELECT measure, day, key, cents FROM kpi_event_facts
                UNION ALL SELECT measure, day, key, cents FROM kpi_response_facts) AS facts
            GROUP BY measure, day, key ORDER BY measure, day, key
            """).rows([]) { "\($0.string(0)) \($0.int64(1)) \($0.string(2)) \($0.int64(3)) \($0.int64(4))" }
    }

    /// Leads whose first-milestone times differ from what their events say.
    public func leadsWithWrongMilestones() throws -> Int64 {
        try connection.scalar("""
            SELECT count(*) FROM leads WHERE
                mql_at IS DISTINCT FROM (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                               WHERE e.lead_id = leads.id AND e.reverted = 0 AND e.kind <> 'undone' AND m.mql = 1)
                OR sal_at IS DISTINCT FROM (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                                  WHERE e.lead_id = leads.id AND e.reverted = 0 AND e.kind <> 'undone' AND m.sal = 1)
                OR sql_at IS DISTINCT FROM (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                                  WHERE e.lead_id = leads.id AND e.reverted = 0 AND e.kind <> 'undone' AND m.sql = 1)
            """) ?? -1
    }
}
