import Foundation
import HandoffCore
import HandoffStore

/// The throwaway PostgreSQL cluster of one test process (see `scripts/pg-cluster`): started the
/// first time a test asks for a database on a server, shared by every test after that, each with
/// a database of its own, and stopped and removed when the process exits. A small watcher process
/// removes it too if the tests die before they can (a crash, a kill).
public final class PostgresTestCluster: @unchecked Sendable {
    public let folder: String
    private let lock = NSLock()
    private var admin: PostgresConnection?
    private var created = 0

    /// The cluster, started on first use; nil (with the reason) when it cannot start.
    public static let shared: Result<PostgresTestCluster, Error> = Result { try PostgresTestCluster() }

    public static func start() throws -> PostgresTestCluster { try shared.get() }

    /// A cluster of the caller's own, for a test that stops and starts its server; removed by
    /// `remove`, or at exit like the shared one.
    public static func startPrivate() throws -> PostgresTestCluster { try PostgresTestCluster() }

    private init() throws {
        var template = Array("/tmp/handoff-pg-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw HandoffError.storage(Message(verbatim: "cannot make a folder for the test cluster"))
        }
        folder = String(cString: made)
        let script = Repository.root + "/scripts/pg-cluster"
        let started = try ChildProcess.run([script, "start", folder], environment: ProcessInfo.processInfo.environment)
        guard started.status == 0 else {
            throw HandoffError.storage(
                Message(verbatim: "the test cluster did not start (status \(started.status)); see \(folder)/server.log"))
        }
        _ = try ChildProcess.start(
            [script, "reap", String(getpid()), folder], environment: ProcessInfo.processInfo.environment,
            output: "/dev/null", error: "/dev/null")
        PostgresTestCluster.exitLock.withLock {
            if PostgresTestCluster.foldersAtExit.isEmpty {
                atexit {
                    for folder in PostgresTestCluster.exitLock.withLock({ PostgresTestCluster.foldersAtExit }) {
                        _ = try? ChildProcess.run(
                            [Repository.root + "/scripts/pg-cluster", "stop", folder], environment: ProcessInfo.processInfo.environment)
                    }
                }
            }
            PostgresTestCluster.foldersAtExit.append(folder)
        }
    }

    nonisolated(unsafe) private static var foldersAtExit: [String] = []
    private static let exitLock = NSLock()

    /// Stops the server as an administrator would (fast shutdown: sessions are ended).
    public func stopServer() throws {
        let stopped = try ChildProcess.run(
            [Repository.root + "/scripts/pg-cluster", "pause", folder], environment: ProcessInfo.processInfo.environment)
        guard stopped.status == 0 else {
            throw HandoffError.storage(Message(verbatim: "the test cluster did not stop (status \(stopped.status))"))
        }
    }

    public func startServer() throws {
        let started = try ChildProcess.run(
            [Repository.root + "/scripts/pg-cluster", "resume", folder], environment: ProcessInfo.processInfo.environment)
        guard started.status == 0 else {
            throw HandoffError.storage(Message(verbatim: "the test cluster did not start again (status \(started.status))"))
        }
    }

    /// Stops the server and removes its folder.
    public func remove() {
        _ = try? ChildProcess.run(
            [Repository.root + "/scripts/pg-cluster", "stop", folder], environment: ProcessInfo.processInfo.environment)
    }

    /// The address of `database` as the `postgres` superuser, or as `user`.
    public func address(database: String, user: String = "postgres") -> String {
        "postgresql:///\(database)?host=\(folder)/sock&user=\(user)"
    }

    /// A new, empty database of its own; returns its address.
    public func newDatabase() throws -> String {
        try lock.withLock {
            if admin == nil { admin = try PostgresConnection(address: try PostgresAddress(address(database: "postgres"))) }
            created += 1
            let name = "board_\(getpid())_\(created)"
            try admin?.execute("CREATE DATABASE \(name) STRATEGY FILE_COPY")
            return address(database: name)
        }
    }

    /// Runs SQL as the superuser in `database` (roles, grants, what a test sets up around a board).
    public func execute(_ sql: String, database: String = "postgres") throws {
        let connection = try PostgresConnection(address: try PostgresAddress(address(database: database)))
        try connection.execute(sql)
    }
}
