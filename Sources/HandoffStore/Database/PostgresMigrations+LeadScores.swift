/// PostgreSQL's migration 17, as SQLite's (`Migrations.leadScores`): the scores leave `leads` for
/// `lead_scores`. On a server each update of a lead also wrote a new version of its row and an
/// entry in each of the table's eleven indexes, and ran its permission trigger: a rescoring now
/// touches a narrow table with one index.
///
/// The lead guard loses the score from the fields it compares; `lead_scores` gets its own guard
/// with the same rule as before: a score written with its lead (a new lead, an edit, an undo) is
/// judged by the lead's guard, which ran on the lead's row earlier in the same transaction; the
/// cached parts alone (fit and version) are nothing a person decides; any other change of a
/// score is a rescoring, for those who may change the scoring.
extension PostgresMigrations {
    static let leadScores =
        """
        CREATE TABLE lead_scores (
            lead_id bigint PRIMARY KEY REFERENCES leads(id) DEFERRABLE,
            score bigint NOT NULL DEFAULT 0,
            score_version bigint,
            score_fit bigint
        );
        INSERT INTO lead_scores(lead_id, score, score_version, score_fit) SELECT id, score, score_version, score_fit FROM leads ORDER BY id;
        ALTER TABLE leads DROP COLUMN score, DROP COLUMN score_version, DROP COLUMN score_fit;

        CREATE FUNCTION handoff_guard_lead_score() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF handoff_is_owner() THEN RETURN coalesce(NEW, OLD); END IF;
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'a lead''s score is never deleted from a board';
            END IF;
            IF TG_OP = 'UPDATE' AND OLD.lead_id = NEW.lead_id AND OLD.score = NEW.score THEN RETURN NEW; END IF;
            IF EXISTS (SELECT 1 FROM leads l WHERE l.id = NEW.lead_id
                       AND l.xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296) THEN
                RETURN NEW;
            END IF;
            IF handoff_may('edit_scoring') THEN RETURN NEW; END IF;
            PERFORM handoff_refuse('edit_scoring');
            RETURN NULL;
        END $$;
        CREATE TRIGGER lead_scores_guard BEFORE INSERT OR UPDATE OR DELETE ON lead_scores FOR EACH ROW EXECUTE FUNCTION handoff_guard_lead_score();

        GRANT SELECT ON lead_scores TO handoff_viewer, handoff_marketing, handoff_sales, handoff_success, handoff_admin;
        GRANT INSERT, UPDATE ON lead_scores TO handoff_marketing, handoff_sales, handoff_success, handoff_admin;
        """ + "\n"
        + restated(
            "handoff_guard_lead", from: leadHistory,
            [
                ("OLD.value, OLD.score,", "OLD.value,"),
                ("NEW.value, NEW.score,", "NEW.value,"),
                ("s.value, s.score, s.entered_at", "s.value, s.entered_at"),
                ("NEW.score, NEW.entered_at", "NEW.entered_at"),
                (
                    "-- A score's cached parts alone (calibration fills them in): nothing a person decides.",
                    "-- Nothing a person decides (a score is in `lead_scores`, with its own guard)."
                ),
            ])
}
