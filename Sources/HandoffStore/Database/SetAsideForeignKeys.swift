/// The foreign keys of the tables a load into an empty board writes, dropped for the length of the
/// load and added again at its end, inside the caller's transaction (PostgreSQL only; SQLite's
/// loads turn its checks off for the connection, see `BulkLoad.relax`). Kept, the server queues a
/// check of every reference of every row and runs them one by one at the end, a lookup and a row
/// lock each (measured: at 100,000 leads, 16 s of a 52 s load). Added again, each key is checked
/// once over the whole table by one join. A load that fails, or a reference that does not hold,
/// rolls the schema back with the data: other terminals never see the tables without their keys.
final class SetAsideForeignKeys {
    private let connection: any DatabaseConnection
    private var definitions: [(table: String, name: String, definition: String)] = []

    /// `tables` are the schema's own table names, never user input.
    init(tables: [String], on connection: any DatabaseConnection) throws {
        self.connection = connection
        guard connection.engine == .postgres, !tables.isEmpty else { return }
        let marks = Array(repeating: "?", count: tables.count).joined(separator: ", ")
        definitions = try connection.prepare(
            """
            SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname IN (\(marks))
            ORDER BY t.relname, c.conname
            """
        ).rows(tables.map { .text($0) }) { (table: $0.string(0), name: $0.string(1), definition: $0.string(2)) }
        for key in definitions {
            try connection.execute(
                "ALTER TABLE \(SetAsideForeignKeys.quoted(key.table)) DROP CONSTRAINT \(SetAsideForeignKeys.quoted(key.name))")
        }
    }

    /// Adds the keys again as they were; each is checked against every row now in its table.
    func restore() throws {
        for key in definitions {
            try connection.execute(
                "ALTER TABLE \(SetAsideForeignKeys.quoted(key.table)) ADD CONSTRAINT \(SetAsideForeignKeys.quoted(key.name)) \(key.definition)"
            )
        }
        definitions = []
    }

    /// A name from the catalog as an SQL identifier.
    private static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
