import CSQLite
import Foundation
import HandoffCore

/// One SQLite connection with a cache of prepared statements. Not shared between threads: each
/// process (and each test) opens its own, as SQLite expects.
public final class SQLiteConnection: DatabaseConnection {
    public var engine: DatabaseEngine { .sqlite }
    let handle: OpaquePointer
    private var cache: [String: SQLiteStatement] = [:]
    /// Set while `traceStatements` is on; the connection keeps it alive for SQLite.
    private var tracer: StatementTracer?
    /// Counts the transactions that ended here (see `transactionsEnded`); SQLite's hooks hold it.
    private let endings = TransactionEndings()
    public let path: String

    /// How long a statement waits for other writers before giving up, in milliseconds.
    public let busyTimeout: Int32

    /// Process-wide settings, made once before the first connection opens.
    private static let configured: Bool = handoff_sqlite3_disable_memory_statistics() == SQLITE_OK

    /// `followLinks: false` refuses a database path that is a symbolic link (files Handoff names
    /// itself beside the board, where anyone of the team could have planted one).
    /// `immutable` reads the file alone, as it is on disk, ignoring any `-wal` beside it (read-only;
    /// only while nobody has the board open).
    public init(
        path: String, readOnly: Bool = false, create: Bool = true, busyTimeout: Int32 = 5_000, followLinks: Bool = true,
        immutable: Bool = false
    ) throws {
        _ = SQLiteConnection.configured
        var pointer: OpaquePointer?
        var flags = readOnly || immutable ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly && !immutable { flags |= SQLITE_OPEN_CREATE }
        if !followLinks { flags |= SQLITE_OPEN_NOFOLLOW }
        flags |= SQLITE_OPEN_NOMUTEX
        var name = path
        if immutable, let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) {
            name = "file:" + encoded + "?immutable=1"
            flags |= SQLITE_OPEN_URI
        }
        let code = sqlite3_open_v2(name, &pointer, flags, nil)
        guard code == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            let systemErrno = pointer.map { sqlite3_system_errno($0) } ?? 0
            sqlite3_close_v2(pointer)
            throw SQLiteConnection.describe(code: code, message: message, path: path, busyTimeout: busyTimeout, systemErrno: systemErrno)
        }
        handle = pointer
        self.path = path
        self.busyTimeout = busyTimeout
        sqlite3_extended_result_codes(handle, 1)
        // Other writers hold the lock for milliseconds; waiting a few seconds means a user never
        // sees "database is locked" during normal team use.
        sqlite3_busy_timeout(handle, busyTimeout)
        let endings = Unmanaged.passUnretained(self.endings).toOpaque()
        sqlite3_commit_hook(handle, TransactionEndings.commit, endings)
        sqlite3_rollback_hook(handle, TransactionEndings.rollback, endings)
    }

    /// How many transactions have committed or rolled back on this connection, however they were
    /// begun or ended: what a writer keeps for the length of one transaction (the history's head,
    /// see `HistoryChain`) is stale as soon as this moves.
    public var transactionsEnded: Int { endings.count }

    deinit {
        for statement in cache.values { statement.finalize() }
        sqlite3_commit_hook(handle, nil, nil)
        sqlite3_rollback_hook(handle, nil, nil)
        sqlite3_close_v2(handle)
    }

    /// This connection will not copy the `-wal` into the board when it closes, as the last
    /// connection otherwise does: for looking at a board through a log that may not belong to it.
    public func neverCheckpointOnClose() {
        _ = handoff_sqlite3_no_checkpoint_on_close(handle)
    }

    /// Runs SQL that returns no rows (schema, pragmas). Never for user text: use `prepare`.
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(errorMessage)
            throw SQLiteConnection.describe(
                code: code, message: message, path: path, busyTimeout: busyTimeout,
                systemErrno: sqlite3_system_errno(handle))
        }
    }

    public func prepare(_ sql: String) throws -> any DatabaseStatement { try sqliteStatement(sql) }

    /// A prepared statement, reused across calls with the same SQL text, for the code that binds
    /// SQLite's own way (bulk inserts reading a buffer in place).
    func sqliteStatement(_ sql: String) throws -> SQLiteStatement {
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
    /// busy database waits in the busy handler instead of failing halfway through; the whole
    /// transaction is retried if SQLite still reports the board busy (see `retryingWhileBusy`).
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try retryingWhileBusy {
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
    }

    public func beginWrite() throws { try execute("BEGIN IMMEDIATE") }
    public func commitWrite() throws { try execute("COMMIT") }
    public func rollbackWrite() { try? execute("ROLLBACK") }

    /// Runs `body` again while it fails only because the board is busy, until the busy timeout
    /// has passed since the first try. The busy handler covers most waits, but SQLite returns
    /// SQLITE_BUSY without calling it in a few cases (a WAL being recovered or reset by another
    /// connection as it opens or closes the board); those pass in milliseconds. `body` must be
    /// safe to run again: a transaction that rolled back, or a read.
    public func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(Double(busyTimeout) / 1_000)
        var pause: UInt32 = 1_000
        while true {
            do {
                return try body()
            } catch let error as HandoffError {
                guard case .busy = error, Date() < deadline else { throw error }
                // A little randomness keeps writers that collided from colliding again.
                usleep(pause + UInt32.random(in: 0...pause))
                pause = min(pause * 2, 50_000)
            }
        }
    }

    /// Makes `name(...)` callable from SQL, computed by `body`: set-based writes of values worked
    /// out in Swift (one UPDATE over a million rows instead of a million UPDATEs). Replacing a
    /// function expires the prepared statements that use it; they are prepared again when next run.
    public func defineFunction(_ name: String, arguments: Int32, _ body: @escaping (SQLiteFunctionCall) -> Void) throws {
        let box = Unmanaged.passRetained(SQLiteFunction(body)).toOpaque()
        let code = sqlite3_create_function_v2(
            handle, name, arguments, SQLITE_UTF8, box, SQLiteFunction.call, nil, nil, SQLiteFunction.destroy)
        if code != SQLITE_OK { throw fail(code) }
    }

    /// Removes a function defined with `defineFunction`, releasing what its body holds.
    public func removeFunction(_ name: String, arguments: Int32) {
        sqlite3_create_function_v2(handle, name, arguments, SQLITE_UTF8, nil, nil, nil, nil, nil)
    }

    /// Switches the journal mode when nobody else has the file open; returns the mode in force
    /// afterwards. Never waits for other connections: if they hold the file, it stays as it is.
    func switchJournal(to mode: String) -> String {
        sqlite3_busy_timeout(handle, 0)
        defer { sqlite3_busy_timeout(handle, busyTimeout) }
        let modes = try? sqliteStatement("PRAGMA journal_mode = \(mode)").rows([]) { $0.string(0) }
        return modes?.first ?? "unknown"
    }

    /// Calls `body` with the SQL of every statement this connection starts from now on, values
    /// bound in (nil stops). For measuring against the `sqlite3` tool, never for logging user data.
    public func traceStatements(_ body: ((String) -> Void)?) {
        guard let body else {
            sqlite3_trace_v2(handle, 0, nil, nil)
            tracer = nil
            return
        }
        let tracer = StatementTracer(body)
        self.tracer = tracer
        sqlite3_trace_v2(handle, UInt32(SQLITE_TRACE_STMT), StatementTracer.callback, Unmanaged.passUnretained(tracer).toOpaque())
    }

    public var changes: Int { Int(sqlite3_changes(handle)) }
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }
    var lastCode: Int32 { sqlite3_extended_errcode(handle) }
    var systemErrno: Int32 { sqlite3_system_errno(handle) }

    /// Changes whenever another connection commits; SQLite keeps it per connection.
    public func changeCounter() throws -> Int64 { try scalar("PRAGMA data_version") ?? 0 }

    /// SQLite has nothing to wait on: the loop polls `changeCounter` on each tick.
    public var changeDescriptor: Int32? { nil }

    func fail(_ code: Int32) -> HandoffError {
        SQLiteConnection.describe(
            code: code, message: lastMessage, path: path, busyTimeout: busyTimeout, systemErrno: sqlite3_system_errno(handle))
    }

    /// Turns SQLite result codes into sentences a user can act on: a busy board and a refused
    /// constraint here, trouble with the file, its folder or the disk in `StorageProblem`.
    static func describe(code: Int32, message: String, path: String, busyTimeout: Int32, systemErrno: Int32 = 0) -> HandoffError {
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PROTOCOL:
            let seconds = busyTimeout % 1_000 == 0 ? String(busyTimeout / 1_000) : String(Double(busyTimeout) / 1_000)
            return .busy(
                Message(.boardIsBusyOther, "\(path)", "\(seconds)")
            )
        case SQLITE_CONSTRAINT:
            return .invalidInput(constraintSentence(code))
        default:
            return StorageProblem.explain(code: code, systemErrno: systemErrno, message: message, path: path)
        }
    }

    /// The extended constraint codes are macros Swift cannot import: SQLITE_CONSTRAINT | (n << 8).
    private static func constraintSentence(_ code: Int32) -> Message {
        switch code >> 8 {
        case 3:  // SQLITE_CONSTRAINT_FOREIGNKEY
            return Message(.thatRefersToSomething)
        case 6, 8:  // SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE
            return Message(.thatAlreadyExistsOn)
        case 5:  // SQLITE_CONSTRAINT_NOTNULL
            return Message(.requiredValueIsMissing)
        case 1:  // SQLITE_CONSTRAINT_CHECK
            return
                Message(.valueIsNotOne)
        default:
            return Message(.boardRefusedTheChange)
        }
    }
}
