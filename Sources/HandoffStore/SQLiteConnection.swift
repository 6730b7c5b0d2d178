import CSQLite
import HandoffCore

/// One SQLite connection with a cache of prepared statements. Not shared between threads: each
/// process (and each test) opens its own, as SQLite expects.
public final class SQLiteConnection {
    let handle: OpaquePointer
    private var cache: [String: SQLiteStatement] = [:]
    public let path: String

    public init(path: String, readOnly: Bool = false, create: Bool = true) throws {
        var pointer: OpaquePointer?
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        flags |= SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard code == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            let systemErrno = pointer.map { sqlite3_system_errno($0) } ?? 0
            sqlite3_close_v2(pointer)
            throw SQLiteConnection.describe(code: code, message: message, path: path, systemErrno: systemErrno)
        }
        handle = pointer
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        // Other writers hold the lock for milliseconds; waiting a few seconds means a user never
        // sees "database is locked" during normal team use.
        sqlite3_busy_timeout(handle, 5_000)
    }

    deinit {
        for statement in cache.values { statement.finalize() }
        sqlite3_close_v2(handle)
    }

    /// Runs SQL that returns no rows (schema, pragmas). Never for user text: use `prepare`.
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(errorMessage)
            throw SQLiteConnection.describe(code: code, message: message, path: path, systemErrno: sqlite3_system_errno(handle))
        }
    }

    /// A prepared statement, reused across calls with the same SQL text.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        if let cached = cache[sql] {
            cached.reset()
            return cached
        }
        var pointer: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &pointer, nil)
        guard code == SQLITE_OK, let pointer else {
            throw fail(code)
        }
        let statement = SQLiteStatement(pointer: pointer, connection: self)
        cache[sql] = statement
        return statement
    }

    /// Runs `body` in one write transaction. BEGIN IMMEDIATE takes the write lock up front, so a
    /// busy database waits in the busy handler instead of failing halfway through.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    public var changes: Int { Int(sqlite3_changes(handle)) }
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }
    var lastCode: Int32 { sqlite3_extended_errcode(handle) }

    /// A single integer from a query such as a pragma.
    public func scalar(_ sql: String, _ values: SQLiteValue...) throws -> Int64? {
        let statement = try prepare(sql)
        try statement.bind(values)
        defer { statement.reset() }
        return try statement.step() ? statement.int64(0) : nil
    }

    func fail(_ code: Int32) -> HandoffError {
        SQLiteConnection.describe(code: code, message: lastMessage, path: path, systemErrno: sqlite3_system_errno(handle))
    }

    /// Turns SQLite result codes into sentences a user can act on; raw codes never reach the screen.
    static func describe(code: Int32, message: String, path: String, systemErrno: Int32 = 0) -> HandoffError {
        StorageProblem.explain(code: code, systemErrno: systemErrno, message: message, path: path)
    }
}
