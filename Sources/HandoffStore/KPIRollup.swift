/// What the KPI triggers of migration 4 keep row by row (the leads' first milestones and the daily
/// rollup `kpi_days`), done in one pass for a bulk load into an empty board: a million rows then
/// cost three set-based statements instead of a dozen trigger statements each. The facts are the
/// views' (`stage_milestones`, `kpi_*_facts`), so this stays right when their definitions change.
enum KPIRollup {
    /// The triggers a bulk load into an empty board sets aside and replaces with `rebuild`. Only
    /// insert-time triggers and the update triggers those would set off: a trigger missing from
    /// the schema is skipped, and one not listed keeps working (slower, never wrong).
    static let deferredTriggers = ["leads_kpi_insert", "leads_kpi_before_update", "leads_kpi_after_update", "events_kpi_insert",
                                   "events_milestones", "responses_kpi_insert", "responses_answer"]

    /// Each lead's first milestones from its events, for the leads that reached one.
    static let milestones = """
        UPDATE leads SET (mql_at, sal_at, sql_at) = (
            SELECT min(CASE WHEN m.mql THEN e.at END), min(CASE WHEN m.sal THEN e.at END), min(CASE WHEN m.sql THEN e.at END)
            FROM events e JOIN stage_milestones m ON m.id = e.to_stage
            WHERE e.lead_id = leads.id AND e.reverted = 0 AND e.kind <> 'undone')
        WHERE id IN (SELECT e.lead_id FROM events e JOIN stage_milestones m ON m.id = e.to_stage WHERE m.mql)
        """

    /// Answers written without their own time and actor take them from their event.
    static let answers = """
        UPDATE responses SET answered_at = (SELECT at FROM events WHERE id = responses.event_id),
                             actor = (SELECT actor FROM events WHERE id = responses.event_id),
                             reverted = (SELECT reverted FROM events WHERE id = responses.event_id)
        WHERE answered_at IS NULL
        """

    /// The whole rollup counted from the facts: right for a board whose every row is new.
    static let rollup = [
        "DELETE FROM kpi_days",
        """
        INSERT INTO kpi_days(measure, day, key, n, cents)
            SELECT measure, day, key, count(*), sum(cents) FROM (
                SELECT measure, day, key, cents FROM kpi_lead_facts
                UNION ALL SELECT measure, day, key, cents FROM kpi_event_facts
                UNION ALL SELECT measure, day, key, cents FROM kpi_response_facts)
            GROUP BY measure, day, key
        """,
    ]

    static func rebuild(_ connection: SQLiteConnection) throws {
        try connection.execute(milestones)
        try connection.execute(answers)
        for statement in rollup { try connection.execute(statement) }
    }
}
