import Foundation
@testable import HandoffStore
import HandoffCore
import HandoffTestSupport
import Testing

/// Rescoring read on a second connection (a board of more than two chunks in two halves at once)
/// and written chunk by chunk gives the same result as one chunk, and a failure in a later chunk
/// still leaves nothing changed.
@Suite struct ChunkedRescoringTests {
    let now = TemporaryBoard.now

    @Test func manySmallChunksWriteWhatOneChunkWrites() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        var reports: [Int] = []
        let result = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now, chunkSize: 1) {
            reports.append($0)
        }
        #expect(result.rescored == 4 && result.changed == 4 && result.qualified == [1] && result.unqualified == [6])
        // One report per chunk written, the last one for every open lead.
        #expect(reports == [1, 2, 3, 4])
        let scores = try (1...6).map { try store.requireLead(id: Int64($0)).score }
        #expect(scores == [60, 0, 60, 90, 30, 18])
        let details = try [1, 2, 3, 6].map { try store.events(leadID: Int64($0)).first?.detail }
        #expect(
            details == [
                "42 -> 60 by scoring version 1; now qualifies", "15 -> 0 by scoring version 1", "71 -> 60 by scoring version 1",
                "55 -> 18 by scoring version 1; no longer qualifies",
            ])
        #expect(try store.connection.scalar("SELECT count(*) FROM lead_scores WHERE score_version = 1") == 4)
    }

    @Test func aFailureInALaterChunkLeavesNoScoreChangeAndNoRecordBehind() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let boardEvents = try store.boardEventCount()
        try store.refuseScoreChange(trigger: "refuse_six", leadID: 6, message: "no")
        #expect(throws: HandoffError.self) {
            try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now, chunkSize: 1)
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM score_changes") == 0)
        #expect(try store.boardEventCount() == boardEvents)
        #expect(try BoardCheck.run(path: board.path).passed)
    }

    @Test func aFailureInALaterChunkLeavesNothingChanged() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let events = try store.eventCount()
        try store.refuseScoreChange(trigger: "refuse_six", leadID: 6, message: "disk on fire")
        #expect(throws: HandoffError.self) {
            try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now, chunkSize: 1)
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM scoring_versions") == 0)
        #expect(try store.connection.scalar("SELECT count(*) FROM lead_scores WHERE score_version IS NOT NULL") == 0)
        #expect(try (1...6).map { try store.requireLead(id: Int64($0)).score } == [42, 15, 71, 90, 30, 55])
        #expect(try store.eventCount() == events)
        // The board is usable at once: nothing is left locked or half-open.
        try store.dropRefusal(trigger: "refuse_six")
        let again = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now, chunkSize: 1)
        #expect(again.rescored == 4)
    }
}
