/// Migration 14: imported history counts honestly (see `LeadHistorySQL`). Deals that began in the
/// sales stages are no MQLs or accepted leads unless their history takes them through the handoff,
/// and a row imported with no date keeps the import's time only as a stand-in that figures by
/// period leave out. The milestone triggers of migration 12 take the rule; boards made before it
/// have their milestones recounted, and the rollup follows through its own triggers.
extension Migrations {
    static let leadHistory = """
        ALTER TABLE leads ADD COLUMN undated_at INTEGER;
        -- The dashboard counts the leads with no date of their own.
        CREATE INDEX leads_undated ON leads(undated_at) WHERE undated_at IS NOT NULL;
        DROP VIEW kpi_lead_facts;
        \(LeadHistorySQL.leadFacts(byDay: true, postgres: false))
        DROP VIEW kpi_lead_moments;
        \(LeadHistorySQL.leadFacts(byDay: false, postgres: false))
        -- No board before this one has a lead that reached SQL without being an MQL (the old rule
        -- set all three together), so the new `created.direct` measure needs no rows yet.

        DROP TRIGGER events_milestones;
        CREATE TRIGGER events_milestones AFTER INSERT ON events
        WHEN NEW.kind NOT IN \(LeadHistorySQL.movelessKinds) AND NEW.reverted = 0 AND NEW.to_stage IN (SELECT id FROM stage_milestones WHERE mql) BEGIN
            UPDATE leads SET
                mql_at = CASE WHEN NEW.at >= \(LeadHistorySQL.frontDoor("NEW.lead_id")) THEN min(coalesce(mql_at, NEW.at), NEW.at) ELSE mql_at END,
                sal_at = CASE WHEN (SELECT sal FROM stage_milestones WHERE id = NEW.to_stage) AND NEW.at >= \(LeadHistorySQL.frontDoor("NEW.lead_id"))
                              THEN min(coalesce(sal_at, NEW.at), NEW.at) ELSE sal_at END,
                sql_at = CASE WHEN (SELECT sql FROM stage_milestones WHERE id = NEW.to_stage) THEN min(coalesce(sql_at, NEW.at), NEW.at) ELSE sql_at END
            WHERE id = NEW.lead_id AND deal_kind IS NULL;
        END;
        DROP TRIGGER events_milestones_reverted;
        CREATE TRIGGER events_milestones_reverted AFTER UPDATE OF reverted ON events WHEN NEW.reverted = 1 AND OLD.reverted = 0 BEGIN
            UPDATE leads SET \(LeadHistorySQL.recount("NEW.lead_id"))
            WHERE id = NEW.lead_id AND deal_kind IS NULL;
            UPDATE responses SET reverted = 1 WHERE event_id = NEW.id;
        END;
        \(LeadHistorySQL.carriedOver)

        -- An answer written unanswered is counted when `responses_answer` fills it in, one written
        -- answered (a loader's) when it is inserted: never both, whichever trigger fires first. A
        -- load into an empty board made them again in another order, and answers given after it
        -- counted twice; the answers' part of the rollup is counted again from the facts.
        DROP TRIGGER responses_kpi_insert;
        CREATE TRIGGER responses_kpi_insert AFTER INSERT ON responses WHEN NEW.answered_at IS NOT NULL BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, 1, cents FROM kpi_response_facts WHERE event_id = NEW.event_id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        DELETE FROM kpi_days WHERE measure IN ('sla.due', 'sla.on_time', 'answered', 'answered.actor');
        INSERT INTO kpi_days(measure, day, key, n, cents)
            SELECT measure, day, key, count(*), sum(cents) FROM kpi_response_facts GROUP BY measure, day, key;
        """
}
