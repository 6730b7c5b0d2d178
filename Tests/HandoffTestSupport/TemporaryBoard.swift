import Foundation
import HandoffCore
import HandoffStore

/// A database of its own for one test, and a fresh folder (for the files a test writes beside it)
/// removed when the value is dropped. Swift Testing runs tests in parallel, so no two tests may
/// share a board. The board is an SQLite file in the folder, or, when `HANDOFF_TEST_ENGINE` is
/// `postgres`, a new database on the test process's throwaway cluster (`PostgresTestCluster`):
/// `make test` runs the store's tests both ways.
public final class TemporaryBoard {
    public let folder: String
    public let path: String

    /// The engine the tests' boards are on.
    public static let engine: DatabaseEngine =
        ProcessInfo.processInfo.environment["HANDOFF_TEST_ENGINE"] == "postgres" ? .postgres : .sqlite
    /// For tests of what only an SQLite file has (its mode, its folder, its pages).
    public static var onFile: Bool { engine == .sqlite }
    public static var onServer: Bool { engine == .postgres }

    public init(name: String = "board.db") {
        let template = NSTemporaryDirectory() + "handoff-test-XXXXXX"
        var bytes = Array(template.utf8CString)
        let created = bytes.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        folder = created.map { String(cString: $0) } ?? NSTemporaryDirectory() + "handoff-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if TemporaryBoard.onServer {
            do {
                path = try PostgresTestCluster.start().newDatabase()
            } catch {
                fatalError("HANDOFF_TEST_ENGINE=postgres, but no database could be made on the test cluster: \(error)")
            }
        } else {
            path = folder + "/" + name
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    public func open(readOnly: Bool = false) throws -> Store { try Store(path: path, readOnly: readOnly) }

    /// A fixed time (2026-11-20 12:00 UTC) so days-in-stage and renders never depend on the clock.
    public static let now: Int64 = 1_795_176_000

    /// A small board to assert against: one or two leads in several stages, accents included.
    @discardableResult
    public func seedSmallBoard() throws -> Store {
        let store = try open()
        let day: Int64 = 86_400
        let now = TemporaryBoard.now
        let leads: [Lead] = [
            Lead(
                id: 1, name: "Lucía Fernández", company: "Ñandú Logística", stage: "lead", score: 42, createdAt: now - 10 * day,
                enteredAt: now - 10 * day),
            Lead(
                id: 2, name: "Tom Baker", company: "Brightwave", stage: "lead", score: 15, createdAt: now - 3 * day,
                enteredAt: now - 3 * day),
            Lead(
                id: 3, name: "Íñigo Muñoz", company: "Panadería García", owner: "ana", stage: "mql", value: 12_000, score: 71,
                createdAt: now - 20 * day, enteredAt: now - 1 * day),
            Lead(
                id: 4, name: "Sarah O'Neill", company: "Kettle & Co", owner: "ana", stage: "proposal", value: 18_500, score: 80,
                createdAt: now - 40 * day, enteredAt: now - 5 * day),
            Lead(
                id: 5, name: "Chen Wei 陈伟", company: "Dragon Freight", owner: "ben", stage: "won", value: 30_000, score: 90,
                createdAt: now - 90 * day, enteredAt: now - 2 * day, closedAt: now - 2 * day),
        ]
        for lead in leads { try store.createLead(lead, actor: "seed") }
        return store
    }
}
