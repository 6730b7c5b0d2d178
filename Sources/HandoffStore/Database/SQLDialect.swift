/// The few places where the store's SQL cannot be one text for both engines: SQLite's planner
/// hints, its case-insensitive comparisons and LIKE, and its catalog. Everything else is written
/// once in the subset both understand (ON CONFLICT, RETURNING, CASE, CAST AS BIGINT); the scalar
/// functions SQLite has built in and PostgreSQL names otherwise (two-argument max and min,
/// `instr`, `total`) are defined in the PostgreSQL schema under SQLite's names.
public struct SQLDialect: Sendable, Equatable {
    public let engine: DatabaseEngine

    /// ` INDEXED BY name`: SQLite's planner told which index to read; PostgreSQL plans by cost.
    func indexedBy(_ index: String) -> String { engine == .sqlite ? " INDEXED BY \(index)" : "" }

    /// ` NOT INDEXED`: a scan in rowid order on SQLite; PostgreSQL plans by cost.
    var notIndexed: String { engine == .sqlite ? " NOT INDEXED" : "" }

    /// A column SQLite must not use as a range of an index (`+column`), so that it walks the index
    /// `indexedBy` names in that index's order and stops early. PostgreSQL gets the bare column: there the unary plus
    /// only hides the column's statistics, and the planner, expecting a few hundred rows, sorted
    /// every answer instead of reading the index from the start (measured at a million leads: the
    /// median answer time 160 to 230 ms that way, 40 ms through the index).
    func unindexed(_ column: String) -> String { engine == .sqlite ? "+\(column)" : column }

    /// `column = ?` whatever the case of ASCII letters, as SQLite's NOCASE compares.
    func equalsIgnoringCase(_ column: String) -> String {
        engine == .sqlite ? "\(column) = ? COLLATE NOCASE" : "lower(\(column)) = lower(?)"
    }

    /// After rows were written with keys of their own (a copied board, a bulk load): PostgreSQL's
    /// key sequences are moved past them, so the next row the board adds gets a free key, as
    /// SQLite's rowid does by itself.
    func afterExplicitKeys(_ connection: any DatabaseConnection) throws {
        guard engine == .postgres else { return }
        _ = try connection.scalar("SELECT handoff_sync_keys()")
    }

    /// A placeholder whose value is an integer where nothing around it says so (a row value, a
    /// test for NULL): PostgreSQL must be told, SQLite's SQL stays as it was.
    func integer(_ placeholder: String = "?") -> String { engine == .sqlite ? placeholder : "CAST(\(placeholder) AS BIGINT)" }

    /// The same for a text value.
    func text(_ placeholder: String = "?") -> String { engine == .sqlite ? placeholder : "CAST(\(placeholder) AS TEXT)" }

    /// A join whose order SQLite must keep (CROSS JOIN); PostgreSQL plans the order itself.
    var orderedJoin: String { engine == .sqlite ? "CROSS JOIN" : "JOIN" }

    /// LIKE, which ignores the case of ASCII letters on SQLite and must be told to on PostgreSQL.
    var like: String { engine == .sqlite ? "LIKE" : "ILIKE" }
}
