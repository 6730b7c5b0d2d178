/// Ordered schema changes. `PRAGMA user_version` records how many have run; each runs once, in its
/// own transaction, so a file is always at exactly one known version. Append; never edit a
/// migration that has shipped.
enum Migrations {
    /// The migration that adds the history's hashes, after which the rows already there are hashed.
    static let historyChain = 7
    /// The migration that adds the customer band (see `Migrations+Customers.swift`).
    static let customerBand = 11
    /// The migration after which rescorings keep their changes in `score_changes`.
    static let scoreChangesVersion = 16
    /// The migration that moves the scores out of `leads` into `lead_scores`.
    static let leadScoresVersion = 17

    static let all: [String] = [
        // 1: the walking skeleton's schema.
        """
        CREATE TABLE stages (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('marketing', 'handoff', 'sales', 'outcome')),
            position INTEGER NOT NULL,
            probability REAL NOT NULL DEFAULT 0,
            idle_days INTEGER,
            visible INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE members (
            login TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            team TEXT NOT NULL CHECK (team IN ('marketing', 'sales', 'admin'))
        );
        CREATE TABLE campaigns (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT '',
            spend REAL NOT NULL DEFAULT 0,
            started INTEGER,
            ended INTEGER
        );
        CREATE TABLE leads (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            company TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            campaign TEXT REFERENCES campaigns(id),
            owner TEXT,
            stage TEXT NOT NULL REFERENCES stages(id),
            value REAL,
            score INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            entered_at INTEGER NOT NULL,
            closed_at INTEGER,
            lost_reason TEXT,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX leads_board ON leads(stage, entered_at, id);
        CREATE INDEX leads_email ON leads(email) WHERE email <> '';
        CREATE TABLE lead_attributes (
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (lead_id, name)
        ) WITHOUT ROWID;
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,
            from_stage TEXT,
            to_stage TEXT,
            detail TEXT
        );
        CREATE INDEX events_lead ON events(lead_id, at);
        CREATE INDEX events_kind ON events(kind, at);
        CREATE INDEX events_at ON events(at);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            author TEXT NOT NULL,
            body TEXT NOT NULL,
            due INTEGER
        );
        CREATE INDEX notes_lead ON notes(lead_id, at);
        CREATE TABLE goals (
            period_start INTEGER NOT NULL,
            period_end INTEGER NOT NULL,
            revenue_goal REAL NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- Column counts and sums kept by triggers, so the board header is one indexed read even
        -- at a million leads.
        CREATE TABLE stage_totals (
            stage TEXT PRIMARY KEY,
            leads INTEGER NOT NULL DEFAULT 0,
            value REAL NOT NULL DEFAULT 0
        );
        CREATE TRIGGER leads_totals_insert AFTER INSERT ON leads BEGIN
            INSERT INTO stage_totals(stage, leads, value) VALUES (NEW.stage, 1, coalesce(NEW.value, 0))
                ON CONFLICT(stage) DO UPDATE SET leads = leads + 1, value = value + coalesce(NEW.value, 0);
        END;
        CREATE TRIGGER leads_totals_delete AFTER DELETE ON leads BEGIN
            UPDATE stage_totals SET leads = leads - 1, value = value - coalesce(OLD.value, 0) WHERE stage = OLD.stage;
        END;
        CREATE TRIGGER leads_totals_update AFTER UPDATE OF stage, value ON leads BEGIN
            UPDATE stage_totals SET leads = leads - 1, value = value - coalesce(OLD.value, 0) WHERE stage = OLD.stage;
            INSERT INTO stage_totals(stage, leads, value) VALUES (NEW.stage, 1, coalesce(NEW.value, 0))
                ON CONFLICT(stage) DO UPDATE SET leads = leads + 1, value = value + coalesce(NEW.value, 0);
        END;
        """,
        // 2: the handoff inbox: reason lists, service levels, routing, and what undo needs.
        """
        -- Reason lists are data: a team adds or relabels its own. Events store the code.
        CREATE TABLE reasons (
            kind TEXT NOT NULL CHECK (kind IN ('reject', 'lost')),
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (kind, code)
        ) WITHOUT ROWID;
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
        -- How fast each team promises to answer a handoff, in working hours of its own calendar.
        CREATE TABLE service_levels (
            team TEXT PRIMARY KEY,
            hours REAL NOT NULL CHECK (hours > 0),
            day_start TEXT NOT NULL DEFAULT '09:00',
            day_end TEXT NOT NULL DEFAULT '17:00',
            workdays TEXT NOT NULL DEFAULT '1,2,3,4,5',
            utc_offset TEXT NOT NULL DEFAULT '+00:00'
        );
        INSERT INTO service_levels(team, hours) VALUES ('sales', 24);
        -- Who gets a handed-off lead: the first matching rule, else round robin over the sales team.
        CREATE TABLE routing_rules (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL DEFAULT 0,
            field TEXT,
            value TEXT,
            assignee TEXT REFERENCES members(login)
        );
        -- The lead as it was before each undoable event, and which user action the event belongs
        -- to (the id of that action's first event), so one undo reverts a whole bulk action.
        CREATE TABLE lead_snapshots (
            event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            action_id INTEGER NOT NULL,
            actor TEXT NOT NULL,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            company TEXT NOT NULL,
            email TEXT NOT NULL,
            phone TEXT NOT NULL,
            source TEXT NOT NULL,
            campaign TEXT,
            owner TEXT,
            stage TEXT NOT NULL,
            value REAL,
            score INTEGER NOT NULL,
            entered_at INTEGER NOT NULL,
            closed_at INTEGER,
            lost_reason TEXT,
            version INTEGER NOT NULL
        );
        CREATE INDEX lead_snapshots_actor ON lead_snapshots(actor, action_id);
        CREATE INDEX lead_snapshots_lead ON lead_snapshots(lead_id, event_id);
        -- Each answer to a handoff: when it was handed off, when the answer was due, and how many
        -- working seconds it took. The answer's own time is its event's `at`.
        CREATE TABLE responses (
            event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            handed_off_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            working_seconds INTEGER NOT NULL
        );
        ALTER TABLE events ADD COLUMN reverts INTEGER REFERENCES events(id);
        CREATE INDEX events_reverts ON events(reverts) WHERE reverts IS NOT NULL;
        CREATE INDEX leads_owner ON leads(owner, stage, entered_at) WHERE owner IS NOT NULL;
        """,
        // 3: who may do what. Abilities are granted to teams as rows, so a team changes its rules
        // with SQL and no release. `*` grants every ability (admins keep abilities added later);
        // the team `everyone` grants to all members. A board without members ignores the table.
        """
        CREATE TABLE permissions (
            team TEXT NOT NULL,
            ability TEXT NOT NULL,
            PRIMARY KEY (team, ability)
        ) WITHOUT ROWID;
        INSERT INTO permissions(team, ability) VALUES
            ('marketing', 'create_lead'), ('marketing', 'edit_marketing_lead'), ('marketing', 'move_marketing'),
            ('marketing', 'hand_off'), ('marketing', 'note'), ('marketing', 'edit_scoring'), ('marketing', 'import'),
            ('marketing', 'run_meeting'),
            ('sales', 'accept'), ('sales', 'reject'), ('sales', 'move_sales'), ('sales', 'close'),
            ('sales', 'edit_sales_lead'), ('sales', 'note'), ('sales', 'run_meeting'),
            ('admin', '*');
        -- `handoff log --actor LOGIN`: one member's changes in time order.
        CREATE INDEX events_actor ON events(actor, at);
        """,
        // 4: KPIs and the weekly meeting. Every figure is an aggregate over an index or over the
        // daily rollup `kpi_days`, so the dashboard costs the same at a million leads as at a
        // hundred. Triggers keep the rollup and the facts it is made of, so every writer (keys,
        // commands, loaders, other tools) keeps it right; `kpi_*_facts` views say in one place what
        // each row of a lead, an event or an answer counts towards.
        """
        -- 1 once an undo reverted the event: such events count in no figure.
        ALTER TABLE events ADD COLUMN reverted INTEGER NOT NULL DEFAULT 0;
        UPDATE events SET reverted = 1 WHERE id IN (SELECT reverts FROM events WHERE kind = 'undone' AND reverts IS NOT NULL);
        CREATE TRIGGER events_mark_reverted AFTER INSERT ON events WHEN NEW.kind = 'undone' AND NEW.reverts IS NOT NULL BEGIN
            UPDATE events SET reverted = 1 WHERE id = NEW.reverts;
        END;
        -- Which stages count as having reached each milestone: the handoff stage and beyond is an
        -- MQL, the first sales stage and beyond accepted, the SQL stage and beyond an SQL. Lost is
        -- no milestone. Positions, not ids, so a team may rename or add stages.
        CREATE VIEW stage_milestones AS
            SELECT id,
                   position >= (SELECT min(position) FROM stages WHERE side = 'handoff') AS mql,
                   position >= (SELECT min(position) FROM stages WHERE side = 'sales') AS sal,
                   position >= coalesce((SELECT position FROM stages WHERE id = 'sql'),
                                        (SELECT position FROM stages WHERE side = 'sales' ORDER BY position LIMIT 1 OFFSET 1)) AS sql
            FROM stages WHERE side <> 'outcome' OR probability >= 1;
        -- When the lead first reached each milestone, from the events that were not undone.
        ALTER TABLE leads ADD COLUMN mql_at INTEGER;
        ALTER TABLE leads ADD COLUMN sal_at INTEGER;
        ALTER TABLE leads ADD COLUMN sql_at INTEGER;
        UPDATE leads SET
            mql_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                      WHERE e.lead_id = leads.id AND e.reverted = 0 AND e.kind <> 'undone' AND m.mql),
            sal_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                      WHERE e.lead_id = leads.id AND e.reverted = 0 AND e.kind <> 'undone' AND m.sal),
            sql_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                      WHERE e.lead_id = leads.id AND e.reverted = 0 AND e.kind <> 'undone' AND m.sql);
        CREATE TRIGGER events_milestones AFTER INSERT ON events
        WHEN NEW.kind <> 'undone' AND NEW.reverted = 0 AND NEW.to_stage IN (SELECT id FROM stage_milestones WHERE mql) BEGIN
            UPDATE leads SET
                mql_at = min(coalesce(mql_at, NEW.at), NEW.at),
                sal_at = CASE WHEN (SELECT sal FROM stage_milestones WHERE id = NEW.to_stage) THEN min(coalesce(sal_at, NEW.at), NEW.at) ELSE sal_at END,
                sql_at = CASE WHEN (SELECT sql FROM stage_milestones WHERE id = NEW.to_stage) THEN min(coalesce(sql_at, NEW.at), NEW.at) ELSE sql_at END
            WHERE id = NEW.lead_id;
        END;
        -- An undo can take a milestone back: recompute the lead's from what still counts.
        CREATE TRIGGER events_milestones_reverted AFTER UPDATE OF reverted ON events WHEN NEW.reverted = 1 AND OLD.reverted = 0 BEGIN
            UPDATE leads SET
                mql_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                          WHERE e.lead_id = NEW.lead_id AND e.reverted = 0 AND e.kind <> 'undone' AND m.mql),
                sal_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                          WHERE e.lead_id = NEW.lead_id AND e.reverted = 0 AND e.kind <> 'undone' AND m.sal),
                sql_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                          WHERE e.lead_id = NEW.lead_id AND e.reverted = 0 AND e.kind <> 'undone' AND m.sql)
            WHERE id = NEW.lead_id;
            UPDATE responses SET reverted = 1 WHERE event_id = NEW.id;
        END;
        -- Each answer's own time and who gave it, copied from its event when the row is written.
        ALTER TABLE responses ADD COLUMN answered_at INTEGER;
        ALTER TABLE responses ADD COLUMN actor TEXT;
        ALTER TABLE responses ADD COLUMN reverted INTEGER NOT NULL DEFAULT 0;
        UPDATE responses SET answered_at = (SELECT at FROM events WHERE id = responses.event_id),
                             actor = (SELECT actor FROM events WHERE id = responses.event_id),
                             reverted = (SELECT reverted FROM events WHERE id = responses.event_id);
        CREATE TRIGGER responses_answer AFTER INSERT ON responses WHEN NEW.answered_at IS NULL BEGIN
            UPDATE responses SET answered_at = (SELECT at FROM events WHERE id = NEW.event_id),
                                 actor = (SELECT actor FROM events WHERE id = NEW.event_id),
                                 reverted = (SELECT reverted FROM events WHERE id = NEW.event_id)
            WHERE event_id = NEW.event_id;
        END;
        -- The marketer who runs a campaign: named in the meeting when one of its leads is won.
        ALTER TABLE campaigns ADD COLUMN owner TEXT REFERENCES members(login);

        -- The daily rollup: how many of each measure fell on each UTC day (at / 86400), in total
        -- (key '') or by a source, campaign, rep or reason, and the amount in cents for revenue.
        CREATE TABLE kpi_days (
            measure TEXT NOT NULL,
            day INTEGER NOT NULL,
            key TEXT NOT NULL,
            n INTEGER NOT NULL DEFAULT 0,
            cents INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (measure, day, key)
        ) WITHOUT ROWID;
        -- What each lead counts towards: created (in total, by source, by campaign, and which of
        -- those have since become MQL, accepted, SQL or won), became an MQL, accepted, an SQL,
        -- won (with its value, by rep and campaign), lost.
        CREATE VIEW kpi_lead_facts AS
            SELECT id AS lead_id, 'created' AS measure, created_at / 86400 AS day, '' AS key, 0 AS cents FROM leads
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
            UNION ALL SELECT id, 'won', closed_at / 86400, '', CAST(round(coalesce(value, 0) * 100) AS INTEGER) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'won.owner', closed_at / 86400, coalesce(owner, ''), CAST(round(coalesce(value, 0) * 100) AS INTEGER) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'won.campaign', closed_at / 86400, coalesce(campaign, ''), CAST(round(coalesce(value, 0) * 100) AS INTEGER) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'lost', closed_at / 86400, '', 0 FROM leads WHERE stage = 'lost' AND closed_at IS NOT NULL;
        -- Handoffs and their answers that were not undone; acceptances by the rep who took the
        -- lead, rejections by reason code (the detail up to its first colon).
        CREATE VIEW kpi_event_facts AS
            SELECT id AS event_id, kind AS measure, at / 86400 AS day, '' AS key, 0 AS cents FROM events
                WHERE kind IN ('handed_off', 'accepted', 'rejected') AND reverted = 0
            UNION ALL SELECT id, 'accepted.owner', at / 86400, CASE WHEN detail LIKE 'owner: %' THEN substr(detail, 8) ELSE actor END, 0 FROM events
                WHERE kind = 'accepted' AND reverted = 0
            UNION ALL SELECT id, 'rejected.reason', at / 86400,
                   CASE WHEN instr(coalesce(detail, ''), ':') > 0 THEN substr(detail, 1, instr(detail, ':') - 1) ELSE coalesce(detail, '') END, 0 FROM events
                WHERE kind = 'rejected' AND reverted = 0;
        -- Answers to handoffs: due (by the day they were due) and on time, answered (by the day
        -- of the answer, in total and by who answered).
        CREATE VIEW kpi_response_facts AS
            SELECT event_id, 'sla.due' AS measure, due_at / 86400 AS day, '' AS key, 0 AS cents FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL
            UNION ALL SELECT event_id, 'sla.on_time', due_at / 86400, '', 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL AND answered_at <= due_at
            UNION ALL SELECT event_id, 'answered', answered_at / 86400, '', 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL
            UNION ALL SELECT event_id, 'answered.actor', answered_at / 86400, coalesce(actor, ''), 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL;
        INSERT INTO kpi_days(measure, day, key, n, cents)
            SELECT measure, day, key, count(*), sum(cents) FROM (
                SELECT measure, day, key, cents FROM kpi_lead_facts
                UNION ALL SELECT measure, day, key, cents FROM kpi_event_facts
                UNION ALL SELECT measure, day, key, cents FROM kpi_response_facts)
            GROUP BY measure, day, key;
        -- A row's facts are taken out before it changes and put back after: the view itself
        -- decides what moved where.
        CREATE TRIGGER leads_kpi_insert AFTER INSERT ON leads BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, 1, cents FROM kpi_lead_facts WHERE lead_id = NEW.id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER leads_kpi_delete BEFORE DELETE ON leads BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, -1, -cents FROM kpi_lead_facts WHERE lead_id = OLD.id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER leads_kpi_before_update BEFORE UPDATE OF created_at, source, campaign, owner, stage, value, closed_at, mql_at, sal_at, sql_at ON leads
        WHEN OLD.created_at IS NOT NEW.created_at OR OLD.source IS NOT NEW.source OR OLD.campaign IS NOT NEW.campaign OR OLD.owner IS NOT NEW.owner OR OLD.stage IS NOT NEW.stage OR OLD.value IS NOT NEW.value OR OLD.closed_at IS NOT NEW.closed_at OR OLD.mql_at IS NOT NEW.mql_at OR OLD.sal_at IS NOT NEW.sal_at OR OLD.sql_at IS NOT NEW.sql_at BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, -1, -cents FROM kpi_lead_facts WHERE lead_id = OLD.id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER leads_kpi_after_update AFTER UPDATE OF created_at, source, campaign, owner, stage, value, closed_at, mql_at, sal_at, sql_at ON leads
        WHEN OLD.created_at IS NOT NEW.created_at OR OLD.source IS NOT NEW.source OR OLD.campaign IS NOT NEW.campaign OR OLD.owner IS NOT NEW.owner OR OLD.stage IS NOT NEW.stage OR OLD.value IS NOT NEW.value OR OLD.closed_at IS NOT NEW.closed_at OR OLD.mql_at IS NOT NEW.mql_at OR OLD.sal_at IS NOT NEW.sal_at OR OLD.sql_at IS NOT NEW.sql_at BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, 1, cents FROM kpi_lead_facts WHERE lead_id = NEW.id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER events_kpi_insert AFTER INSERT ON events BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, 1, cents FROM kpi_event_facts WHERE event_id = NEW.id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER events_kpi_delete BEFORE DELETE ON events BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, -1, -cents FROM kpi_event_facts WHERE event_id = OLD.id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER events_kpi_before_update BEFORE UPDATE OF kind, at, detail, actor, reverted ON events BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, -1, -cents FROM kpi_event_facts WHERE event_id = OLD.id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER events_kpi_after_update AFTER UPDATE OF kind, at, detail, actor, reverted ON events BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, 1, cents FROM kpi_event_facts WHERE event_id = NEW.id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER responses_kpi_insert AFTER INSERT ON responses BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, 1, cents FROM kpi_response_facts WHERE event_id = NEW.event_id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER responses_kpi_delete BEFORE DELETE ON responses BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, -1, -cents FROM kpi_response_facts WHERE event_id = OLD.event_id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER responses_kpi_before_update BEFORE UPDATE OF due_at, answered_at, actor, reverted ON responses BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, -1, -cents FROM kpi_response_facts WHERE event_id = OLD.event_id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        CREATE TRIGGER responses_kpi_after_update AFTER UPDATE OF due_at, answered_at, actor, reverted ON responses BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, 1, cents FROM kpi_response_facts WHERE event_id = NEW.event_id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        -- Medians read these in order, from the middle: no sort of every deal or answer.
        -- Each holds every column its query reads (the filter columns too), so the middle is
        -- reached without a single table lookup.
        CREATE INDEX leads_won_cycle ON leads((closed_at - created_at) / 86400, closed_at, stage, created_at) WHERE stage = 'won' AND closed_at IS NOT NULL;
        CREATE INDEX leads_customers ON leads(lower(company), stage) WHERE stage = 'won';
        CREATE INDEX responses_time ON responses(working_seconds, answered_at, reverted) WHERE reverted = 0 AND answered_at IS NOT NULL;
        CREATE INDEX responses_actor_time ON responses(actor, working_seconds, answered_at, reverted) WHERE reverted = 0 AND answered_at IS NOT NULL;
        -- Staleness: recent notes and planned next steps, found without reading every note.
        CREATE INDEX notes_at ON notes(at);
        CREATE INDEX notes_due ON notes(due) WHERE due IS NOT NULL;

        -- The weekly meeting: each one held, what was discussed, and the actions agreed. The
        -- agenda covers the events since the last meeting was closed.
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            since INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            started_by TEXT NOT NULL,
            closed_at INTEGER,
            closed_by TEXT
        );
        -- At most one meeting runs at a time: every open one would have the same key here.
        CREATE UNIQUE INDEX meetings_one_open ON meetings(coalesce(closed_at, 0)) WHERE closed_at IS NULL;
        CREATE INDEX meetings_closed ON meetings(closed_at) WHERE closed_at IS NOT NULL;
        CREATE TABLE meeting_items (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            discussed_at INTEGER NOT NULL,
            discussed_by TEXT NOT NULL,
            PRIMARY KEY (meeting_id, item)
        ) WITHOUT ROWID;
        CREATE TABLE action_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            item TEXT,
            body TEXT NOT NULL,
            owner TEXT NOT NULL,
            due INTEGER,
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL,
            done_at INTEGER
        );
        CREATE INDEX action_items_meeting ON action_items(meeting_id);
        """,
        // 5: versioned scoring definitions, and which version (and fit points) each score comes from.
        """
        -- Every load of a scoring definition, in its canonical text. The highest id is in force.
        CREATE TABLE scoring_versions (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            author TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            definition TEXT NOT NULL
        );
        -- The version a lead's score was computed with (NULL: not computed by a definition), and
        -- the fit part of that score, which the fit minimum is checked against.
        ALTER TABLE leads ADD COLUMN score_version INTEGER;
        ALTER TABLE leads ADD COLUMN score_fit INTEGER;
        -- A rescoring appends a `scored` event per changed lead: a million at once. These two
        -- triggers never count one (it names no stage, and no KPI counts its kind), but without
        -- this guard they still ran per event: the milestone check a subquery over a view, the
        -- KPI rollup three lookups. Same bodies as in migration 4; a later change to either
        -- trigger keeps the guard.
        DROP TRIGGER events_milestones;
        CREATE TRIGGER events_milestones AFTER INSERT ON events
        WHEN NEW.kind NOT IN ('undone', 'scored') AND NEW.reverted = 0 AND NEW.to_stage IN (SELECT id FROM stage_milestones WHERE mql) BEGIN
            UPDATE leads SET
                mql_at = min(coalesce(mql_at, NEW.at), NEW.at),
                sal_at = CASE WHEN (SELECT sal FROM stage_milestones WHERE id = NEW.to_stage) THEN min(coalesce(sal_at, NEW.at), NEW.at) ELSE sal_at END,
                sql_at = CASE WHEN (SELECT sql FROM stage_milestones WHERE id = NEW.to_stage) THEN min(coalesce(sql_at, NEW.at), NEW.at) ELSE sql_at END
            WHERE id = NEW.lead_id;
        END;
        DROP TRIGGER events_kpi_insert;
        CREATE TRIGGER events_kpi_insert AFTER INSERT ON events WHEN NEW.kind <> 'scored' BEGIN
            INSERT INTO kpi_days(measure, day, key, n, cents) SELECT measure, day, key, 1, cents FROM kpi_event_facts WHERE event_id = NEW.id
                ON CONFLICT(measure, day, key) DO UPDATE SET n = n + excluded.n, cents = cents + excluded.cents;
        END;
        """,
        // 6: imports match existing leads by email whatever its case (`Ana@X.com` is `ana@x.com`).
        """
        DROP INDEX leads_email;
        CREATE INDEX leads_email ON leads(email COLLATE NOCASE) WHERE email <> '';
        """,
        // 7: the audit of the board itself, and of who really acted under `--as`.
        """
        -- Changes to the board rather than to a lead (stages, members, the meeting's action items):
        -- the same who and when as `events`, with what changed named by `subject`.
        CREATE TABLE board_events (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            acted_by TEXT,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            detail TEXT
        );
        CREATE INDEX board_events_at ON board_events(at);
        CREATE INDEX board_events_actor ON board_events(actor, at);
        -- The person at the keyboard when `--as` named another member as the actor (NULL when
        -- they acted as themselves). Added without a default: no existing row is rewritten.
        ALTER TABLE events ADD COLUMN acted_by TEXT;
        -- Removed members, so their past events still read with their names.
        CREATE TABLE former_members (
            login TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            team TEXT NOT NULL,
            removed_at INTEGER NOT NULL,
            removed_by TEXT NOT NULL
        );
        ALTER TABLE action_items ADD COLUMN done_by TEXT;
        CREATE INDEX action_items_open ON action_items(due) WHERE done_at IS NULL;
        """,
        // 8: a tamper-evident history. Each event and board event carries the SHA-256 of its
        // canonical record and of the hash before it (see `HistoryRecord`), and `chain_heads`
        // keeps, per log, the last id handed out and its hash. The hashes of the rows already
        // there are computed once, right after this, by `HistoryChain.hashExistingRows`.
        """
        ALTER TABLE events ADD COLUMN hash BLOB;
        ALTER TABLE board_events ADD COLUMN hash BLOB;
        CREATE TABLE chain_heads (
            log TEXT PRIMARY KEY CHECK (log IN ('events', 'board_events')),
            last_id INTEGER NOT NULL,
            hash BLOB NOT NULL
        ) WITHOUT ROWID;
        """,
        // 9: figures over any window of time, not only whole days: a weekly meeting counts from
        // the moment the last one closed. The rollup gives the whole days inside a window; the hours
        // at either end are counted from the facts at their own instant, found through these
        // indexes (and `events_at`), so a window costs a day of facts at most, whatever its length.
        """
        CREATE INDEX leads_created ON leads(created_at);
        CREATE INDEX leads_closed ON leads(closed_at) WHERE closed_at IS NOT NULL;
        CREATE INDEX responses_due ON responses(due_at);
        -- The rows of kpi_lead_facts, kpi_event_facts and kpi_response_facts at their instant
        -- (`at`) rather than their UTC day: the same measures, keys and amounts. A test checks that
        -- both say the same, day by day; a change to one set of views changes the other.
        CREATE VIEW kpi_lead_moments AS
            SELECT id AS lead_id, 'created' AS measure, created_at AS at, '' AS key, 0 AS cents FROM leads
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
            UNION ALL SELECT id, 'won', closed_at, '', CAST(round(coalesce(value, 0) * 100) AS INTEGER) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'won.owner', closed_at, coalesce(owner, ''), CAST(round(coalesce(value, 0) * 100) AS INTEGER) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'won.campaign', closed_at, coalesce(campaign, ''), CAST(round(coalesce(value, 0) * 100) AS INTEGER) FROM leads WHERE stage = 'won' AND closed_at IS NOT NULL
            UNION ALL SELECT id, 'lost', closed_at, '', 0 FROM leads WHERE stage = 'lost' AND closed_at IS NOT NULL;
        CREATE VIEW kpi_event_moments AS
            SELECT id AS event_id, kind AS measure, at, '' AS key, 0 AS cents FROM events
                WHERE kind IN ('handed_off', 'accepted', 'rejected') AND reverted = 0
            UNION ALL SELECT id, 'accepted.owner', at, CASE WHEN detail LIKE 'owner: %' THEN substr(detail, 8) ELSE actor END, 0 FROM events
                WHERE kind = 'accepted' AND reverted = 0
            UNION ALL SELECT id, 'rejected.reason', at,
                   CASE WHEN instr(coalesce(detail, ''), ':') > 0 THEN substr(detail, 1, instr(detail, ':') - 1) ELSE coalesce(detail, '') END, 0 FROM events
                WHERE kind = 'rejected' AND reverted = 0;
        CREATE VIEW kpi_response_moments AS
            SELECT event_id, 'sla.due' AS measure, due_at AS at, '' AS key, 0 AS cents FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL
            UNION ALL SELECT event_id, 'sla.on_time', due_at, '', 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL AND answered_at <= due_at
            UNION ALL SELECT event_id, 'answered', answered_at, '', 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL
            UNION ALL SELECT event_id, 'answered.actor', answered_at, coalesce(actor, ''), 0 FROM responses
                WHERE reverted = 0 AND answered_at IS NOT NULL;
        """,
        // 10: what a meeting leaves behind: who attended, the decisions and notes written on its
        // items, and its minutes, written once at the close and never changed.
        """
        -- Who attended: found from presence while the meeting runs, or added by hand. A member
        -- taken off the list by hand stays here with attended = 0, so presence does not add them
        -- back.
        CREATE TABLE meeting_attendees (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            login TEXT NOT NULL,
            attended INTEGER NOT NULL DEFAULT 1,
            at INTEGER NOT NULL,
            by TEXT NOT NULL,
            PRIMARY KEY (meeting_id, login)
        ) WITHOUT ROWID;
        CREATE TABLE meeting_notes (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('decision', 'note')),
            body TEXT NOT NULL,
            at INTEGER NOT NULL,
            author TEXT NOT NULL
        );
        CREATE INDEX meeting_notes_meeting ON meeting_notes(meeting_id, item);
        -- The minutes of each closed meeting, in each language and format, as `handoff report
        -- --meeting ID` prints them: written in the close's transaction, never recomputed.
        CREATE TABLE meeting_minutes (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            language TEXT NOT NULL,
            format TEXT NOT NULL CHECK (format IN ('markdown', 'json')),
            version INTEGER NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (meeting_id, language, format)
        ) WITHOUT ROWID;
        CREATE TRIGGER meeting_minutes_kept BEFORE UPDATE ON meeting_minutes BEGIN
            SELECT RAISE(ABORT, 'the minutes of a closed meeting are never changed');
        END;
        CREATE TRIGGER meeting_minutes_not_deleted BEFORE DELETE ON meeting_minutes BEGIN
            SELECT RAISE(ABORT, 'the minutes of a closed meeting are never deleted');
        END;
        -- The head of the event log's hash chain when the meeting closed: NULL while the board
        -- keeps no chain.
        ALTER TABLE meetings ADD COLUMN chain_head TEXT;
        """,
        // 11: nothing on a file. On a server it lets a member's removal take back the read-only
        // viewer's role too; the versions stay numbered alike on both engines.
        """
        SELECT 1;
        """,
        // 12: after the win: accounts, their follow-ups and satisfaction answers, repeat deals and
        // referrals, and the success team.
        customers,
        // 13: what sales hears becomes what marketing makes: insights heard from leads, pieces of
        // content on their own pipeline with their co-authors and the insights behind them, and
        // the pieces sent to leads. Insights and sends are recorded by events of their lead.
        """
        CREATE TABLE insights (
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id),
            -- The event that recorded it: the redo's once it was undone and done again.
            event_id INTEGER NOT NULL,
            at INTEGER NOT NULL,
            author TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('objection', 'question', 'pain', 'competitor', 'feature_request', 'praise')),
            body TEXT NOT NULL,
            quote TEXT,
            -- The lead's stage when it was heard.
            stage TEXT NOT NULL,
            -- 1 while an undo has taken it back: then it counts nowhere.
            withdrawn INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX insights_at ON insights(at) WHERE withdrawn = 0;
        CREATE INDEX insights_lead ON insights(lead_id, at);
        CREATE INDEX insights_event ON insights(event_id);
        CREATE TABLE content (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('guide', 'case_study', 'deck', 'pitch', 'email', 'post', 'other')),
            stage TEXT NOT NULL CHECK (stage IN ('idea', 'drafting', 'sales_review', 'published', 'retired')),
            owner TEXT,
            link TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL,
            entered_at INTEGER NOT NULL,
            -- The sales approval of the review in progress or passed; cleared back in drafting.
            approved_at INTEGER,
            approved_by TEXT,
            published_at INTEGER,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX content_stage ON content(stage, entered_at);
        CREATE TABLE content_authors (
            content_id INTEGER NOT NULL REFERENCES content(id),
            login TEXT NOT NULL,
            added_at INTEGER NOT NULL,
            added_by TEXT NOT NULL,
            PRIMARY KEY (content_id, login)
        ) WITHOUT ROWID;
        CREATE TABLE content_insights (
            content_id INTEGER NOT NULL REFERENCES content(id),
            insight_id INTEGER NOT NULL REFERENCES insights(id),
            linked_at INTEGER NOT NULL,
            linked_by TEXT NOT NULL,
            PRIMARY KEY (content_id, insight_id)
        ) WITHOUT ROWID;
        CREATE INDEX content_insights_insight ON content_insights(insight_id);
        CREATE TABLE content_sends (
            id INTEGER PRIMARY KEY,
            content_id INTEGER NOT NULL REFERENCES content(id),
            lead_id INTEGER NOT NULL REFERENCES leads(id),
            event_id INTEGER NOT NULL,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            -- The lead's stage when it got the piece: what the comparison matches on.
            stage TEXT NOT NULL,
            withdrawn INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX content_sends_content ON content_sends(content_id, lead_id) WHERE withdrawn = 0;
        CREATE INDEX content_sends_lead ON content_sends(lead_id) WHERE withdrawn = 0;
        CREATE INDEX content_sends_at ON content_sends(at) WHERE withdrawn = 0;
        CREATE INDEX content_sends_event ON content_sends(event_id);
        -- Anyone on a team hears things; marketing makes content; sales approves it and sends it.
        INSERT OR IGNORE INTO permissions(team, ability) VALUES
            ('marketing', 'add_insight'), ('sales', 'add_insight'), ('marketing', 'edit_content'),
            ('sales', 'approve_content'), ('sales', 'send_content');
        """,
        // 14: imported history counts honestly: no MQL or acceptance for a deal that began in
        // sales, and no period figure for a row that had no date.
        leadHistory,
        // 15: the email and web activity of leads, for the scoring rules (see `Migrations+Activity.swift`).
        activity,
        // 16: a rescoring's per-lead changes in a narrow table under one board event (see
        // `Migrations+ScoreChanges.swift`).
        scoreChanges,
        // 17: each lead's score in a narrow table of its own (see `Migrations+LeadScores.swift`).
        leadScores,
    ]
}
