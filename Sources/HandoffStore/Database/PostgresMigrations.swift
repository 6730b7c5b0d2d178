/// The schema on PostgreSQL: the same tables, columns, indexes, views and derived tables as
/// `Migrations` builds on SQLite, in PostgreSQL's words (bigint and double precision where
/// SQLite has INTEGER and REAL, text compared byte by byte as SQLite does, PL/pgSQL triggers
/// keeping `stage_totals`, `kpi_days` and the milestones). `schema_version` records the version,
/// numbered as SQLite's `user_version`, so a board is at the same version on either engine.
/// Append; never edit a migration that has shipped.
enum PostgresMigrations {
    /// Text compared and sorted by its bytes, as SQLite's BINARY collation does, whatever the
    /// server's locale: names sort the same on both engines, and exports are byte-identical.
    private static let text = "text COLLATE \"C\""

    /// (version reached, script). The first brings an empty database to SQLite's version 7 at once.
    static let all: [(version: Int, sql: String)] = [
        (7, baseline + PostgresTeamRules.script), (8, historyChain), (9, moments), (10, meetingRecords),
        (11, viewers), (12, customers), (13, insightsAndContent),
        (14, leadHistory), (15, activity), (16, scoreChanges), (17, leadScores),
    ]

    static var latest: Int { all.last?.version ?? 0 }

    /// 8: the tamper-evident history, as SQLite's migration 8: each event and board event carries
    /// the SHA-256 of its canonical record and of the hash before it, computed by the store in
    /// Swift on both engines (see `HistoryRecord`), and `chain_heads` keeps, per log, the last id
    /// handed out and its hash. Members append to the history, so they move its heads.
    private static let historyChain = """
        ALTER TABLE events ADD COLUMN hash bytea;
        ALTER TABLE board_events ADD COLUMN hash bytea;
        CREATE TABLE chain_heads (
            log \(text) PRIMARY KEY CHECK (log IN ('events', 'board_events')),
            last_id bigint NOT NULL,
            hash bytea NOT NULL
        );
        GRANT SELECT ON chain_heads TO handoff_viewer, handoff_marketing, handoff_sales, handoff_admin;
        GRANT INSERT, UPDATE ON chain_heads TO handoff_marketing, handoff_sales, handoff_admin;
        """

    /// 9: figures over any window of time, as SQLite's migration 9: the facts at their instant.
    private static let moments = """
        CREATE INDEX leads_created ON leads(created_at);
        CREATE INDEX leads_closed ON leads(closed_at) WHERE closed_at IS NOT NULL;
        CREATE INDEX responses_due ON responses(due_at);
        CREATE VIEW kpi_lead_moments AS
            SELECT id AS lead_id, 'created'::text COLLATE "C" AS measure, created_at AS at, ''::text COLLATE "C" AS key, 0::bigint AS cents FROM leads
            UNION ALL SELECT id, 'created.source', created_at, source, 0 FROM leads
            UNION ALL SELECT id, 'created.campaign', created_at, coalesce(campaign, ''), 0 FROM leads
            UNION ALL SELECT id, 'created.mql', created_at, '', 0 FROM leads WHERE mql_at IS NOT NULL
            UNION ALL SELECT id, 'created.sal', created_at, '', 0 FROM leads WHERE sal_at IS NOT NULL
            UNION ALL SELECT id, 'created.sql', created_at, '', 0 FROM leads WHERE sql_at IS NOT NULL
            UNION ALL SELECT id, 'created.won', created_at, '', 0 FROM leads WHERE stage = 'won'
            UNION ALL SELECT id, 'mql', mql_at, '', 0 FROM leads WHERE mql_at IS NOT NULL
            UNION ALL SELECT id, 'mql.campaign', mql_at, coalesce(campaign, ''), 0 FROM leads WHERE mql_at IS NOT NULL
            UNION ALL SELECT id, 'mql.sql', mql_at, '', 0 FROM leads WHERE mql_at IS NOT NULL AND sql_at IS NOT NULL
            UNION ALL SELECT id, 'sal', sal_at, '', 0 FROM leads WHERE sal_at IS NOT NULL
            UNION ALL SELECT id, 'sal.campaign', sal_at, coalesce(campaign, ''), 0 FROM leads WHERE sal_at IS NOT NULL
            UNION ALL SELECT id, 'sql', sql_at, '', 0 FROM leads WHERE sql_at IS NOT NULL
            UNION ALL SELECT id, 'won', closed_at, '', handoff_cents(value) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'won.owner', closed_at, coalesce(owner, ''), handoff_cents(value) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'won.campaign', closed_at, coalesce(campaign, ''), handoff_cents(value) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'lost', closed_at, '', 0 FROM leads WHERE stage = 'lost' AND closed_at IS NOT NULL;
        CREATE VIEW kpi_event_moments AS
            SELECT id AS event_id, kind AS measure, at, ''::text COLLATE "C" AS key, 0::bigint AS cents FROM events
                WHERE kind IN ('handed_off', 'accepted', 'rejected') AND reverted = 0
            UNION ALL SELECT id, 'accepted.owner', at, CASE WHEN detail LIKE 'owner: %' THEN substr(detail, 8) ELSE actor END, 0 FROM events
                WHERE kind = 'accepted' AND reverted = 0
            UNION ALL SELECT id, 'rejected.reason', at,
                   CASE WHEN strpos(coalesce(detail, ''), ':') > 0 THEN substr(detail, 1, strpos(detail, ':') - 1) ELSE coalesce(detail, '') END, 0 FROM events
                WHERE kind = 'rejected' AND reverted = 0;
        CREATE VIEW kpi_response_moments AS
            SELECT event_id, 'sla.due'::text COLLATE "C" AS measure, due_at AS at, ''::text COLLATE "C" AS key, 0::bigint AS cents FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL
            UNION ALL SELECT event_id, 'sla.on_time', due_at, '', 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL AND answered_at <= due_at
            UNION ALL SELECT event_id, 'answered', answered_at, '', 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL
            UNION ALL SELECT event_id, 'answered.actor', answered_at, coalesce(actor, ''), 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL;
        GRANT SELECT ON kpi_lead_moments, kpi_event_moments, kpi_response_moments TO handoff_viewer, handoff_marketing, handoff_sales, handoff_admin;
        """

    /// 11: the meeting-room screen's read-only `handoff_viewer` is given and taken back like a
    /// team: enrolling someone in a team, or as a viewer, or in nothing (their removal) leaves them
    /// in that one group role only.
    private static let viewers = PostgresTeamRules.enrolFunction(
        "CREATE OR REPLACE", leaving: ["handoff_marketing", "handoff_sales", "handoff_admin", "handoff_viewer"])

    /// 10: what a meeting leaves behind, as SQLite's migration 10; the minutes are never changed.
    private static let meetingRecords = """
        CREATE TABLE meeting_attendees (
            meeting_id bigint NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE,
            login \(text) NOT NULL,
            attended bigint NOT NULL DEFAULT 1,
            at bigint NOT NULL,
            by \(text) NOT NULL,
            PRIMARY KEY (meeting_id, login)
        );
        CREATE TABLE meeting_notes (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            meeting_id bigint NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE,
            item \(text) NOT NULL,
            kind \(text) NOT NULL CHECK (kind IN ('decision', 'note')),
            body \(text) NOT NULL,
            at bigint NOT NULL,
            author \(text) NOT NULL
        );
        CREATE INDEX meeting_notes_meeting ON meeting_notes(meeting_id, item);
        CREATE TABLE meeting_minutes (
            meeting_id bigint NOT NULL REFERENCES meetings(id) DEFERRABLE,
            language \(text) NOT NULL,
            format \(text) NOT NULL CHECK (format IN ('markdown', 'json')),
            version bigint NOT NULL,
            body \(text) NOT NULL,
            PRIMARY KEY (meeting_id, language, format)
        );
        CREATE FUNCTION handoff_minutes_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = CASE TG_OP WHEN 'DELETE' THEN 'the minutes of a closed meeting are never deleted'
                                                                          ELSE 'the minutes of a closed meeting are never changed' END;
        END $$;
        CREATE TRIGGER meeting_minutes_kept BEFORE UPDATE ON meeting_minutes FOR EACH ROW EXECUTE FUNCTION handoff_minutes_kept();
        CREATE TRIGGER meeting_minutes_not_deleted BEFORE DELETE ON meeting_minutes FOR EACH ROW EXECUTE FUNCTION handoff_minutes_kept();
        ALTER TABLE meetings ADD COLUMN chain_head \(text);
        GRANT SELECT ON meeting_attendees, meeting_notes, meeting_minutes TO handoff_viewer, handoff_marketing, handoff_sales, handoff_admin;
        GRANT INSERT, UPDATE, DELETE ON meeting_attendees, meeting_notes TO handoff_marketing, handoff_sales, handoff_admin;
        GRANT INSERT ON meeting_minutes TO handoff_marketing, handoff_sales, handoff_admin;
        GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO handoff_marketing, handoff_sales, handoff_admin;
        """

    /// 12: insights heard from leads and pieces of content, as SQLite's migration 12, with the
    /// teams' rules on the server: an insight needs `add_insight`, a send `send_content`, a piece
    /// `edit_content` (or, for an approval alone, `approve_content`), and a piece is published
    /// only after an approval unless the board relaxed the rule. Both write the lead's row as it
    /// was with its version raised (the lead's story moved): a change of the version alone is no
    /// change a person decides, so the lead guard lets it through; its event is still required.
    static let insightsAndContent = """
        CREATE TABLE insights (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            lead_id bigint NOT NULL REFERENCES leads(id) DEFERRABLE,
            event_id bigint NOT NULL,
            at bigint NOT NULL,
            author \(text) NOT NULL,
            kind \(text) NOT NULL CHECK (kind IN ('objection', 'question', 'pain', 'competitor', 'feature_request', 'praise')),
            body \(text) NOT NULL,
            quote \(text),
            stage \(text) NOT NULL,
            withdrawn bigint NOT NULL DEFAULT 0
        );
        CREATE INDEX insights_at ON insights(at) WHERE withdrawn = 0;
        CREATE INDEX insights_lead ON insights(lead_id, at);
        CREATE INDEX insights_event ON insights(event_id);
        CREATE TABLE content (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            title \(text) NOT NULL,
            kind \(text) NOT NULL CHECK (kind IN ('guide', 'case_study', 'deck', 'pitch', 'email', 'post', 'other')),
            stage \(text) NOT NULL CHECK (stage IN ('idea', 'drafting', 'sales_review', 'published', 'retired')),
            owner \(text),
            link \(text) NOT NULL DEFAULT '',
            created_at bigint NOT NULL,
            created_by \(text) NOT NULL,
            entered_at bigint NOT NULL,
            approved_at bigint,
            approved_by \(text),
            published_at bigint,
            version bigint NOT NULL DEFAULT 1
        );
        CREATE INDEX content_stage ON content(stage, entered_at);
        CREATE TABLE content_authors (
            content_id bigint NOT NULL REFERENCES content(id) DEFERRABLE,
            login \(text) NOT NULL,
            added_at bigint NOT NULL,
            added_by \(text) NOT NULL,
            PRIMARY KEY (content_id, login)
        );
        CREATE TABLE content_insights (
            content_id bigint NOT NULL REFERENCES content(id) DEFERRABLE,
            insight_id bigint NOT NULL REFERENCES insights(id) DEFERRABLE,
            linked_at bigint NOT NULL,
            linked_by \(text) NOT NULL,
            PRIMARY KEY (content_id, insight_id)
        );
        CREATE INDEX content_insights_insight ON content_insights(insight_id);
        CREATE TABLE content_sends (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            content_id bigint NOT NULL REFERENCES content(id) DEFERRABLE,
            lead_id bigint NOT NULL REFERENCES leads(id) DEFERRABLE,
            event_id bigint NOT NULL,
            at bigint NOT NULL,
            actor \(text) NOT NULL,
            stage \(text) NOT NULL,
            withdrawn bigint NOT NULL DEFAULT 0
        );
        CREATE INDEX content_sends_content ON content_sends(content_id, lead_id) WHERE withdrawn = 0;
        CREATE INDEX content_sends_lead ON content_sends(lead_id) WHERE withdrawn = 0;
        CREATE INDEX content_sends_at ON content_sends(at) WHERE withdrawn = 0;
        CREATE INDEX content_sends_event ON content_sends(event_id);
        INSERT INTO permissions(team, ability) VALUES
            ('marketing', 'add_insight'), ('sales', 'add_insight'), ('marketing', 'edit_content'),
            ('sales', 'approve_content'), ('sales', 'send_content')
            ON CONFLICT DO NOTHING;

        -- What a member writes to the loop, by the ability it needs. Undo and redo mark an insight
        -- or a send withdrawn or back (an update of that flag and its event alone), which is the
        -- member's own change taken back, as on a lead.
        CREATE FUNCTION handoff_guard_loop() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            needed text := 'edit_content';
        BEGIN
            IF handoff_is_owner() THEN RETURN coalesce(NEW, OLD); END IF;
            -- Nested, not joined with AND: a record's fields are looked up only on the table that has them.
            IF TG_TABLE_NAME = 'insights' THEN
                needed := 'add_insight';
            ELSIF TG_TABLE_NAME = 'content_sends' THEN
                needed := 'send_content';
            ELSIF TG_TABLE_NAME = 'content' AND TG_OP <> 'DELETE' THEN
                IF TG_OP = 'UPDATE' THEN
                    IF (OLD.title, OLD.kind, OLD.stage, OLD.owner, OLD.link, OLD.entered_at, OLD.published_at)
                       IS NOT DISTINCT FROM (NEW.title, NEW.kind, NEW.stage, NEW.owner, NEW.link, NEW.entered_at, NEW.published_at)
                       AND OLD.approved_by IS NULL AND NEW.approved_by = current_user THEN
                        needed := 'approve_content';
                    END IF;
                END IF;
                IF NEW.stage = 'published' AND NEW.approved_by IS NULL
                   AND coalesce((SELECT value FROM settings WHERE key = 'content_approval'), 'required') <> 'optional' THEN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM handoff_refuse_unapproved(NEW.id);
                    ELSIF OLD.stage <> 'published' THEN
                        PERFORM handoff_refuse_unapproved(NEW.id);
                    END IF;
                END IF;
            END IF;
            -- Undo and redo flip `withdrawn` on the member's own insight or send.
            IF TG_OP = 'UPDATE' AND TG_TABLE_NAME IN ('insights', 'content_sends') THEN RETURN NEW; END IF;
            IF handoff_may(needed) THEN RETURN coalesce(NEW, OLD); END IF;
            PERFORM handoff_refuse(needed);
            RETURN NULL;
        END $$;
        CREATE FUNCTION handoff_refuse_unapproved(piece bigint) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING ERRCODE = 'P0001',
                MESSAGE = format('piece %s has not been approved by sales: a piece is published only after a sales member approves it in sales review', piece);
        END $$;
        CREATE TRIGGER insights_guard BEFORE INSERT OR UPDATE OR DELETE ON insights FOR EACH ROW EXECUTE FUNCTION handoff_guard_loop();
        CREATE TRIGGER content_sends_guard BEFORE INSERT OR UPDATE OR DELETE ON content_sends FOR EACH ROW EXECUTE FUNCTION handoff_guard_loop();
        CREATE TRIGGER content_guard BEFORE INSERT OR UPDATE OR DELETE ON content FOR EACH ROW EXECUTE FUNCTION handoff_guard_loop();
        CREATE TRIGGER content_authors_guard BEFORE INSERT OR UPDATE OR DELETE ON content_authors FOR EACH ROW EXECUTE FUNCTION handoff_guard_loop();
        CREATE TRIGGER content_insights_guard BEFORE INSERT OR UPDATE OR DELETE ON content_insights FOR EACH ROW EXECUTE FUNCTION handoff_guard_loop();

        -- The lead guard of the team rules (see `PostgresTeamRules`), with one more change a member
        -- may make: the version alone, raised by an insight or a send (its event is still required).
        CREATE OR REPLACE FUNCTION handoff_guard_lead() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            from_side text;
            to_side text;
            needed text;
        BEGIN
            IF handoff_is_owner() THEN RETURN coalesce(NEW, OLD); END IF;
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'leads are never deleted from a board; move them to lost';
            END IF;
            IF TG_OP = 'INSERT' THEN
                IF handoff_may('create_lead') OR handoff_may('import') THEN RETURN NEW; END IF;
                PERFORM handoff_refuse('create_lead');
            END IF;
            -- A score's cached parts alone (calibration fills them in): nothing a person decides.
            IF (OLD.name, OLD.company, OLD.email, OLD.phone, OLD.source, OLD.campaign, OLD.owner, OLD.stage, OLD.value, OLD.score,
                OLD.created_at, OLD.entered_at, OLD.closed_at, OLD.lost_reason, OLD.version)
               IS NOT DISTINCT FROM
               (NEW.name, NEW.company, NEW.email, NEW.phone, NEW.source, NEW.campaign, NEW.owner, NEW.stage, NEW.value, NEW.score,
                NEW.created_at, NEW.entered_at, NEW.closed_at, NEW.lost_reason, NEW.version) THEN
                RETURN NEW;
            END IF;
            -- The version alone, raised by an insight or a send: the lead's story moved, not its fields.
            IF NEW.version = OLD.version + 1
               AND (OLD.name, OLD.company, OLD.email, OLD.phone, OLD.source, OLD.campaign, OLD.owner, OLD.stage, OLD.value, OLD.score,
                    OLD.created_at, OLD.entered_at, OLD.closed_at, OLD.lost_reason)
                   IS NOT DISTINCT FROM
                   (NEW.name, NEW.company, NEW.email, NEW.phone, NEW.source, NEW.campaign, NEW.owner, NEW.stage, NEW.value, NEW.score,
                    NEW.created_at, NEW.entered_at, NEW.closed_at, NEW.lost_reason)
               AND (handoff_may('add_insight') OR handoff_may('send_content')) THEN
                RETURN NEW;
            END IF;
            SELECT side INTO from_side FROM stages WHERE id = OLD.stage;
            SELECT side INTO to_side FROM stages WHERE id = NEW.stage;
            IF OLD.stage IS DISTINCT FROM NEW.stage THEN
                needed := CASE WHEN to_side = 'outcome' THEN 'close'
                               WHEN to_side = 'handoff' THEN 'hand_off'
                               WHEN from_side = 'handoff' THEN CASE WHEN to_side = 'sales' THEN 'accept' ELSE 'reject' END
                               WHEN to_side = 'sales' THEN 'move_sales' ELSE 'move_marketing' END;
            ELSIF (OLD.name, OLD.company, OLD.email, OLD.phone, OLD.source, OLD.campaign, OLD.owner, OLD.value, OLD.created_at,
                   OLD.entered_at, OLD.closed_at, OLD.lost_reason)
                  IS DISTINCT FROM
                  (NEW.name, NEW.company, NEW.email, NEW.phone, NEW.source, NEW.campaign, NEW.owner, NEW.value, NEW.created_at,
                   NEW.entered_at, NEW.closed_at, NEW.lost_reason) THEN
                needed := CASE WHEN from_side IN ('marketing', 'handoff') THEN 'edit_marketing_lead' ELSE 'edit_sales_lead' END;
            ELSE
                needed := 'edit_scoring';
            END IF;
            IF handoff_may(needed) THEN RETURN NEW; END IF;
            IF EXISTS (SELECT 1 FROM lead_snapshots s
                       WHERE s.lead_id = OLD.id AND s.actor = current_user AND s.version = OLD.version - 1
                         AND (s.name, s.company, s.email, s.phone, s.source, s.campaign, s.owner, s.stage, s.value, s.score, s.entered_at,
                              s.closed_at, s.lost_reason)
                             IS NOT DISTINCT FROM
                             (NEW.name, NEW.company, NEW.email, NEW.phone, NEW.source, NEW.campaign, NEW.owner, NEW.stage, NEW.value,
                              NEW.score, NEW.entered_at, NEW.closed_at, NEW.lost_reason)) THEN
                RETURN NEW;
            END IF;
            PERFORM handoff_refuse(needed);
            RETURN NULL;
        END $$;

        GRANT SELECT ON insights, content, content_authors, content_insights, content_sends TO handoff_viewer, handoff_marketing, handoff_sales, handoff_admin;
        GRANT INSERT, UPDATE ON insights, content_sends TO handoff_marketing, handoff_sales, handoff_admin;
        GRANT INSERT, UPDATE, DELETE ON content, content_authors, content_insights TO handoff_marketing, handoff_sales, handoff_admin;
        GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO handoff_marketing, handoff_sales, handoff_admin;
        """

    private static let baseline = """
        CREATE TABLE schema_version (version bigint NOT NULL);
        INSERT INTO schema_version(version) VALUES (0);

        -- The scalar and aggregate functions SQLite has built in that the store's SQL uses, under
        -- SQLite's names, so the store's SQL is one text for both engines.
        CREATE FUNCTION max(a anycompatible, b anycompatible) RETURNS anycompatible
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE greatest(a, b) END';
        CREATE FUNCTION min(a anycompatible, b anycompatible) RETURNS anycompatible
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE least(a, b) END';
        CREATE FUNCTION instr(haystack text, needle text) RETURNS integer
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT strpos(haystack, needle)';
        CREATE AGGREGATE total(double precision) (SFUNC = float8pl, STYPE = double precision, INITCOND = '0');
        -- An amount in whole cents, saturating as SQLite's CAST does instead of failing the write.
        CREATE FUNCTION handoff_cents(amount double precision) RETURNS bigint
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT CASE WHEN amount IS NULL OR amount = 'NaN'::float8 THEN 0
                        WHEN amount * 100 >= 9.2e18 THEN 9223372036854775807
                        WHEN amount * 100 <= -9.2e18 THEN -9223372036854775808
                        ELSE round((amount * 100)::numeric)::bigint END $$;

        CREATE TABLE stages (
            id \(text) PRIMARY KEY,
            title \(text) NOT NULL,
            side \(text) NOT NULL CHECK (side IN ('marketing', 'handoff', 'sales', 'outcome')),
            position bigint NOT NULL,
            probability double precision NOT NULL DEFAULT 0,
            idle_days bigint,
            visible bigint NOT NULL DEFAULT 1
        );
        CREATE TABLE members (
            login \(text) PRIMARY KEY,
            name \(text) NOT NULL,
            team \(text) NOT NULL CHECK (team IN ('marketing', 'sales', 'admin'))
        );
        CREATE TABLE campaigns (
            id \(text) PRIMARY KEY,
            name \(text) NOT NULL,
            channel \(text) NOT NULL DEFAULT '',
            spend double precision NOT NULL DEFAULT 0,
            started bigint,
            ended bigint,
            owner \(text) REFERENCES members(login) DEFERRABLE
        );
        CREATE TABLE leads (
            id bigint PRIMARY KEY,
            name \(text) NOT NULL,
            company \(text) NOT NULL DEFAULT '',
            email \(text) NOT NULL DEFAULT '',
            phone \(text) NOT NULL DEFAULT '',
            source \(text) NOT NULL DEFAULT '',
            campaign \(text) REFERENCES campaigns(id) DEFERRABLE,
            owner \(text),
            stage \(text) NOT NULL REFERENCES stages(id) DEFERRABLE,
            value double precision,
            score bigint NOT NULL DEFAULT 0,
            created_at bigint NOT NULL,
            entered_at bigint NOT NULL,
            closed_at bigint,
            lost_reason \(text),
            version bigint NOT NULL DEFAULT 1,
            mql_at bigint,
            sal_at bigint,
            sql_at bigint,
            score_version bigint,
            score_fit bigint
        );
        CREATE INDEX leads_board ON leads(stage, entered_at, id);
        CREATE INDEX leads_email ON leads(lower(email)) WHERE email <> '';
        CREATE INDEX leads_owner ON leads(owner, stage, entered_at) WHERE owner IS NOT NULL;
        -- A lead added without an id gets the next one after the highest, as SQLite's rowid does:
        -- leads are often written with ids of their own (imports, the demo), which a sequence
        -- would not know of.
        CREATE FUNCTION handoff_lead_id() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.id IS NULL THEN
                SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM leads;
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER leads_id BEFORE INSERT ON leads FOR EACH ROW EXECUTE FUNCTION handoff_lead_id();
        -- The same for the two logs, whose ids the store hands out with their hashes (see
        -- `HistoryChain`): a row added without one (by hand) gets the next, as SQLite's rowid gives.
        CREATE FUNCTION handoff_log_id() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.id IS NULL THEN
                EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', TG_TABLE_NAME) INTO NEW.id;
            END IF;
            RETURN NEW;
        END $$;

        CREATE TABLE lead_attributes (
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE DEFERRABLE,
            name \(text) NOT NULL,
            value \(text) NOT NULL,
            PRIMARY KEY (lead_id, name)
        );
        CREATE TABLE events (
            id bigint PRIMARY KEY,
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE DEFERRABLE,
            at bigint NOT NULL,
            actor \(text) NOT NULL,
            kind \(text) NOT NULL,
            from_stage \(text),
            to_stage \(text),
            detail \(text),
            reverts bigint REFERENCES events(id) DEFERRABLE,
            reverted bigint NOT NULL DEFAULT 0,
            acted_by \(text)
        );
        CREATE TRIGGER events_id BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION handoff_log_id();
        CREATE INDEX events_lead ON events(lead_id, at);
        CREATE INDEX events_kind ON events(kind, at);
        CREATE INDEX events_at ON events(at);
        CREATE INDEX events_reverts ON events(reverts) WHERE reverts IS NOT NULL;
        CREATE INDEX events_actor ON events(actor, at);
        CREATE TABLE notes (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE DEFERRABLE,
            at bigint NOT NULL,
            author \(text) NOT NULL,
            body \(text) NOT NULL,
            due bigint
        );
        CREATE INDEX notes_lead ON notes(lead_id, at);
        CREATE INDEX notes_at ON notes(at);
        CREATE INDEX notes_due ON notes(due) WHERE due IS NOT NULL;
        CREATE TABLE goals (
            period_start bigint NOT NULL,
            period_end bigint NOT NULL,
            revenue_goal double precision NOT NULL
        );
        CREATE TABLE settings (
            key \(text) PRIMARY KEY,
            value \(text) NOT NULL
        );
        CREATE TABLE stage_totals (
            stage \(text) PRIMARY KEY,
            leads bigint NOT NULL DEFAULT 0,
            value double precision NOT NULL DEFAULT 0
        );
        CREATE FUNCTION handoff_totals() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                UPDATE stage_totals SET leads = leads - 1, value = value - coalesce(OLD.value, 0) WHERE stage = OLD.stage;
            END IF;
            IF TG_OP IN ('UPDATE', 'INSERT') THEN
                INSERT INTO stage_totals(stage, leads, value) VALUES (NEW.stage, 1, coalesce(NEW.value, 0))
                    ON CONFLICT(stage) DO UPDATE SET leads = stage_totals.leads + 1, value = stage_totals.value + coalesce(NEW.value, 0);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER leads_totals_insert AFTER INSERT ON leads FOR EACH ROW EXECUTE FUNCTION handoff_totals();
        CREATE TRIGGER leads_totals_delete AFTER DELETE ON leads FOR EACH ROW EXECUTE FUNCTION handoff_totals();
        CREATE TRIGGER leads_totals_update AFTER UPDATE OF stage, value ON leads FOR EACH ROW EXECUTE FUNCTION handoff_totals();

        CREATE TABLE reasons (
            kind \(text) NOT NULL CHECK (kind IN ('reject', 'lost')),
            code \(text) NOT NULL,
            label \(text) NOT NULL,
            position bigint NOT NULL,
            PRIMARY KEY (kind, code)
        );
        INSERT INTO reasons(kind, code, label, position) VALUES
            ('reject', 'not_target', 'Not our target market', 1),
            ('reject', 'no_budget', 'No budget', 2),
            ('reject', 'no_interest', 'Not interested', 3),
            ('reject', 'bad_data', 'Bad or missing contact data', 4),
            ('reject', 'duplicate', 'Duplicate of another lead', 5),
            ('reject', 'student', 'Student or job seeker', 6),
            ('reject', 'competitor', 'A competitor', 7),
            ('reject', 'other', 'Other (say why in the comment)', 8),
            ('lost', 'price', 'Price', 1),
            ('lost', 'competitor', 'Went with a competitor', 2),
            ('lost', 'no_decision', 'No decision', 3),
            ('lost', 'timing', 'Timing', 4),
            ('lost', 'no_budget', 'No budget', 5),
            ('lost', 'other', 'Other', 6);
        CREATE TABLE service_levels (
            team \(text) PRIMARY KEY,
            hours double precision NOT NULL CHECK (hours > 0),
            day_start \(text) NOT NULL DEFAULT '09:00',
            day_end \(text) NOT NULL DEFAULT '17:00',
            workdays \(text) NOT NULL DEFAULT '1,2,3,4,5',
            utc_offset \(text) NOT NULL DEFAULT '+00:00'
        );
        INSERT INTO service_levels(team, hours) VALUES ('sales', 24);
        CREATE TABLE routing_rules (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            position bigint NOT NULL DEFAULT 0,
            field \(text),
            value \(text),
            assignee \(text) REFERENCES members(login) DEFERRABLE
        );
        CREATE TABLE lead_snapshots (
            event_id bigint PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE DEFERRABLE,
            action_id bigint NOT NULL,
            actor \(text) NOT NULL,
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE DEFERRABLE,
            name \(text) NOT NULL,
            company \(text) NOT NULL,
            email \(text) NOT NULL,
            phone \(text) NOT NULL,
            source \(text) NOT NULL,
            campaign \(text),
            owner \(text),
            stage \(text) NOT NULL,
            value double precision,
            score bigint NOT NULL,
            entered_at bigint NOT NULL,
            closed_at bigint,
            lost_reason \(text),
            version bigint NOT NULL
        );
        CREATE INDEX lead_snapshots_actor ON lead_snapshots(actor, action_id);
        CREATE INDEX lead_snapshots_lead ON lead_snapshots(lead_id, event_id);
        CREATE TABLE responses (
            event_id bigint PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE DEFERRABLE,
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE DEFERRABLE,
            handed_off_at bigint NOT NULL,
            due_at bigint NOT NULL,
            working_seconds bigint NOT NULL,
            answered_at bigint,
            actor \(text),
            reverted bigint NOT NULL DEFAULT 0
        );
        CREATE TABLE permissions (
            team \(text) NOT NULL,
            ability \(text) NOT NULL,
            PRIMARY KEY (team, ability)
        );
        INSERT INTO permissions(team, ability) VALUES
            ('marketing', 'create_lead'), ('marketing', 'edit_marketing_lead'), ('marketing', 'move_marketing'),
            ('marketing', 'hand_off'), ('marketing', 'note'), ('marketing', 'edit_scoring'), ('marketing', 'import'),
            ('marketing', 'run_meeting'),
            ('sales', 'accept'), ('sales', 'reject'), ('sales', 'move_sales'), ('sales', 'close'),
            ('sales', 'edit_sales_lead'), ('sales', 'note'), ('sales', 'run_meeting'),
            ('admin', '*');

        -- Which stages count as having reached each milestone (1 or 0, as on SQLite).
        CREATE VIEW stage_milestones AS
            SELECT id,
                   (position >= (SELECT min(position) FROM stages WHERE side = 'handoff'))::int AS mql,
                   (position >= (SELECT min(position) FROM stages WHERE side = 'sales'))::int AS sal,
                   (position >= coalesce((SELECT position FROM stages WHERE id = 'sql'),
                                         (SELECT position FROM stages WHERE side = 'sales' ORDER BY position LIMIT 1 OFFSET 1)))::int AS sql
            FROM stages WHERE side <> 'outcome' OR probability >= 1;
        -- Marks the event an undo reverted.
        CREATE FUNCTION handoff_mark_reverted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE events SET reverted = 1 WHERE id = NEW.reverts;
            RETURN NULL;
        END $$;
        CREATE TRIGGER events_mark_reverted AFTER INSERT ON events FOR EACH ROW
            WHEN (NEW.kind = 'undone' AND NEW.reverts IS NOT NULL) EXECUTE FUNCTION handoff_mark_reverted();
        -- When the lead first reached each milestone, from the events that were not undone.
        CREATE FUNCTION handoff_milestones() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            reached stage_milestones%ROWTYPE;
        BEGIN
            SELECT * INTO reached FROM stage_milestones WHERE id = NEW.to_stage;
            IF NOT FOUND OR coalesce(reached.mql, 0) <> 1 THEN RETURN NULL; END IF;
            UPDATE leads SET
                mql_at = min(coalesce(mql_at, NEW.at), NEW.at),
                sal_at = CASE WHEN reached.sal = 1 THEN min(coalesce(sal_at, NEW.at), NEW.at) ELSE sal_at END,
                sql_at = CASE WHEN reached.sql = 1 THEN min(coalesce(sql_at, NEW.at), NEW.at) ELSE sql_at END
            WHERE id = NEW.lead_id;
            RETURN NULL;
        END $$;
        CREATE TRIGGER events_milestones AFTER INSERT ON events FOR EACH ROW
            WHEN (NEW.kind NOT IN ('undone', 'scored') AND NEW.reverted = 0 AND NEW.to_stage IS NOT NULL) EXECUTE FUNCTION handoff_milestones();
        -- An undo can take a milestone back: recompute the lead's from what still counts.
        CREATE FUNCTION handoff_milestones_reverted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE leads SET
                mql_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                          WHERE e.lead_id = NEW.lead_id AND e.reverted = 0 AND e.kind <> 'undone' AND m.mql = 1),
                sal_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                          WHERE e.lead_id = NEW.lead_id AND e.reverted = 0 AND e.kind <> 'undone' AND m.sal = 1),
                sql_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                          WHERE e.lead_id = NEW.lead_id AND e.reverted = 0 AND e.kind <> 'undone' AND m.sql = 1)
            WHERE id = NEW.lead_id;
            UPDATE responses SET reverted = 1 WHERE event_id = NEW.id;
            RETURN NULL;
        END $$;
        CREATE TRIGGER events_milestones_reverted AFTER UPDATE OF reverted ON events FOR EACH ROW
            WHEN (NEW.reverted = 1 AND OLD.reverted = 0) EXECUTE FUNCTION handoff_milestones_reverted();
        -- Each answer's own time and who gave it, copied from its event when the row is written.
        CREATE FUNCTION handoff_response_answer() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            SELECT at, actor, reverted INTO NEW.answered_at, NEW.actor, NEW.reverted FROM events WHERE id = NEW.event_id;
            RETURN NEW;
        END $$;
        CREATE TRIGGER responses_answer BEFORE INSERT ON responses FOR EACH ROW
            WHEN (NEW.answered_at IS NULL) EXECUTE FUNCTION handoff_response_answer();

        CREATE TABLE kpi_days (
            measure \(text) NOT NULL,
            day bigint NOT NULL,
            key \(text) NOT NULL,
            n bigint NOT NULL DEFAULT 0,
            cents bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (measure, day, key)
        );
        CREATE VIEW kpi_lead_facts AS
            SELECT id AS lead_id, 'created'::text COLLATE "C" AS measure, created_at / 86400 AS day, ''::text COLLATE "C" AS key, 0::bigint AS cents FROM leads
            UNION ALL SELECT id, 'created.source', created_at / 86400, source, 0 FROM leads
            UNION ALL SELECT id, 'created.campaign', created_at / 86400, coalesce(campaign, ''), 0 FROM leads
            UNION ALL SELECT id, 'created.mql', created_at / 86400, '', 0 FROM leads WHERE mql_at IS NOT NULL
            UNION ALL SELECT id, 'created.sal', created_at / 86400, '', 0 FROM leads WHERE sal_at IS NOT NULL
            UNION ALL SELECT id, 'created.sql', created_at / 86400, '', 0 FROM leads WHERE sql_at IS NOT NULL
            UNION ALL SELECT id, 'created.won', created_at / 86400, '', 0 FROM leads WHERE stage = 'won'
            UNION ALL SELECT id, 'mql', mql_at / 86400, '', 0 FROM leads WHERE mql_at IS NOT NULL
            UNION ALL SELECT id, 'mql.campaign', mql_at / 86400, coalesce(campaign, ''), 0 FROM leads WHERE mql_at IS NOT NULL
            UNION ALL SELECT id, 'mql.sql', mql_at / 86400, '', 0 FROM leads WHERE mql_at IS NOT NULL AND sql_at IS NOT NULL
            UNION ALL SELECT id, 'sal', sal_at / 86400, '', 0 FROM leads WHERE sal_at IS NOT NULL
            UNION ALL SELECT id, 'sal.campaign', sal_at / 86400, coalesce(campaign, ''), 0 FROM leads WHERE sal_at IS NOT NULL
            UNION ALL SELECT id, 'sql', sql_at / 86400, '', 0 FROM leads WHERE sql_at IS NOT NULL
            UNION ALL SELECT id, 'won', closed_at / 86400, '', handoff_cents(value) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'won.owner', closed_at / 86400, coalesce(owner, ''), handoff_cents(value) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'won.campaign', closed_at / 86400, coalesce(campaign, ''), handoff_cents(value) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'lost', closed_at / 86400, '', 0 FROM leads WHERE stage = 'lost' AND closed_at IS NOT NULL;
        CREATE VIEW kpi_event_facts AS
            SELECT id AS event_id, kind AS measure, at / 86400 AS day, ''::text COLLATE "C" AS key, 0::bigint AS cents FROM events
                WHERE kind IN ('handed_off', 'accepted', 'rejected') AND reverted = 0
            UNION ALL SELECT id, 'accepted.owner', at / 86400, CASE WHEN detail LIKE 'owner: %' THEN substr(detail, 8) ELSE actor END, 0 FROM events
                WHERE kind = 'accepted' AND reverted = 0
            UNION ALL SELECT id, 'rejected.reason', at / 86400,
                   CASE WHEN strpos(coalesce(detail, ''), ':') > 0 THEN substr(detail, 1, strpos(detail, ':') - 1) ELSE coalesce(detail, '') END, 0 FROM events
                WHERE kind = 'rejected' AND reverted = 0;
        CREATE VIEW kpi_response_facts AS
            SELECT event_id, 'sla.due'::text COLLATE "C" AS measure, due_at / 86400 AS day, ''::text COLLATE "C" AS key, 0::bigint AS cents FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL
            UNION ALL SELECT event_id, 'sla.on_time', due_at / 86400, '', 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL AND answered_at <= due_at
            UNION ALL SELECT event_id, 'answered', answered_at / 86400, '', 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL
            UNION ALL SELECT event_id, 'answered.actor', answered_at / 86400, coalesce(actor, ''), 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL;
        -- A row's facts are taken out before it changes and put back after: the view itself
        -- decides what moved where. One function per table, its sign from the trigger's timing.
        CREATE FUNCTION handoff_kpi_leads() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            sign bigint := CASE WHEN TG_WHEN = 'BEFORE' THEN -1 ELSE 1 END;
            subject bigint := CASE WHEN TG_WHEN = 'BEFORE' THEN OLD.id ELSE NEW.id END;
        BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents)
                SELECT measure, day, key, sign, sign * cents FROM kpi_lead_facts WHERE lead_id = subject
                ON CONFLICT(measure, day, key) DO UPDATE SET n = kpi_days.n + excluded.n, cents = kpi_days.cents + excluded.cents;
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$;
        CREATE FUNCTION handoff_kpi_events() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            sign bigint := CASE WHEN TG_WHEN = 'BEFORE' THEN -1 ELSE 1 END;
            subject bigint := CASE WHEN TG_WHEN = 'BEFORE' THEN OLD.id ELSE NEW.id END;
        BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents)
                SELECT measure, day, key, sign, sign * cents FROM kpi_event_facts WHERE event_id = subject
                ON CONFLICT(measure, day, key) DO UPDATE SET n = kpi_days.n + excluded.n, cents = kpi_days.cents + excluded.cents;
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$;
        CREATE FUNCTION handoff_kpi_responses() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            sign bigint := CASE WHEN TG_WHEN = 'BEFORE' THEN -1 ELSE 1 END;
            subject bigint := CASE WHEN TG_WHEN = 'BEFORE' THEN OLD.event_id ELSE NEW.event_id END;
        BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents)
                SELECT measure, day, key, sign, sign * cents FROM kpi_response_facts WHERE event_id = subject
                ON CONFLICT(measure, day, key) DO UPDATE SET n = kpi_days.n + excluded.n, cents = kpi_days.cents + excluded.cents;
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$;
        CREATE TRIGGER leads_kpi_insert AFTER INSERT ON leads FOR EACH ROW EXECUTE FUNCTION handoff_kpi_leads();
        CREATE TRIGGER leads_kpi_delete BEFORE DELETE ON leads FOR EACH ROW EXECUTE FUNCTION handoff_kpi_leads();
        CREATE TRIGGER leads_kpi_before_update BEFORE UPDATE OF created_at, source, campaign, owner, stage, value, closed_at, mql_at, sal_at, sql_at ON leads
            FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.source IS DISTINCT FROM NEW.source
                OR OLD.campaign IS DISTINCT FROM NEW.campaign OR OLD.owner IS DISTINCT FROM NEW.owner OR OLD.stage IS DISTINCT FROM NEW.stage
                OR OLD.value IS DISTINCT FROM NEW.value OR OLD.closed_at IS DISTINCT FROM NEW.closed_at OR OLD.mql_at IS DISTINCT FROM NEW.mql_at
                OR OLD.sal_at IS DISTINCT FROM NEW.sal_at OR OLD.sql_at IS DISTINCT FROM NEW.sql_at)
            EXECUTE FUNCTION handoff_kpi_leads();
        CREATE TRIGGER leads_kpi_after_update AFTER UPDATE OF created_at, source, campaign, owner, stage, value, closed_at, mql_at, sal_at, sql_at ON leads
            FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.source IS DISTINCT FROM NEW.source
                OR OLD.campaign IS DISTINCT FROM NEW.campaign OR OLD.owner IS DISTINCT FROM NEW.owner OR OLD.stage IS DISTINCT FROM NEW.stage
                OR OLD.value IS DISTINCT FROM NEW.value OR OLD.closed_at IS DISTINCT FROM NEW.closed_at OR OLD.mql_at IS DISTINCT FROM NEW.mql_at
                OR OLD.sal_at IS DISTINCT FROM NEW.sal_at OR OLD.sql_at IS DISTINCT FROM NEW.sql_at)
            EXECUTE FUNCTION handoff_kpi_leads();
        CREATE TRIGGER events_kpi_insert AFTER INSERT ON events FOR EACH ROW WHEN (NEW.kind <> 'scored') EXECUTE FUNCTION handoff_kpi_events();
        CREATE TRIGGER events_kpi_delete BEFORE DELETE ON events FOR EACH ROW EXECUTE FUNCTION handoff_kpi_events();
        CREATE TRIGGER events_kpi_before_update BEFORE UPDATE OF kind, at, detail, actor, reverted ON events FOR EACH ROW EXECUTE FUNCTION handoff_kpi_events();
        CREATE TRIGGER events_kpi_after_update AFTER UPDATE OF kind, at, detail, actor, reverted ON events FOR EACH ROW EXECUTE FUNCTION handoff_kpi_events();
        CREATE TRIGGER responses_kpi_insert AFTER INSERT ON responses FOR EACH ROW EXECUTE FUNCTION handoff_kpi_responses();
        CREATE TRIGGER responses_kpi_delete BEFORE DELETE ON responses FOR EACH ROW EXECUTE FUNCTION handoff_kpi_responses();
        CREATE TRIGGER responses_kpi_before_update BEFORE UPDATE OF due_at, answered_at, actor, reverted ON responses FOR EACH ROW EXECUTE FUNCTION handoff_kpi_responses();
        CREATE TRIGGER responses_kpi_after_update AFTER UPDATE OF due_at, answered_at, actor, reverted ON responses FOR EACH ROW EXECUTE FUNCTION handoff_kpi_responses();
        CREATE INDEX leads_won_cycle ON leads(((closed_at - created_at) / 86400), closed_at, stage, created_at) WHERE stage = 'won' AND closed_at IS NOT NULL;
        CREATE INDEX leads_customers ON leads(lower(company), stage) WHERE stage = 'won';
        CREATE INDEX responses_time ON responses(working_seconds, answered_at, reverted) WHERE reverted = 0 AND answered_at IS NOT NULL;
        CREATE INDEX responses_actor_time ON responses(actor, working_seconds, answered_at, reverted) WHERE reverted = 0 AND answered_at IS NOT NULL;

        CREATE TABLE meetings (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            since bigint NOT NULL,
            started_at bigint NOT NULL,
            started_by \(text) NOT NULL,
            closed_at bigint,
            closed_by \(text)
        );
        CREATE UNIQUE INDEX meetings_one_open ON meetings((coalesce(closed_at, 0))) WHERE closed_at IS NULL;
        CREATE INDEX meetings_closed ON meetings(closed_at) WHERE closed_at IS NOT NULL;
        CREATE TABLE meeting_items (
            meeting_id bigint NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE,
            item \(text) NOT NULL,
            discussed_at bigint NOT NULL,
            discussed_by \(text) NOT NULL,
            PRIMARY KEY (meeting_id, item)
        );
        CREATE TABLE action_items (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            meeting_id bigint NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE,
            item \(text),
            body \(text) NOT NULL,
            owner \(text) NOT NULL,
            due bigint,
            created_at bigint NOT NULL,
            created_by \(text) NOT NULL,
            done_at bigint,
            done_by \(text)
        );
        CREATE INDEX action_items_meeting ON action_items(meeting_id);
        CREATE INDEX action_items_open ON action_items(due) WHERE done_at IS NULL;

        CREATE TABLE scoring_versions (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            at bigint NOT NULL,
            author \(text) NOT NULL,
            comment \(text) NOT NULL DEFAULT '',
            definition \(text) NOT NULL
        );

        CREATE TABLE board_events (
            id bigint PRIMARY KEY,
            at bigint NOT NULL,
            actor \(text) NOT NULL,
            acted_by \(text),
            kind \(text) NOT NULL,
            subject \(text) NOT NULL,
            detail \(text)
        );
        CREATE TRIGGER board_events_id BEFORE INSERT ON board_events FOR EACH ROW EXECUTE FUNCTION handoff_log_id();
        CREATE INDEX board_events_at ON board_events(at);
        CREATE INDEX board_events_actor ON board_events(actor, at);
        CREATE TABLE former_members (
            login \(text) PRIMARY KEY,
            name \(text) NOT NULL,
            team \(text) NOT NULL,
            removed_at bigint NOT NULL,
            removed_by \(text) NOT NULL
        );

        -- Who has the board open: heartbeats, not the board's data. Unlogged (a crash loses only
        -- names that come back a second later) and written outside any write transaction, so
        -- they notify no board.
        CREATE UNLOGGED TABLE presence_sessions (
            id \(text) PRIMARY KEY,
            login \(text) NOT NULL,
            name \(text) NOT NULL,
            read_only bigint NOT NULL,
            host \(text) NOT NULL,
            pid bigint NOT NULL,
            started_ms bigint NOT NULL,
            seen_ms bigint NOT NULL
        );
        CREATE INDEX presence_sessions_seen ON presence_sessions(seen_ms);
        -- Where each meeting screen stands, for the screens that follow the chair.
        CREATE UNLOGGED TABLE presence_meeting_screens (
            session \(text) PRIMARY KEY,
            login \(text) NOT NULL,
            name \(text) NOT NULL,
            item \(text) NOT NULL,
            item_index bigint NOT NULL,
            line bigint NOT NULL,
            large bigint NOT NULL,
            timebox bigint,
            item_since bigint NOT NULL,
            detail_lead bigint,
            detail_scroll bigint NOT NULL,
            updated_ms bigint NOT NULL
        );

        -- After rows were written with keys of their own (a copied board): every key sequence is
        -- moved past the highest key, so the next row added gets a free one, as on SQLite.
        CREATE FUNCTION handoff_sync_keys() RETURNS bigint LANGUAGE plpgsql AS $$
        DECLARE
            item record;
            highest bigint;
        BEGIN
            FOR item IN SELECT c.relname AS tablename FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
                        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
                          AND a.attname = 'id' AND a.attidentity <> '' LOOP
                EXECUTE format('SELECT max(id) FROM %I', item.tablename) INTO highest;
                PERFORM setval(pg_get_serial_sequence(quote_ident(item.tablename), 'id'), coalesce(highest, 0) + 1, false);
            END LOOP;
            RETURN 0;
        END $$;
        """
}
