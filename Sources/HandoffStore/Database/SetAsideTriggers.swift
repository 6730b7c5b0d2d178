/// Triggers dropped for the length of one large write and created again from their own SQL at
/// its end, inside the caller's transaction: other terminals never see the board without them,
/// and a failed write rolls the schema back with the data. Only for triggers the write would fire
/// row by row to no effect, or whose effect the writer makes itself in one step.
///
/// On PostgreSQL a trigger is set aside by disabling it, which locks its table against every
/// reader until the commit: only worth it (`onServer`) for a load into an empty board, which
/// nobody is reading. Otherwise the triggers stay and do their work row by row (`leftInPlace`).
final class SetAsideTriggers {
    private let connection: any DatabaseConnection
    private var definitions: [String] = []
    private var disabled: [(table: String, trigger: String)] = []
    /// True when the triggers still run, so the writer must not do their work itself.
    let leftInPlace: Bool

    /// Names come from the schema's own fixed lists, never from user input; a name the board does
    /// not have is skipped.
    init(_ names: [String], on connection: any DatabaseConnection, onServer: Bool = false) throws {
        self.connection = connection
        switch connection.engine {
        case .sqlite:
            leftInPlace = false
            // SQLite fires a statement's triggers newest first: they are made again in the order
            // they were made, so none fires before another it used to follow.
            let find = try connection.prepare("SELECT rowid, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
            var found: [(order: Int64, name: String, sql: String)] = []
            for name in names {
                guard let (order, sql) = try find.rows([.text(name)], { ($0.int64(0), $0.string(1)) }).first else { continue }
                found.append((order, name, sql))
            }
            for trigger in found.sorted(by: { $0.order < $1.order }) {
                try connection.execute("DROP TRIGGER \"\(trigger.name)\"")
                definitions.append(trigger.sql)
            }
        case .postgres:
            leftInPlace = !onServer
            guard onServer else { return }
            let find = try connection.prepare(
                """
                SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE t.tgname = ? AND NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace
                """)
            for name in names {
                guard let table = try find.rows([.text(name)], { $0.string(0) }).first else { continue }
                try connection.execute("ALTER TABLE \"\(table)\" DISABLE TRIGGER \"\(name)\"")
                disabled.append((table, name))
            }
        }
    }

    func restore() throws {
        for sql in definitions { try connection.execute(sql) }
        for (table, trigger) in disabled { try connection.execute("ALTER TABLE \"\(table)\" ENABLE TRIGGER \"\(trigger)\"") }
        definitions = []
        disabled = []
    }
}
