import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Thousands of random steps on the demo board, over every view, by members of each team, with
/// someone else writing in between: after every step the headers equal the store, the selection is
/// on the lead the person chose, no outcome lacks its amount or reason, and the frame equals a board
/// opened afresh at the same place. A failure names its seed and the fewest steps that show it.
@Suite struct RandomSessionTests {
    static let stepsPerSeed = 2_000
    /// Seeds and the member each run acts as: an admin, a sales rep, a marketer and a customer manager.
    static let runs: [(seed: UInt64, actor: String)] = [(1, "elena"), (2, "tom"), (3, "lucia"), (4, "ana"), (5, "elena"), (6, "carmen")]

    @Test(arguments: runs.indices) func randomSessionsKeepTheScreenTrue(run index: Int) throws {
        let (seed, actor) = RandomSessionTests.runs[index]
        let session = RandomSession(actor: actor, now: Timestamp.now())
        let steps = RandomSession.steps(seed: seed, count: RandomSessionTests.stepsPerSeed)
        guard let failure = try session.run(steps, on: try TemporaryBoard.withDemoData()) else { return }
        let failing = Array(steps.prefix(failure.step + 1))
        let shortest = session.shrink(failing, makeBoard: TemporaryBoard.withDemoData)
        let replayed = (try? session.run(shortest, on: try TemporaryBoard.withDemoData())) ?? nil
        Issue.record(
            """
            seed \(seed) as \(actor): \(failure)
            shortest steps that show it (\(shortest.count)): \(shortest.map(\.description).joined(separator: " "))
            which fail with: \(replayed.map(\.description) ?? "(no longer failing)")
            """)
    }
}
