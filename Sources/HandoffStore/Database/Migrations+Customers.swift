/// Migration 12: the customer band. Accounts are their own rows, not leads: a customer outlives
/// its deals, buys again, answers surveys and is followed up, and the leads' figures must not count
/// it as a lead. Its deals point at it (`leads.account_id`); what an account has bought is kept on
/// its row by triggers on those deals, so every writer (a win, an undo, a move back, an import)
/// keeps it right, and the band's column headers come from `account_totals` as the pipeline's come
/// from `stage_totals`.
extension Migrations {
    static let customers = """
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            owner TEXT,
            stage TEXT NOT NULL REFERENCES stages(id),
            since INTEGER NOT NULL,
            entered_at INTEGER NOT NULL,
            renewal_at INTEGER,
            onboarded_at INTEGER,
            churned_at INTEGER,
            revenue REAL NOT NULL DEFAULT 0,
            deals INTEGER NOT NULL DEFAULT 0,
            prior_revenue REAL NOT NULL DEFAULT 0,
            prior_deals INTEGER NOT NULL DEFAULT 0,
            first_lead_id INTEGER,
            external_id TEXT,
            version INTEGER NOT NULL DEFAULT 1
        );
        -- One account per company, whatever the case of its name.
        CREATE UNIQUE INDEX accounts_name ON accounts(name COLLATE NOCASE);
        CREATE UNIQUE INDEX accounts_external ON accounts(external_id) WHERE external_id IS NOT NULL;
        CREATE INDEX accounts_board ON accounts(stage, entered_at, id);
        CREATE INDEX accounts_owner ON accounts(owner, stage) WHERE owner IS NOT NULL;
        CREATE INDEX accounts_renewal ON accounts(renewal_at) WHERE renewal_at IS NOT NULL;
        CREATE INDEX accounts_since ON accounts(since);
        CREATE INDEX accounts_churned ON accounts(churned_at) WHERE churned_at IS NOT NULL;
        CREATE INDEX accounts_onboarded ON accounts(onboarded_at) WHERE onboarded_at IS NOT NULL;

        -- A deal's customer (set by its win, or from the start for repeat business), what it is to
        -- that customer (NULL: new business; upsell, renewal, cross_sell), and the customer that
        -- referred the lead.
        ALTER TABLE leads ADD COLUMN account_id INTEGER REFERENCES accounts(id);
        ALTER TABLE leads ADD COLUMN deal_kind TEXT;
        ALTER TABLE leads ADD COLUMN referred_by INTEGER REFERENCES accounts(id);
        CREATE INDEX leads_account ON leads(account_id, stage) WHERE account_id IS NOT NULL;
        CREATE INDEX leads_referred ON leads(referred_by, stage) WHERE referred_by IS NOT NULL;

        -- Revenue and purchases to date: the deals won on the board (stage `won`, as the KPI views
        -- count them), on top of what an import said the account had bought before.
        CREATE TRIGGER leads_account_insert AFTER INSERT ON leads WHEN NEW.account_id IS NOT NULL AND NEW.stage = 'won' BEGIN
            UPDATE accounts SET revenue = revenue + coalesce(NEW.value, 0), deals = deals + 1 WHERE id = NEW.account_id;
        END;
        CREATE TRIGGER leads_account_delete AFTER DELETE ON leads WHEN OLD.account_id IS NOT NULL AND OLD.stage = 'won' BEGIN
            UPDATE accounts SET revenue = revenue - coalesce(OLD.value, 0), deals = deals - 1 WHERE id = OLD.account_id;
        END;
        CREATE TRIGGER leads_account_update AFTER UPDATE OF stage, value, account_id ON leads
        WHEN (OLD.account_id IS NOT NULL AND OLD.stage = 'won') OR (NEW.account_id IS NOT NULL AND NEW.stage = 'won') BEGIN
            UPDATE accounts SET revenue = revenue - coalesce(OLD.value, 0), deals = deals - 1 WHERE id = OLD.account_id AND OLD.stage = 'won';
            UPDATE accounts SET revenue = revenue + coalesce(NEW.value, 0), deals = deals + 1 WHERE id = NEW.account_id AND NEW.stage = 'won';
        END;

        -- The customer band's column headers, as stage_totals are the pipeline's.
        CREATE TABLE account_totals (
            stage TEXT PRIMARY KEY,
            accounts INTEGER NOT NULL DEFAULT 0,
            revenue REAL NOT NULL DEFAULT 0
        );
        CREATE TRIGGER accounts_totals_insert AFTER INSERT ON accounts BEGIN
            INSERT INTO account_totals(stage, accounts, revenue) VALUES (NEW.stage, 1, NEW.revenue)
                ON CONFLICT(stage) DO UPDATE SET accounts = accounts + 1, revenue = revenue + NEW.revenue;
        END;
        CREATE TRIGGER accounts_totals_delete AFTER DELETE ON accounts BEGIN
            UPDATE account_totals SET accounts = accounts - 1, revenue = revenue - OLD.revenue WHERE stage = OLD.stage;
        END;
        CREATE TRIGGER accounts_totals_update AFTER UPDATE OF stage, revenue ON accounts BEGIN
            UPDATE account_totals SET accounts = accounts - 1, revenue = revenue - OLD.revenue WHERE stage = OLD.stage;
            INSERT INTO account_totals(stage, accounts, revenue) VALUES (NEW.stage, 1, NEW.revenue)
                ON CONFLICT(stage) DO UPDATE SET accounts = accounts + 1, revenue = revenue + NEW.revenue;
        END;

        -- Customers' answers to "how likely are you to recommend us?" (0-10).
        CREATE TABLE satisfaction (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            comment TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL
        );
        CREATE INDEX satisfaction_at ON satisfaction(at);
        CREATE INDEX satisfaction_account ON satisfaction(account_id, at);

        -- Steps planned with each customer: those a win schedules (kind kickoff, checkin, review,
        -- with the win's lead), the call back a detractor's answer asks for, and those people write.
        CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            owner TEXT,
            due INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL,
            done_at INTEGER,
            done_by TEXT,
            lead_id INTEGER REFERENCES leads(id) ON DELETE SET NULL,
            answer_id INTEGER REFERENCES satisfaction(id) ON DELETE SET NULL
        );
        CREATE INDEX follow_ups_account ON follow_ups(account_id, due);
        CREATE INDEX follow_ups_open ON follow_ups(owner, due) WHERE done_at IS NULL;
        CREATE INDEX follow_ups_due ON follow_ups(due) WHERE done_at IS NULL;
        CREATE INDEX follow_ups_lead ON follow_ups(lead_id) WHERE lead_id IS NOT NULL;

        -- A repeat deal starts in the sales stages without crossing the handoff: it is no MQL,
        -- acceptance or SQL, so its milestones stay empty. Same bodies as in migrations 4 and 5,
        -- with that condition (and `referred`, which names no move, beside `scored`).
        DROP TRIGGER events_milestones;
        CREATE TRIGGER events_milestones AFTER INSERT ON events
        WHEN NEW.kind NOT IN ('undone', 'scored', 'referred') AND NEW.reverted = 0 AND NEW.to_stage IN (SELECT id FROM stage_milestones WHERE mql) BEGIN
            UPDATE leads SET
                mql_at = min(coalesce(mql_at, NEW.at), NEW.at),
                sal_at = CASE WHEN (SELECT sal FROM stage_milestones WHERE id = NEW.to_stage) THEN min(coalesce(sal_at, NEW.at), NEW.at) ELSE sal_at END,
                sql_at = CASE WHEN (SELECT sql FROM stage_milestones WHERE id = NEW.to_stage) THEN min(coalesce(sql_at, NEW.at), NEW.at) ELSE sql_at END
            WHERE id = NEW.lead_id AND deal_kind IS NULL;
        END;
        DROP TRIGGER events_milestones_reverted;
        CREATE TRIGGER events_milestones_reverted AFTER UPDATE OF reverted ON events WHEN NEW.reverted = 1 AND OLD.reverted = 0 BEGIN
            UPDATE leads SET
                mql_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                          WHERE e.lead_id = NEW.lead_id AND e.reverted = 0 AND e.kind NOT IN ('undone', 'referred') AND m.mql),
                sal_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                          WHERE e.lead_id = NEW.lead_id AND e.reverted = 0 AND e.kind NOT IN ('undone', 'referred') AND m.sal),
                sql_at = (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                          WHERE e.lead_id = NEW.lead_id AND e.reverted = 0 AND e.kind NOT IN ('undone', 'referred') AND m.sql)
            WHERE id = NEW.lead_id AND deal_kind IS NULL;
            UPDATE responses SET reverted = 1 WHERE event_id = NEW.id;
        END;

        -- An account's own history: its board events, by subject.
        CREATE INDEX board_events_subject ON board_events(subject, id);

        -- The customer team works the band and its follow-ups; sales may open repeat deals too.
        INSERT OR IGNORE INTO permissions(team, ability) VALUES
            ('success', 'move_accounts'), ('success', 'edit_accounts'), ('success', 'follow_up'), ('success', 'record_satisfaction'),
            ('success', 'open_deal'), ('success', 'note'), ('success', 'run_meeting'),
            ('sales', 'open_deal');
        -- Its working calendar times the kick-off and the call back to a detractor.
        INSERT OR IGNORE INTO service_levels(team, hours) VALUES ('success', 24);
        INSERT OR IGNORE INTO settings(key, value) VALUES ('follow_up_schedule', 'kickoff=3wd,checkin=30d,review=90d');
        """

    /// The `stages.side` and `members.team` checks of migration 1 name the sides and teams there
    /// were; they are widened in place (SQLite's documented way to change a CHECK constraint, in
    /// this migration's transaction), so no table the others point at is rebuilt.
    static func admitCustomers(_ connection: any DatabaseConnection) throws {
        let version = try connection.scalar("PRAGMA schema_version") ?? 0
        try connection.execute("PRAGMA writable_schema = ON")
        defer { try? connection.execute("PRAGMA writable_schema = OFF") }
        try connection.prepare("UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'stages'")
            .run(
                .text("CHECK (side IN ('marketing', 'handoff', 'sales', 'outcome'))"),
                .text("CHECK (side IN ('marketing', 'handoff', 'sales', 'outcome', 'customer'))"))
        try connection.prepare("UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'members'")
            .run(
                .text("CHECK (team IN ('marketing', 'sales', 'admin'))"),
                .text("CHECK (team IN ('marketing', 'sales', 'success', 'admin'))"))
        try connection.execute("PRAGMA schema_version = \(version + 1)")
    }
}
