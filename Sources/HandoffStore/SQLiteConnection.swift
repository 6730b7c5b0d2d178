import CSQLite
import HandoffCore

/// One SQLite connection with a cache of prepared statements. Not shared between threads: each
/// process (and each test) opens its own, as SQLite expects.
public final class SQLiteConnection {
    let handle: OpaquePointer
    private var cache: [String: SQLiteStatement] = [:]
    public let path: String

    /// Process-wide settings, made once before the first connection opens.
    private static let configured: Bool = handoff_sqlite3_disable_memory_statistics() == SQLITE_OK

    public init(path: String, readOnly: Bool = false, create: Bool = true) throws {
        _ = SQLiteConnection.configured
        var pointer: OpaquePointer?
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        flags |= SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard code == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(pointer)
            throw SQLiteConnection.describe(code: code, message: message, path: path)
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
            throw SQLiteConnection.describe(code: code, message: message, path: path)
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
            throw SQLiteConnection.describe(code: code, message: lastMessage, path: path)
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

    /// Makes `name(...)` callable from SQL, computed by `body`: set-based writes of values worked
    /// out in Swift (one UPDATE over a million rows instead of a million UPDATEs). Replacing a
    /// function expires the prepared statements that use it; they are prepared again when next run.
    public func defineFunction(_ name: String, arguments: Int32, _ body: @escaping (SQLiteFunctionCall) -> Void) throws {
        let box = Unmanaged.passRetained(SQLiteFunction(body)).toOpaque()
        let code = sqlite3_create_function_v2(handle, name, arguments, SQLITE_UTF8, box, SQLiteFunction.call, nil, nil, SQLiteFunction.destroy)
        if code != SQLITE_OK { throw fail(code) }
    }

    /// Removes a function defined with `defineFunction`, releasing what its body holds.
    public func removeFunction(_ name: String, arguments: Int32) {
        sqlite3_create_function_v2(handle, name, arguments, SQLITE_UTF8, nil, nil, nil, nil, nil)
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
        SQLiteConnection.describe(code: code, message: lastMessage, path: path)
    }

    /// Turns SQLite result codes into sentences a user can act on; raw codes never reach the screen.
    static func describe(code: Int32, message: String, path: String) -> HandoffError {
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return .storage("the board \(path) is busy: another writer kept it locked for more than 5 seconds; try again")
        case SQLITE_READONLY:
            return .storage("the board \(path) cannot be written (read-only file or folder); check its permissions")
        case SQLITE_CANTOPEN:
            return .storage("cannot open \(path): the folder does not exist or is not accessible")
        case SQLITE_NOTADB:
            return .storage("\(path) is not a Handoff database (not an SQLite file)")
        case SQLITE_CORRUPT:
            return .storage("\(path) is damaged (\(message)); restore it from a backup")
        case SQLITE_FULL:
            return .storage("the disk holding \(path) is full; nothing was written")
        case SQLITE_IOERR:
            return .storage("could not read or write \(path) (\(message))")
        case SQLITE_CONSTRAINT:
            return .invalidInput("refused by the database: \(message)")
        default:
            return .storage("database error on \(path): \(message)")
        }
    }
}
