/// Ordered schema changes. `PRAGMA user_version` records how many have run; each runs once, in its
/// own transaction, so a file is always at exactly one known version. Append; never edit a
/// migration that has shipped.
enum Migrations {
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
        // 3: versioned scoring definitions, and which version (and fit points) each score comes from.
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
        """,
    ]
}
