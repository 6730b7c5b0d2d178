import CPostgres
import Foundation
import HandoffCore

/// One libpq connection to a PostgreSQL server, with the same surface as `SQLiteConnection`:
/// prepared statements cached by their SQL text, transactions, and change notifications. Used by
/// one thread at a time (libpq is thread-safe per connection), so it is `@unchecked Sendable` only
/// to move between the threads of a loader, never to be shared.
public final class PostgresConnection: DatabaseConnection, @unchecked Sendable {
    public var engine: DatabaseEngine { .postgres }
    public let path: String
    public let address: PostgresAddress
    public let busyTimeout: Int32
    private(set) var handle: OpaquePointer
    private var cache: [String: PostgresStatement] = [:]
    private var statementNumber = 0
    /// Bumped by every reconnection: statements prepared on the server before it are gone and
    /// are prepared again when next run.
    private(set) var generation = 0
    public private(set) var changes = 0
    public private(set) var transactionsEnded = 0
    /// Commits by other connections heard so far (see `changeCounter`).
    private var heard: Int64 = 0
    private var listening = false
    private var inTransaction = false
    /// When the connection was found lost, and when to try again (see `reconnectIfDue`).
    private var lostSince: Date?
    private var nextAttempt = Date.distantPast
    private var backoff = 0.25

    /// The channel every commit notifies and every open board listens on.
    static let channel = "handoff_changes"
    /// Writers take this transaction lock first, as SQLite's BEGIN IMMEDIATE takes the write lock:
    /// what a write reads stays true until it commits, and writers queue instead of failing.
    static let writeLock: Int64 = 0x68616E646F6666

    /// `database on host` (or the socket folder), as the status line names the board.
    public var serverName: String {
        let database = PostgresConnection.text(PQdb(handle))
        let host = PostgresConnection.text(PQhost(handle))
        return host.isEmpty ? database : "\(database)@\(host)"
    }

    /// The role the server authenticated (`session_user`): the member this session acts as.
    public var role: String {
        (try? statement("SELECT session_user").rows([]) { $0.string(0) }.first) ?? PostgresConnection.text(PQuser(handle))
    }

    public init(address: PostgresAddress, busyTimeout: Int32 = 5_000) throws {
        self.address = address
        path = address.display
        self.busyTimeout = busyTimeout
        guard let pointer = PQconnectdb(address.uri) else {
            throw HandoffError.storage(Message(.cannotReachTheBoard, "\(address.display)"))
        }
        handoff_pq_silence_notices(pointer)
        if PQstatus(pointer) != CONNECTION_OK {
            let message = PostgresConnection.text(PQerrorMessage(pointer))
            PQfinish(pointer)
            throw HandoffError.storage(
                Message(.cannotConnectToThe, "\(address.display)", "\(message)")
            )
        }
        handle = pointer
        try configureSession()
    }

    deinit { PQfinish(handle) }

    private func configureSession() throws {
        // Waits on other writers' locks like SQLite's busy timeout, then gives up with a clear
        // refusal instead of hanging a board.
        try execute("SET lock_timeout = \(busyTimeout); SET client_min_messages = warning; SET application_name = 'handoff'")
    }

    public func execute(_ sql: String) throws {
        try ensureConnected()
        let result = PQexec(handle, sql)
        defer {
            PQclear(result)
            noteTransactionState()
        }
        try check(result, sql: sql)
    }

    public func prepare(_ sql: String) throws -> any DatabaseStatement { try statement(sql) }

    func statement(_ sql: String) throws -> PostgresStatement {
        if let cached = cache[sql] {
            cached.reset()
            return cached
        }
        let translated = PlaceholderTranslation.postgres(sql)
        statementNumber += 1
        let statement = PostgresStatement(
            connection: self, name: "handoff_\(statementNumber)", sql: translated.sql, parameters: translated.parameters)
        try statement.prepareOnServer()
        cache[sql] = statement
        return statement
    }

    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try retryingWhileBusy {
            try beginWrite()
            do {
                let result = try body()
                try commitWrite()
                return result
            } catch {
                rollbackWrite()
                throw error
            }
        }
    }

    public func beginWrite() throws {
        inTransaction = true
        do {
            // One round trip for both: a key's move waits for each. The lock's key is a constant
            // of the program, never user data.
            try execute("BEGIN; SELECT pg_advisory_xact_lock(\(PostgresConnection.writeLock))")
        } catch {
            rollbackWrite()
            throw error
        }
    }

    public func commitWrite() throws {
        // Inside the transaction: the notification goes out with the commit, never without; and
        // both in one round trip. A failed NOTIFY skips the COMMIT and the caller rolls back.
        try execute("NOTIFY \(PostgresConnection.channel); COMMIT")
        inTransaction = false
    }

    public func rollbackWrite() {
        if PQstatus(handle) == CONNECTION_OK { _ = try? execute("ROLLBACK") }
        inTransaction = false
    }

    public func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(Double(busyTimeout) / 1_000)
        var pause: UInt32 = 1_000
        while true {
            do {
                return try body()
            } catch let error as HandoffError {
                guard case .busy = error, Date() < deadline else { throw error }
                usleep(pause + UInt32.random(in: 0...pause))
                pause = min(pause * 2, 50_000)
            }
        }
    }

    func noteChanges(_ count: Int) {
        changes = count
        noteTransactionState()
    }

    /// Counts a transaction as ended whenever the connection is outside one after a statement:
    /// a commit, a rollback, or a statement that was a transaction by itself.
    func noteTransactionState() {
        if PQtransactionStatus(handle) == PQTRANS_IDLE { transactionsEnded += 1 }
    }

    /// Set while `traceStatements` is on.
    private(set) var tracer: ((String) -> Void)?

    public func traceStatements(_ body: ((String) -> Void)?) { tracer = body }

    /// Sends `data` (COPY's text format) through `sql`, a `COPY … FROM STDIN`.
    func copy(_ sql: String, data: [UInt8]) throws {
        try ensureConnected()
        let started = PQexec(handle, sql)
        defer { PQclear(started) }
        guard let started, PQresultStatus(started) == PGRES_COPY_IN else { return try check(started, sql: sql) }
        let sent = data.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        let ended = sent == 1 ? PQputCopyEnd(handle, nil) : PQputCopyEnd(handle, "the copy could not be sent")
        var failure: HandoffError?
        while let result = PQgetResult(handle) {
            if failure == nil, ended != 1 || PQresultStatus(result) != PGRES_COMMAND_OK {
                do { try check(result, sql: sql) } catch let error as HandoffError { failure = error }
            }
            PQclear(result)
        }
        if let failure { throw failure }
        if ended != 1 { throw lostError() }
    }

    /// VACUUM of `tables` (names from the schema, never from user input). It cannot run inside a
    /// transaction block, so it is not tried inside one, where its error would abort the
    /// transaction. Whether it ran: a member who does not own the tables is skipped by the server
    /// with a warning, and counts as ran.
    @discardableResult
    func vacuum(_ tables: [String]) -> Bool {
        guard !tables.isEmpty, PQtransactionStatus(handle) == PQTRANS_IDLE else { return false }
        return (try? execute("VACUUM " + tables.map { "\"\($0)\"" }.joined(separator: ", "))) != nil
    }

    // MARK: Notifications

    /// Starts hearing other connections' commits.
    public func listen() throws {
        try execute("LISTEN \(PostgresConnection.channel)")
        listening = true
    }

    /// How many commits of other connections were heard: reads what the socket holds without
    /// waiting. A lost connection is tried again (with growing pauses) and, once back, counts as
    /// a change, since anything may have happened meanwhile; until then this throws.
    public func changeCounter() throws -> Int64 {
        try ensureConnected()
        if PQconsumeInput(handle) == 0 || PQstatus(handle) != CONNECTION_OK {
            markLost()
            throw lostError()
        }
        let me = PQbackendPID(handle)
        while let notification = PQnotifies(handle) {
            if notification.pointee.be_pid != me { heard += 1 }
            PQfreemem(notification)
        }
        return heard
    }

    public var changeDescriptor: Int32? {
        // A lost connection's socket reads as ready for ever; the loop's own pause paces the retries.
        guard lostSince == nil else { return nil }
        let socket = PQsocket(handle)
        return socket >= 0 ? socket : nil
    }

    /// Since when the server has been out of reach, or nil while connected.
    public var unreachableSince: Date? { lostSince }

    private func markLost() {
        if lostSince == nil {
            lostSince = Date()
            backoff = 0.25
            nextAttempt = Date()
        }
    }

    private func lostError() -> HandoffError {
        .storage(Message(.lostTheConnectionTo, "\(address.display)"))
    }

    /// Reconnects a lost connection when the pause since the last try has passed; throws while
    /// the server is still out of reach.
    private func ensureConnected() throws {
        if lostSince == nil, PQstatus(handle) == CONNECTION_OK { return }
        if inTransaction { throw lostError() }
        markLost()
        guard Date() >= nextAttempt else { throw lostError() }
        PQreset(handle)
        guard PQstatus(handle) == CONNECTION_OK else {
            backoff = min(backoff * 2, 5)
            nextAttempt = Date().addingTimeInterval(backoff)
            throw lostError()
        }
        handoff_pq_silence_notices(handle)
        generation += 1
        lostSince = nil
        try configureSession()
        if listening { try execute("LISTEN \(PostgresConnection.channel)") }
        heard += 1
    }

    // MARK: Errors

    static func text(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Throws the user's sentence for a failed result; a lost connection is noted for reconnecting.
    func check(_ result: OpaquePointer?, sql: String) throws {
        let status = result.map { PQresultStatus($0) } ?? PGRES_FATAL_ERROR
        if status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN || status == PGRES_EMPTY_QUERY { return }
        if PQstatus(handle) != CONNECTION_OK {
            markLost()
            throw lostError()
        }
        let code = result.map { PostgresConnection.text(PQresultErrorField($0, Int32(UInt8(ascii: "C")))) } ?? ""
        let message =
            result.map { PostgresConnection.text(PQresultErrorField($0, Int32(UInt8(ascii: "M")))) }
            ?? PostgresConnection.text(PQerrorMessage(handle))
        throw PostgresConnection.describe(code: code, message: message, path: path, busyTimeout: busyTimeout)
    }

    /// SQLSTATE codes turned into the same sentences as SQLite's result codes.
    static func describe(code: String, message: String, path: String, busyTimeout: Int32) -> HandoffError {
        switch code {
        case "40001", "40P01", "55P03", "57014":
            let seconds = busyTimeout % 1_000 == 0 ? String(busyTimeout / 1_000) : String(Double(busyTimeout) / 1_000)
            return .busy(
                Message(.boardIsBusyOther, "\(path)", "\(seconds)")
            )
        case "23503":
            return .invalidInput(
                Message(.thatRefersToSomething))
        case "23505":
            return .invalidInput(Message(.thatAlreadyExistsOn))
        case "23502":
            return .invalidInput(Message(.requiredValueIsMissing))
        case "23514":
            return .invalidInput(
                Message(.valueIsNotOne)
            )
        case "42501", "P0001":
            // The server's own refusal: a missing privilege, or a write function naming the
            // ability the member's team lacks.
            return .notPermitted(Message(.serverRefusedNothingWas, "\(Message(verbatim: message))"))
        case "53100":
            return .storage(Message(.serverHoldingHasNo, "\(path)"))
        default:
            return .storage(
                Message(.unexpectedDatabaseErrorOn, "\(path)", "\(Message(verbatim: message))", "\(code)")
            )
        }
    }
}
