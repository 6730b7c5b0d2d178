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
    ]
}
