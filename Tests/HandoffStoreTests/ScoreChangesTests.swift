import Foundation
import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// A rescoring keeps each lead's change in `score_changes` under one board event whose detail holds
/// their count and digest: the leads' histories still show every change, nothing is written to the
/// events' log per lead, and a change made to the rows outside Handoff is found by the check.
@Suite struct ScoreChangesTests {
    let now = TemporaryBoard.now

    @Test func aRescoringWritesOneBoardEventAndARowPerChangedLeadNotAnEventEach() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let events = try store.eventCount()
        let versions = try (1...6).map { try store.requireLead(id: Int64($0)).version }
        let load = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now, chunkSize: 2)
        #expect(load.changed == 4)
        #expect(try store.eventCount() == events)
        // A score is the board's own arithmetic: nobody's open form of these leads is made stale.
        #expect(try (1...6).map { try store.requireLead(id: Int64($0)).version } == versions)
        let record = try #require(try store.boardEvents(limit: 50).first { $0.kind == BoardEvent.Kind.rescored })
        #expect(record.kind == BoardEvent.Kind.rescored && record.subject == "1" && record.actor == "lucia" && record.at == now)
        let recorded = try #require(ScoreChangeDigest.parse(record.detail ?? ""))
        #expect(recorded.changes == 4)
        let rows = try store.connection.prepare(
            "SELECT run, lead_id, old_score, new_score, crossing FROM score_changes ORDER BY lead_id"
        ).rows([]) { [$0.int64(0), $0.int64(1), $0.int64(2), $0.int64(3), $0.int64(4)] }
        #expect(rows == [[record.id, 1, 42, 60, 1], [record.id, 2, 15, 0, 0], [record.id, 3, 71, 60, 0], [record.id, 6, 55, 18, -1]])
        #expect(try BoardCheck.run(path: board.path).passed)
    }

    @Test func theLeadsHistoryLogAndExportShowEachChangeWithTheRescoringsTimeAndActor() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now, chunkSize: 1)
        let later = TemporaryBoard.scoringText.replacingOccurrences(of: "cap 25", with: "cap 20")
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(later), author: "elena", comment: "", at: now + 60, chunkSize: 1)
        let history = try store.events(leadID: 1).filter { $0.kind == EventKind.scored }
        #expect(history.map(\.detail) == ["60 -> 55 by scoring version 2", "42 -> 60 by scoring version 1; now qualifies"])
        #expect(history.map(\.actor) == ["elena", "lucia"] && history.map(\.at) == [now + 60, now])
        #expect(try store.lastChange(leadID: 1)?.actor == "elena")
        let log = try store.log(Store.LogQuery(leadID: 1), limit: 50)
        #expect(log.suffix(2).map(\.event.detail) == ["42 -> 60 by scoring version 1; now qualifies", "60 -> 55 by scoring version 2"])
        #expect(log.last?.actorName == "Elena Vidal Quiñones")
        #expect(try store.logCount(Store.LogQuery(leadID: 1)) == log.count)
        #expect(
            try store.log(Store.LogQuery(leadID: 1, actor: "elena"), limit: 50).map(\.event.detail) == ["60 -> 55 by scoring version 2"])
        #expect(try store.log(Store.LogQuery(leadID: 1, since: now + 1), limit: 50).map(\.event.actor) == ["elena"])
        var exported: [[String]] = []
        try store.export(.events) { exported.append($0) }
        let scored = exported.filter { $0[4] == EventKind.scored && $0[1] == "1" }
        #expect(
            scored.map { [$0[0], $0[3], $0[7]] } == [
                ["", "lucia", "42 -> 60 by scoring version 1; now qualifies"], ["", "elena", "60 -> 55 by scoring version 2"],
            ])
    }

    @Test func aScoreChangeAlteredAddedOrRemovedOutsideHandoffIsNamedByTheCheck() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now, chunkSize: 1)
        let run = try #require(try store.connection.scalar("SELECT max(run) FROM score_changes"))
        func problems() throws -> [String] { try BoardCheck.run(path: board.path).problems }
        #expect(try problems() == [])

        try store.connection.execute("UPDATE score_changes SET new_score = 99 WHERE lead_id = 3")
        #expect(
            try problems() == [
                "score changes: the score changes under board event \(run) differ from what it recorded: rows were changed outside Handoff"
            ])
        try store.connection.execute("UPDATE score_changes SET new_score = 60 WHERE lead_id = 3")

        try store.connection.execute("DELETE FROM score_changes WHERE lead_id = 2")
        #expect(
            try problems() == [
                "score changes: board event \(run) records 4 score changes but 3 are stored under it: rows were added or removed outside Handoff"
            ])
        try store.connection.execute("INSERT INTO score_changes(run, lead_id, old_score, new_score, crossing) VALUES (\(run), 2, 15, 0, 0)")
        #expect(try problems() == [])

        try store.connection.execute(
            "INSERT INTO score_changes(run, lead_id, old_score, new_score, crossing) VALUES (\(run + 7), 5, 1, 2, 0)")
        #expect(
            try problems() == [
                "score changes: 1 score changes name board event \(run + 7), which records no rescoring: they were added outside Handoff"
            ])
    }
}

/// A board of the version before `score_changes` opens with the table, keeps the `scored` events
/// its earlier rescorings wrote (they are links of the history's chain), shows them beside the
/// new rescoring's changes, and passes the check.
@Suite(.enabled(if: TemporaryBoard.onFile, "boards of older schemas exist only as files")) struct ScoreChangesMigrationTests {
    @Test func aBoardOfThePreviousVersionKeepsItsScoredEventsAndPassesTheCheck() throws {
        let board = TemporaryBoard()
        let now = TemporaryBoard.now
        do {
            let store = try board.seedScoringBoard()
            // What the previous version's rescoring wrote for lead 1: a hashed event of its own.
            _ = try store.connection.transaction {
                try store.append(
                    LeadEvent(
                        leadID: 1, at: now - 60, actor: "lucia", kind: EventKind.scored, fromStage: nil, toStage: nil,
                        detail: "40 -> 42 by scoring version 0"))
            }
            try store.connection.execute(
                TemporaryBoard.scoresBackInLeads + "DROP TABLE score_changes; PRAGMA user_version = \(Migrations.scoreChangesVersion - 1);")
        }
        let store = try board.open()
        #expect(try store.connection.scalar("PRAGMA user_version") == Int64(Migrations.all.count))
        #expect(try BoardCheck.run(path: board.path).passed)
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now)
        let scored = try store.events(leadID: 1).filter { $0.kind == EventKind.scored }
        #expect(scored.map(\.detail) == ["42 -> 60 by scoring version 1; now qualifies", "40 -> 42 by scoring version 0"])
        #expect(scored.map { $0.id > 0 } == [false, true])
        let report = try BoardCheck.run(path: board.path)
        #expect(report.passed, "\(report.problems)")
    }
}
