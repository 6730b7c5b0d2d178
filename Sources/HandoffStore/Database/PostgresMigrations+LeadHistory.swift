/// PostgreSQL's migration 14, as SQLite's (`Migrations.leadHistory`): the milestone functions
/// take the front-door rule, the lead facts views leave stand-in times out. The lead guard also
/// keeps what the board derives out of members' hands: a lead's milestones and its stand-in time
/// are written by the board's own triggers (as the owner), never set or changed by a member, so
/// nobody can move a figure by rewriting them; and a repeat deal may again be opened by whoever
/// may open one, which migration 13's restatement of the guard had lost.
extension PostgresMigrations {
    static let leadHistory = """
        ALTER TABLE leads ADD COLUMN undated_at bigint;
        CREATE INDEX leads_undated ON leads(undated_at) WHERE undated_at IS NOT NULL;
        \(LeadHistorySQL.leadFacts(byDay: true, postgres: true))
        \(LeadHistorySQL.leadFacts(byDay: false, postgres: true))

        CREATE OR REPLACE FUNCTION handoff_milestones() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DECLARE
            reached stage_milestones%ROWTYPE;
            front bigint;
        BEGIN
            SELECT * INTO reached FROM stage_milestones WHERE id = NEW.to_stage;
            IF NOT FOUND OR coalesce(reached.mql, 0) <> 1 THEN RETURN NULL; END IF;
            front := \(LeadHistorySQL.frontDoor("NEW.lead_id"));
            UPDATE leads SET
                mql_at = CASE WHEN NEW.at >= front THEN least(coalesce(mql_at, NEW.at), NEW.at) ELSE mql_at END,
                sal_at = CASE WHEN reached.sal = 1 AND NEW.at >= front THEN least(coalesce(sal_at, NEW.at), NEW.at) ELSE sal_at END,
                sql_at = CASE WHEN reached.sql = 1 THEN least(coalesce(sql_at, NEW.at), NEW.at) ELSE sql_at END
            WHERE id = NEW.lead_id AND deal_kind IS NULL;
            RETURN NULL;
        END $$;
        CREATE OR REPLACE FUNCTION handoff_milestones_reverted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        BEGIN
            UPDATE leads SET \(LeadHistorySQL.recount("NEW.lead_id"))
            WHERE id = NEW.lead_id AND deal_kind IS NULL;
            UPDATE responses SET reverted = 1 WHERE event_id = NEW.id;
            RETURN NULL;
        END $$;
        \(LeadHistorySQL.carriedOver)
        """ + "\n"
        + restated(
            "handoff_guard_lead", from: insightsAndContent,
            [
                (
                    "IF handoff_may('create_lead') OR handoff_may('import') THEN RETURN NEW; END IF;",
                    """
                    IF NEW.mql_at IS NOT NULL OR NEW.sal_at IS NOT NULL OR NEW.sql_at IS NOT NULL
                               OR NEW.undated_at IS NOT NULL AND NEW.undated_at <> NEW.created_at THEN
                                RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = \(derivedRefusal);
                            END IF;
                            IF handoff_may('create_lead') OR handoff_may('import') OR (NEW.source = 'customer' AND handoff_may('open_deal')) THEN RETURN NEW; END IF;
                    """
                ),
                (
                    "-- A score's cached parts alone",
                    """
                    IF (OLD.mql_at, OLD.sal_at, OLD.sql_at, OLD.undated_at) IS DISTINCT FROM (NEW.mql_at, NEW.sal_at, NEW.sql_at, NEW.undated_at) THEN
                                RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = \(derivedRefusal);
                            END IF;
                            -- A score's cached parts alone
                    """
                ),
            ])

    private static let derivedRefusal =
        "'a lead''s milestones and stand-in dates are kept by the board from its history; a member never sets them'"

    /// A function of an earlier migration's `script`, restated with `replacements` (the script
    /// never changes once shipped, so the text found is the text in force).
    /// Every replacement must find its text: a function restated without a change it was meant to
    /// carry would ship the old rule silently (the tests open a board at every version).
    static func restated(_ function: String, from script: String, _ replacements: [(String, String)]) -> String {
        guard let start = script.range(of: "FUNCTION \(function)("),
            let end = script.range(of: "END $$;", range: start.upperBound..<script.endIndex)
        else {
            preconditionFailure("no function \(function) in the script to restate")
        }
        var body = "CREATE OR REPLACE FUNCTION \(function)(" + script[start.upperBound..<end.upperBound]
        for (from, to) in replacements {
            precondition(body.contains(from), "\(function) has no '\(from)' to replace")
            body = body.replacingOccurrences(of: from, with: to)
        }
        return body
    }
}
