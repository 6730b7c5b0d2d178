import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The board's idle checkpoint, and the statement trace the benchmark replays through sqlite3.
@Suite(.enabled(if: TemporaryBoard.onFile, "the write-ahead log and SQLite's trace belong to a file")) struct CheckpointTests {
    /// The board file alone, without its write-ahead log, opened as a copy: what a checkpoint has
    /// copied into it and nothing else.
    func stageInMainFile(of board: TemporaryBoard, lead: Int64) throws -> String? {
        let copy = TemporaryBoard()
        try FileManager.default.copyItem(atPath: board.path, toPath: copy.path)
        return try copy.open().lead(id: lead)?.stage
    }

    @Test func aCheckpointCopiesCommittedMovesIntoTheBoardFile() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        store.checkpoint()
        try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: 1), actor: "lucia", at: TemporaryBoard.now)
        // One move is far below SQLite's own checkpoint: it is still only in the log.
        #expect(try stageInMainFile(of: board, lead: 1) == "lead")
        store.checkpoint()
        #expect(try stageInMainFile(of: board, lead: 1) == "nurture")
    }

    @Test func theTraceGivesEachStatementWithItsValues() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        var statements: [String] = []
        store.connection.traceStatements { statements.append($0) }
        _ = try store.lead(id: 4)
        store.connection.traceStatements(nil)
        _ = try store.lead(id: 5)
        #expect(statements.count == 1)
        #expect(statements.first?.hasSuffix("FROM leads WHERE id = 4") == true, "\(statements)")
    }
}
