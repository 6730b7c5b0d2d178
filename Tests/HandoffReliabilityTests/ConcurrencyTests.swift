import HandoffStore
import HandoffTestSupport
import Testing

/// Three writer processes (moves, accepts, rejections, notes, bulk accepts), two readers and the
/// real `handoff note` on one board at once for four seconds.
@Suite struct ConcurrencyTests {
    @Test func writersReadersAndTheCommandLineShareOneBoard() throws {
        let board = try TemporaryBoard.withDemoData()
        let all = WorkloadOperation.all.map(\.name)
        let report = ConcurrencyHarness(
            board: board.path, writers: [all, ["accept", "note", "advance"], all], readers: 2, seconds: 4, seed: 11
        ).run()
        #expect(report.problems.isEmpty, "\(report)\n\(report.problems.prefix(10).joined(separator: "\n"))")
        #expect(report.tornReads == 0)
        #expect(report.newEvents == report.acknowledgedEvents + report.commandLineNotes)
        #expect(report.acknowledgedWrites >= 100, "\(report)")
        #expect(report.commandLineNotes >= 3, "\(report)")
        #expect(report.reads >= 4, "\(report)")
    }

    /// The readers must be able to see a torn state when there is one: a writer that moves a lead
    /// and records the event in a second transaction is caught in between.
    @Test func aReaderCatchesAWriteSplitInTwoTransactions() throws {
        let board = try TemporaryBoard.withDemoData()
        let report = ConcurrencyHarness(board: board.path, writers: [["torn-move"]], readers: 1, seconds: 3, seed: 5).run()
        #expect(report.tornReads > 0, "\(report)")
    }
}
