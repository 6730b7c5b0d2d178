/// Triggers dropped for the length of one large write and created again from their own SQL at
/// its end, inside the caller's transaction: other terminals never see the board without them,
/// and a failed write rolls the schema back with the data. Only for triggers the write would fire
/// row by row to no effect, or whose effect the writer makes itself in one step.
final class SetAsideTriggers {
    private let connection: SQLiteConnection
    private var definitions: [String] = []

    /// Names come from the schema's own fixed lists, never from user input; a name the board does
    /// not have is skipped.
    init(_ names: [String], on connection: SQLiteConnection) throws {
        self.connection = connection
        let find = try connection.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
        for name in names {
            guard let sql = try find.rows([.text(name)], { $0.string(0) }).first else { continue }
            try connection.execute("DROP TRIGGER \"\(name)\"")
            definitions.append(sql)
        }
    }

    func restore() throws {
        for sql in definitions { try connection.execute(sql) }
        definitions = []
    }
}
