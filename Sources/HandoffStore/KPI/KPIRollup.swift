/// What the KPI triggers of migration 4 keep row by row (the leads' first milestones and the daily
/// rollup `kpi_days`), which a bulk load into an empty board sets aside: it writes the milestones
/// with each lead and counts the rollup in memory (see `KPIRollup.Tally`), then puts the triggers
/// back. The facts are the views' (`stage_milestones`, `kpi_*_facts`).
enum KPIRollup {
    /// The triggers a bulk load into an empty board sets aside. Only insert-time triggers and the
    /// update triggers those would set off: a trigger missing from the schema is skipped, and one
    /// not listed keeps working (slower, never wrong).
    static let deferredTriggers = [
        "leads_kpi_insert", "leads_kpi_before_update", "leads_kpi_after_update", "events_kpi_insert",
        "events_milestones", "responses_kpi_insert", "responses_answer",
    ]
}
