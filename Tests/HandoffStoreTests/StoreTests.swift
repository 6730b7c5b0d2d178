import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

@Suite struct StoreTests {
    @Test func freshFileGetsTheDefaultPipelineAndSchemaVersion() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        #expect(
            store.pipeline.stages.map(\.id) == [
                "lead", "nurture", "mql", "sal", "sql", "proposal", "negotiation", "won", "lost",
                "onboarding", "active", "at_risk", "churned",
            ])
        #expect(try store.storedSchemaVersion() == Int64(Store.schemaVersion))
        guard TemporaryBoard.onFile else { return }
        let mode = try store.connection.prepare("PRAGMA journal_mode").rows([]) { $0.string(0) }
        #expect(mode == ["wal"])
        let permissions = try FileManager.default.attributesOfItem(atPath: board.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func reopeningAnExistingFileKeepsEverythingAndMigratesNothingTwice() throws {
        let board = TemporaryBoard()
        try board.seedSmallBoard()
        let reopened = try board.open()
        #expect(try reopened.leadCount() == 5)
        #expect(try reopened.eventCount() == 5)
        #expect(try reopened.lead(id: 3)?.name == "Íñigo Muñoz")
        #expect(try reopened.connection.scalar("SELECT count(*) FROM stages") == 13)
    }

    @Test func aMoveUpdatesTheLeadAndWritesExactlyOneEvent() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let before = try store.eventCount()
        let event = try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: 1), actor: "lucia", at: TemporaryBoard.now)
        #expect(try store.eventCount() == before + 1)
        #expect(event.fromStage == "lead" && event.toStage == "nurture" && event.actor == "lucia" && event.kind == "moved")
        let lead = try #require(try store.lead(id: 1))
        #expect(lead.stage == "nurture")
        #expect(lead.version == 2)
        #expect(lead.enteredAt == TemporaryBoard.now)
        let history = try store.events(leadID: 1)
        #expect(history.first == event)
    }

    @Test func aStaleVersionIsRefusedAndNothingIsWritten() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: 1), actor: "ana", at: TemporaryBoard.now)
        let events = try store.eventCount()
        do {
            try store.apply(.move(leadID: 1, toStage: "mql", expectedVersion: 1), actor: "tom", at: TemporaryBoard.now + 20)
            Issue.record("a stale version was accepted")
        } catch let error as HandoffError {
            #expect(
                error.description
                    == "Lucía Fernández (lead 1) was changed by ana a moment ago (moved it to Nurturing); now in Nurturing. Nothing was overwritten."
            )
        }
        #expect(try store.eventCount() == events)
        #expect(try store.lead(id: 1)?.stage == "nurture")
    }

    @Test func invalidMovesWriteNothing() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let events = try store.eventCount()
        #expect(throws: HandoffError.self) { try store.apply(.move(leadID: 1, toStage: "nowhere", expectedVersion: nil), actor: "x") }
        #expect(throws: HandoffError.leadNotFound(99)) {
            try store.apply(.move(leadID: 99, toStage: "mql", expectedVersion: nil), actor: "x")
        }
        #expect(try store.eventCount() == events)
    }

    @Test func columnTotalsFollowEveryWrite() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        #expect(try store.stageTotals()["lead"] == StageTotal(leads: 2, value: 0))
        #expect(try store.stageTotals()["proposal"] == StageTotal(leads: 1, value: 18_500))
        try store.apply(.move(leadID: 4, toStage: "negotiation", expectedVersion: nil), actor: "ana")
        #expect(try store.stageTotals()["proposal"] == StageTotal(leads: 0, value: 0))
        #expect(try store.stageTotals()["negotiation"] == StageTotal(leads: 1, value: 18_500))
    }

    @Test func keysetPagesWalkAColumnInBothDirections() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        for index in 1...25 {
            try store.createLead(
                Lead(id: Int64(index), name: "Lead \(index)", stage: "lead", createdAt: Int64(index), enteredAt: Int64(index)), actor: "t")
        }
        let first = try store.page(stage: "lead", after: nil, limit: 10)
        #expect(first.map(\.id) == Array((16...25).reversed()).map(Int64.init))
        let last = try #require(first.last)
        let second = try store.page(stage: "lead", after: BoardCursor(enteredAt: last.enteredAt, id: last.id), limit: 10)
        #expect(second.map(\.id) == Array((6...15).reversed()).map(Int64.init))
        let head = try #require(second.first)
        let back = try store.page(stage: "lead", before: BoardCursor(enteredAt: head.enteredAt, id: head.id), limit: 3)
        #expect(back.map(\.id) == [18, 17, 16])
        #expect(try store.page(stage: "lead", before: nil, limit: 2).map(\.id) == [2, 1])
        #expect(try store.rank(stage: "lead", cursor: BoardCursor(enteredAt: head.enteredAt, id: head.id)) == 10)
    }

    @Test func aNewerSchemaIsRefusedWithAClearMessage() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        try store.setStoredSchemaVersion(999)
        do {
            _ = try board.open()
            Issue.record("expected an error")
        } catch let error as HandoffError {
            #expect(error.description.contains("newer Handoff"))
        }
    }

    @Test(.enabled(if: TemporaryBoard.onFile)) func aFileThatIsNotADatabaseIsNamed() throws {
        let board = TemporaryBoard()
        try Data(String(repeating: "not sqlite at all ", count: 200).utf8).write(to: URL(fileURLWithPath: board.path))
        do {
            _ = try board.open()
            Issue.record("expected an error")
        } catch let error as HandoffError {
            #expect(error.description.contains("is not a Handoff board: it is not an SQLite database file"))
        }
    }
}
