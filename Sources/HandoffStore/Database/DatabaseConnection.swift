import HandoffCore

/// The boundary between the store and a database: what the store's logic needs, and nothing an
/// engine could not give. `SQLiteConnection` and `PostgresConnection` implement it; the store and
/// its extensions talk to this alone, with SQL in the subset both engines understand (see
/// `SQLDialect` for the few places they differ). A connection is used by one thread at a time.
public protocol DatabaseConnection: AnyObject {
    var engine: DatabaseEngine { get }
    /// The file or server the connection is on, as the user named it (a server's password never
    /// appears: see `PostgresAddress.display`).
    var path: String { get }
    /// How long a write waits for other writers, in milliseconds.
    var busyTimeout: Int32 { get }

    /// Runs SQL that returns no rows (schema, settings). Never for user text: use `prepare`.
    func execute(_ sql: String) throws
    /// A prepared statement, reused across calls with the same SQL text. `?` and `?N` are the
    /// placeholders on both engines.
    func prepare(_ sql: String) throws -> any DatabaseStatement
    /// Runs `body` in one write transaction; writers wait for one another, so what `body` reads
    /// is still true when it writes. Other boards hear of the commit (see `changeCounter`).
    func transaction<T>(_ body: () throws -> T) throws -> T
    /// A write transaction begun and ended by hand, for a writer that decides only at the end
    /// whether to keep what it wrote (an import's dry run). `transaction` is the usual way.
    func beginWrite() throws
    func commitWrite() throws
    func rollbackWrite()
    /// Runs `body` again while it fails only because the board is busy (SQLite), up to the busy
    /// timeout. `body` must be safe to run again.
    func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T
    /// Rows changed by the latest INSERT, UPDATE or DELETE.
    var changes: Int { get }
    /// How many transactions have ended on this connection, however they ended: what a writer
    /// keeps for the length of one transaction (the history's head, see `HistoryChain`) is stale
    /// as soon as this moves.
    var transactionsEnded: Int { get }
    /// Advances whenever another connection commits a change to the board: polled on each tick
    /// of the event loop to notice other terminals.
    func changeCounter() throws -> Int64
    /// A file descriptor that becomes readable when another connection commits, for the event
    /// loop to wait on beside the keyboard; nil when changes can only be polled.
    var changeDescriptor: Int32? { get }
    /// Calls `body` with the SQL of every statement this connection starts from now on, values
    /// written in (nil stops). For measuring against the engine's own tool (`sqlite3`, `psql`),
    /// never for logging user data.
    func traceStatements(_ body: ((String) -> Void)?)
}

extension DatabaseConnection {
    /// A single integer from a query.
    public func scalar(_ sql: String, _ values: DatabaseValue...) throws -> Int64? {
        let statement = try prepare(sql)
        try statement.bind(values)
        defer { statement.reset() }
        return try statement.step() ? statement.int64(0) : nil
    }

    /// Runs an `INSERT … RETURNING id` and gives the id: how both engines tell a new row's key.
    public func insertReturningID(_ sql: String, _ values: [DatabaseValue]) throws -> Int64 {
        guard let id = try prepare(sql).rows(values, { $0.int64(0) }).first else {
            throw HandoffError.storage(Message(.boardDidNotSay))
        }
        return id
    }

    public var dialect: SQLDialect { SQLDialect(engine: engine) }
}
