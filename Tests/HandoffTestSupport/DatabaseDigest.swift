import HandoffStore

/// A fingerprint of everything a board holds: schema, user_version and every row of every table.
/// Equal digests before and after a refused command prove that it wrote nothing.
public enum DatabaseDigest {
    public static func of(_ path: String) throws -> UInt64 {
        if DatabaseEngine.isServerAddress(path) { return try ofServer(path) }
        let connection = try SQLiteConnection(path: path, readOnly: true, create: false)
        var hash = FNV1a()
        try connection.execute("BEGIN")
        defer { try? connection.execute("COMMIT") }
        hash.add("user_version \(try connection.scalar("PRAGMA user_version") ?? -1)")
        let tables = try connection.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .rows([]) { (name: $0.string(0), sql: $0.string(1)) }
        for table in tables {
            hash.add(table.sql)
            let columns = try connection.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid").rows([.text(table.name)]) {
                $0.string(0)
            }
            // Names from the file's own schema, quoted as identifiers: no outside text reaches this SQL.
            let row = columns.map { "quote(\"\($0)\")" }.joined(separator: " || ',' || ")
            for line in try connection.prepare("SELECT \(row) FROM \"\(table.name)\" ORDER BY 1").rows([], { $0.string(0) }) {
                hash.add(line)
            }
        }
        return hash.value
    }

    struct FNV1a {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325

        mutating func add(_ text: String) {
            for byte in text.utf8 {
                value ^= UInt64(byte)
                value &*= 0x0000_0100_0000_01B3
            }
            value ^= 0x0A
            value &*= 0x0000_0100_0000_01B3
        }
    }

    /// The same for a board on a server: its schema version and every row of every table, each
    /// table's rows as text in order.
    static func ofServer(_ path: String) throws -> UInt64 {
        let connection = try PostgresConnection(address: try PostgresAddress(path))
        var hash = FNV1a()
        try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        defer { try? connection.execute("COMMIT") }
        hash.add("schema_version \(try connection.scalar("SELECT max(version) FROM schema_version") ?? -1)")
        let tables = try connection.prepare(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE 'presence_%' ORDER BY 1"
        )
        .rows([]) { $0.string(0) }
        for table in tables {
            // Names from the database's own catalog, quoted as identifiers.
            hash.add(table)
            for row in try connection.prepare("SELECT t::text FROM \"\(table)\" t ORDER BY 1").rows([], { $0.string(0) }) { hash.add(row) }
        }
        return hash.value
    }
}
