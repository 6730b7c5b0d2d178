import HandoffStore
import HandoffTestSupport
import Testing

/// A worker writes moves, accepts, rejections, notes and bulk accepts to the demo board in a loop,
/// printing each write once it returns; it is killed with SIGKILL at random moments, and the board
/// is audited after every kill.
@Suite struct CrashConsistencyTests {
    @Test func everyAcknowledgedWriteSurvivesThirtyKills() throws {
        let board = try TemporaryBoard.withDemoData()
        let report = CrashHarness(board: board.path, seed: 2_026).run(kills: 30)
        #expect(report.problems.isEmpty, "\(report)\n\(report.problems.prefix(10).joined(separator: "\n"))")
        #expect(report.kills == 30)
        // Kills must land inside writes, not only between them, for the test to mean anything
        // (about half of them do).
        #expect(report.killsMidWrite >= 3, "\(report)")
        #expect(report.acknowledgedWrites >= 50, "\(report)")
    }

    /// The audit itself must be able to fail: a move that writes its row and its event in two
    /// transactions is caught after a kill between them.
    @Test func aWriteSplitInTwoTransactionsIsCaught() throws {
        let board = try TemporaryBoard.withDemoData()
        let report = CrashHarness(board: board.path, operations: ["torn-move"], seed: 7).run(kills: 30)
        #expect(!report.problems.isEmpty, "\(report)")
        #expect(
            report.problems.contains { $0.contains("recorded changes") || $0.contains("latest stage event") },
            "\(report.problems.prefix(3))")
    }
}
