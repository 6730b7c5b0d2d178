import Foundation
import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// Loading a definition scores every open lead without holding the write lock: others write while
/// it scores, and what they wrote is in the scores written (the leads are scored again when the
/// board changed meanwhile).
@Suite struct ScoringOutsideLockTests {
    let now = TemporaryBoard.now

    @Test func othersWriteWhileTheLeadsAreScoredAndTheirChangesCount() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let other = try Store(path: board.path, busyTimeout: 0)
        var scorings = 0
        let result = try store.loadScoring(
            try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now, chunkSize: 2,
            scored: {
                scorings += 1
                guard scorings == 1 else { return }
                // With no wait allowed, this write succeeds only if the load holds no lock now.
                try other.apply(
                    .edit(
                        leadID: 2, LeadDraft(name: "Megan Sullivan", company: "Sullivan Haulage", source: "referral"), expectedVersion: nil),
                    actor: "lucia", at: now)
            })
        #expect(scorings == 2, "the board changed after the first scoring, so the leads were scored again")
        #expect(result.rescored == 4)
        // Lead 2's new source is in its score: the same score a fresh evaluation gives.
        let lead = try store.requireLead(id: 2)
        let attributes = Dictionary(uniqueKeysWithValues: try store.attributes(leadID: 2).map { ($0.name, $0.value) })
        #expect(lead.source == "referral")
        #expect(lead.score == ScoringEvaluator.breakdown(result.version.definition, lead: lead, attributes: attributes, at: now).total)
        #expect(try BoardCheck.run(path: board.path).passed)
    }

    @Test func aBoardThatNeverStopsChangingIsScoredInsideTheLockInTheEnd() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let other = try Store(path: board.path, busyTimeout: 0)
        var scorings = 0
        let result = try store.loadScoring(
            try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now, chunkSize: 2,
            scored: {
                scorings += 1
                try other.apply(.note(leadID: 1, body: "note \(scorings)", due: nil), actor: "lucia", at: now)
            })
        #expect(scorings == Store.scoringAttempts)
        #expect(result.rescored == 4 && result.changed == 4)
        #expect(try store.connection.scalar("SELECT count(*) FROM score_changes") == 4)
        #expect(try BoardCheck.run(path: board.path).passed)
    }

    @Test func aRefusedLoadScoresNothing() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        var scorings = 0
        #expect(throws: HandoffError.self) {
            try store.loadScoring(
                try TemporaryBoard.scoringDefinition(), author: "ana", comment: "", at: now, chunkSize: 2, scored: { scorings += 1 })
        }
        #expect(scorings == 0)
    }
}
