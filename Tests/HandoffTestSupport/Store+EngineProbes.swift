import HandoffStore

/// What the tests read from a board's own catalog, the same question asked of either engine:
/// the tests stay one text for SQLite and PostgreSQL.
extension Store {
    /// The schema version recorded on the board (`user_version`, or `schema_version`).
    public func storedSchemaVersion() throws -> Int64 {
        try connection.scalar(engine == .sqlite ? "PRAGMA user_version" : "SELECT max(version) FROM schema_version") ?? -1
    }

    public func setStoredSchemaVersion(_ version: Int) throws {
        try connection.execute(engine == .sqlite ? "PRAGMA user_version = \(version)" : "UPDATE schema_version SET version = \(version)")
    }

    /// The board's tables, by name.
    public func tableNames() throws -> [String] {
        try connection.prepare(
            engine == .sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        )
        .rows([]) { $0.string(0) }
    }

    /// Every index and trigger with its definition, `kind name definition`, ordered by name: equal
    /// before and after a write that sets some aside.
    public func schemaObjects() throws -> [String] {
        if engine == .sqlite {
            return try connection.prepare(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"
            )
            .rows([]) { "\($0.string(0)) \($0.string(1)) \($0.string(2))" }
        }
        return try connection.prepare(
            """
            SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
            UNION ALL SELECT 'trigger', t.tgname, pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text FROM pg_trigger t
                JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace
            ORDER BY 2
            """
        ).rows([]) { "\($0.string(0)) \($0.string(1)) \($0.string(2))" }
    }

    /// The triggers alone, `name: definition`.
    public func triggerDefinitions() throws -> [String] {
        try schemaObjects().filter { $0.hasPrefix("trigger ") }.map { line in
            let parts = line.split(separator: " ", maxSplits: 2)
            return "\(parts[1]): \(parts[2])"
        }
    }

    /// What the engine's own check finds wrong with the board's pages and references: SQLite's
    /// integrity and foreign key checks; nothing on PostgreSQL, whose server refuses such damage.
    public func engineIntegrityProblems() throws -> [String] {
        guard engine == .sqlite else { return [] }
        let pages = try connection.prepare("PRAGMA integrity_check").rows([]) { $0.string(0) }.filter { $0 != "ok" }
        return pages + (try connection.prepare("PRAGMA foreign_key_check").rows([]) { $0.string(0) })
    }

    /// A trigger that refuses to change the score of lead `id`, standing in for a disk that fails
    /// halfway through a write.
    public func refuseScoreChange(trigger name: String, leadID id: Int64, message: String) throws {
        if engine == .sqlite {
            try connection.execute(
                "CREATE TRIGGER \(name) BEFORE UPDATE OF score ON lead_scores WHEN NEW.lead_id = \(id) BEGIN SELECT RAISE(ABORT, '\(message)'); END"
            )
        } else {
            try connection.execute(
                """
                CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '\(message)'; END $$;
                CREATE TRIGGER \(name) BEFORE UPDATE OF score ON lead_scores FOR EACH ROW WHEN (NEW.lead_id = \(id)) EXECUTE FUNCTION \(name)();
                """)
        }
    }

    public func dropRefusal(trigger name: String) throws {
        try connection.execute(engine == .sqlite ? "DROP TRIGGER \(name)" : "DROP TRIGGER \(name) ON lead_scores; DROP FUNCTION \(name)()")
    }
}
