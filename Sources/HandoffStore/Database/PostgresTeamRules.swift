/// On a server, the teams' abilities are the server's rules, not only Handoff's: what a member's
/// role may write is granted to the team's group role (`handoff_marketing`, `handoff_sales`,
/// `handoff_admin`, and the read-only `handoff_viewer`), and what a write may change is checked by
/// the server itself, so `psql` gives a member no more than the board does.
///
/// Which mechanism, and why: the checks are triggers (`handoff_guard_*`), not write functions and
/// not row-level security. A trigger sees a row before and after the change, which a move needs
/// (marking won needs `close` whatever the lead was; a rejection is a move out of the handoff
/// stage), and it names the ability a refusal is about, as the board does; row-level security sees
/// only one side of an update and refuses with a generic "violates row-level security policy".
/// Write functions would have been a second copy of the store's logic in PL/pgSQL; with triggers
/// the store's one write path is what runs on both engines, and the server checks it. Members hold
/// INSERT and UPDATE only on the tables a board write touches, never DELETE, and nothing on
/// members, stages or permissions unless they are admins; the history (events, board events) can
/// only grow: no UPDATE or DELETE is granted, and a trigger refuses both to anyone but the schema's
/// owner. Triggers that keep derived tables run as the owner (`SECURITY DEFINER` with a fixed
/// `search_path`), so members need no rights on them.
enum PostgresTeamRules {
    static let script = #"""
        -- The team roles, made when missing (the role running init needs CREATEROLE for that; an
        -- administrator may also make them by hand beforehand).
        DO $roles$
        DECLARE
            name text;
        BEGIN
            FOREACH name IN ARRAY ARRAY['handoff_marketing', 'handoff_sales', 'handoff_admin', 'handoff_viewer'] LOOP
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
                    BEGIN
                        EXECUTE format('CREATE ROLE %I NOLOGIN', name);
                    EXCEPTION WHEN duplicate_object OR unique_violation OR internal_error THEN
                        NULL;  -- another board made it at the same moment
                    END;
                END IF;
            END LOOP;
        END $roles$;

        -- True for the schema's owner (and superusers): the board's own machinery, copies, loads.
        CREATE FUNCTION handoff_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'leads'), 'MEMBER')
        $$;

        -- The team of the member acting (current_user: the login, or the member an admin acts as).
        CREATE FUNCTION handoff_team() RETURNS text LANGUAGE sql STABLE AS $$
            SELECT team FROM members WHERE login = current_user
        $$;

        -- Whether the member acting may do `ability`, by the board's own permissions table. A board
        -- without members is personal: its owner's.
        CREATE FUNCTION handoff_may(ability text) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT NOT EXISTS (SELECT 1 FROM members) OR EXISTS (
                SELECT 1 FROM members m JOIN permissions p ON p.team IN (m.team, 'everyone')
                WHERE m.login = current_user AND (p.ability = $1 OR p.ability = '*'))
        $$;

        -- The refusal, naming the ability, as the board words it.
        CREATE FUNCTION handoff_refuse(ability text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING ERRCODE = 'P0001',
                MESSAGE = format('%s (%s) may not %s (ability %s)', current_user, coalesce(handoff_team(), 'not a member'),
                                 CASE ability
                                     WHEN 'create_lead' THEN 'create leads'
                                     WHEN 'edit_marketing_lead' THEN 'edit leads in the marketing stages'
                                     WHEN 'edit_sales_lead' THEN 'edit leads in the sales stages'
                                     WHEN 'move_marketing' THEN 'move leads within the marketing stages'
                                     WHEN 'hand_off' THEN 'hand leads off to sales'
                                     WHEN 'accept' THEN 'accept handed-off leads'
                                     WHEN 'reject' THEN 'reject handed-off leads'
                                     WHEN 'move_sales' THEN 'move leads within the sales stages'
                                     WHEN 'close' THEN 'mark leads won or lost'
                                     WHEN 'edit_scoring' THEN 'change the scoring'
                                     ELSE ability END,
                                 ability);
        END $$;

        -- Every write to a lead by a member: the ability its change needs, from the row before and
        -- after; or the member's own latest change taken back (undo, redo): the row returns to the
        -- snapshot taken just before that change, by that member.
        CREATE FUNCTION handoff_guard_lead() RETURNS trigger LANGUAGE plpgsql AS $$
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
        CREATE TRIGGER leads_guard BEFORE INSERT OR UPDATE OR DELETE ON leads FOR EACH ROW EXECUTE FUNCTION handoff_guard_lead();

        -- A lead changed by a member has its event in the same transaction, by that member: no
        -- change to the board leaves the history behind. Checked at commit.
        CREATE FUNCTION handoff_lead_has_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF handoff_is_owner() OR OLD.version IS NOT DISTINCT FROM NEW.version AND TG_OP = 'UPDATE' THEN RETURN NULL; END IF;
            IF NOT EXISTS (SELECT 1 FROM events e WHERE e.lead_id = NEW.id AND e.actor = current_user
                           AND e.xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296) THEN
                RAISE EXCEPTION USING ERRCODE = 'P0001',
                    MESSAGE = format('lead %s was changed without its event in the history; every change to a lead appends one', NEW.id);
            END IF;
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER leads_need_event AFTER INSERT OR UPDATE ON leads DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION handoff_lead_has_event();

        -- The history only grows. A member appends events in their own name (and, acting as another
        -- member, with their own login as who really acted); nobody but the owner changes or
        -- deletes one.
        CREATE FUNCTION handoff_guard_history() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF handoff_is_owner() THEN RETURN coalesce(NEW, OLD); END IF;
            IF TG_OP <> 'INSERT' THEN
                RAISE EXCEPTION USING ERRCODE = 'P0001',
                    MESSAGE = format('the history is append-only: %s may not change or delete %s', current_user, TG_TABLE_NAME);
            END IF;
            IF NEW.actor <> current_user OR NEW.acted_by IS DISTINCT FROM (CASE WHEN session_user = current_user THEN NULL ELSE session_user::text END) THEN
                RAISE EXCEPTION USING ERRCODE = 'P0001',
                    MESSAGE = format('%s may append to the history only in their own name, not as %s', session_user, NEW.actor);
            END IF;
            IF TG_TABLE_NAME = 'events' AND NEW.kind = 'note' AND NOT handoff_may('note') THEN PERFORM handoff_refuse('note'); END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER events_guard BEFORE INSERT OR UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION handoff_guard_history();
        CREATE TRIGGER board_events_guard BEFORE INSERT OR UPDATE OR DELETE ON board_events FOR EACH ROW EXECUTE FUNCTION handoff_guard_history();

        -- Triggers that keep derived tables and history flags run as the owner.
        ALTER FUNCTION handoff_totals() SECURITY DEFINER SET search_path FROM CURRENT;
        ALTER FUNCTION handoff_mark_reverted() SECURITY DEFINER SET search_path FROM CURRENT;
        ALTER FUNCTION handoff_milestones() SECURITY DEFINER SET search_path FROM CURRENT;
        ALTER FUNCTION handoff_milestones_reverted() SECURITY DEFINER SET search_path FROM CURRENT;
        ALTER FUNCTION handoff_response_answer() SECURITY DEFINER SET search_path FROM CURRENT;
        ALTER FUNCTION handoff_kpi_leads() SECURITY DEFINER SET search_path FROM CURRENT;
        ALTER FUNCTION handoff_kpi_events() SECURITY DEFINER SET search_path FROM CURRENT;
        ALTER FUNCTION handoff_kpi_responses() SECURITY DEFINER SET search_path FROM CURRENT;
        ALTER FUNCTION handoff_sync_keys() SECURITY DEFINER SET search_path FROM CURRENT;

        -- Enrolling a member: their role (made, without a password, when missing) joins their team's
        -- group role; only someone who may add members may call it.
        \#(enrolFunction("CREATE", leaving: ["handoff_marketing", "handoff_sales", "handoff_admin"]))

        -- What each team's role may touch at all; the triggers above decide the rest.
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO handoff_viewer, handoff_marketing, handoff_sales, handoff_admin;
        GRANT INSERT, UPDATE ON leads, lead_attributes, notes TO handoff_marketing, handoff_sales, handoff_admin;
        GRANT INSERT ON events, board_events, lead_snapshots, responses TO handoff_marketing, handoff_sales, handoff_admin;
        GRANT INSERT, UPDATE, DELETE ON meetings, meeting_items, action_items TO handoff_marketing, handoff_sales, handoff_admin;
        GRANT INSERT ON scoring_versions TO handoff_marketing, handoff_admin;
        GRANT INSERT, UPDATE ON campaigns, settings TO handoff_marketing, handoff_admin;
        GRANT INSERT, UPDATE, DELETE ON members, former_members, stages, permissions, reasons, service_levels, routing_rules, goals, campaigns, settings
            TO handoff_admin;
        GRANT INSERT, UPDATE, DELETE ON presence_sessions, presence_meeting_screens TO handoff_viewer, handoff_marketing, handoff_sales, handoff_admin;
        GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO handoff_marketing, handoff_sales, handoff_admin;
        """#

    /// `handoff_enrol`: a member's role (made, without a password, when missing) joins their
    /// team's group role and leaves the others of `leaving`; only someone who may add members may
    /// call it. Made by the first schema and made again by migration 11, which adds the viewer's.
    static func enrolFunction(_ verb: String, leaving: [String]) -> String {
        """
        \(verb) FUNCTION handoff_enrol(login text, team text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DECLARE
            other text;
            attempt int;
        BEGIN
            IF NOT has_table_privilege(session_user, 'members', 'INSERT') THEN
                RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format('%s may not add, change or remove members (ability manage_members)', session_user);
            END IF;
            -- Roles belong to the whole server: two boards enrolling the same person at once may
            -- collide on the catalog, so each step is tried again.
            FOR attempt IN 1..5 LOOP
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
                        EXECUTE format('CREATE ROLE %I LOGIN', login);
                    END IF;
                    FOREACH other IN ARRAY ARRAY[\(leaving.map { "'\($0)'" }.joined(separator: ", "))] LOOP
                        IF pg_has_role(login, other, 'MEMBER') AND other IS DISTINCT FROM 'handoff_' || team THEN
                            EXECUTE format('REVOKE %I FROM %I', other, login);
                        END IF;
                    END LOOP;
                    IF team IS NOT NULL AND NOT pg_has_role(login, 'handoff_' || team, 'MEMBER') THEN
                        EXECUTE format('GRANT %I TO %I', 'handoff_' || team, login);
                    END IF;
                    RETURN;
                EXCEPTION WHEN duplicate_object OR unique_violation OR internal_error THEN
                    IF attempt = 5 THEN RAISE; END IF;
                    PERFORM pg_sleep(0.02 * attempt);
                END;
            END LOOP;
        END $$;
        REVOKE ALL ON FUNCTION handoff_enrol(text, text) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION handoff_enrol(text, text) TO handoff_admin;
        """
    }
}
