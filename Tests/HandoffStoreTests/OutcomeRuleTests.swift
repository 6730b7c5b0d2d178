import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Won needs an amount, lost and rejected a reason, whatever path a person takes: a plain move into
/// those stages is refused by the store itself, so no key, `:` line, palette entry or script can
/// write an outcome without what the figures need.
@Suite struct OutcomeRuleTests {
    let now = TemporaryBoard.now

    @Test func aPlainMoveIntoWonOrLostIsRefusedAndWritesNothing() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let before = try store.events(leadID: 4).count
        #expect(throws: HandoffError.self) {
            try store.apply(.move(leadID: 4, toStage: "won", expectedVersion: nil), actor: "ana", at: now)
        }
        #expect(throws: HandoffError.self) {
            try store.apply(.move(leadID: 4, toStage: "lost", expectedVersion: nil), actor: "ana", at: now)
        }
        #expect(throws: HandoffError.self) {
            try store.apply(.move(leadID: 3, toStage: "nurture", expectedVersion: nil), actor: "ana", at: now)
        }
        #expect(try store.lead(id: 4)?.stage == "proposal")
        #expect(try store.lead(id: 3)?.stage == "mql")
        #expect(try store.events(leadID: 4).count == before)
    }

    @Test func theRefusalNamesTheCommandThatAsksForWhatIsMissing() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        do {
            try store.apply(.move(leadID: 4, toStage: "won", expectedVersion: nil), actor: "ana", at: now)
            Issue.record("a move into won was accepted")
        } catch let error as HandoffError {
            #expect(error.message.description.contains("handoff won 4 --amount"))
        }
        do {
            try store.apply(.move(leadID: 4, toStage: "lost", expectedVersion: nil), actor: "ana", at: now)
            Issue.record("a move into lost was accepted")
        } catch let error as HandoffError {
            #expect(error.message.description.contains("handoff lost 4 --reason"))
        }
    }

    @Test func pipelineSaysWhatAMoveReallyIs() throws {
        let pipeline = Pipeline.standard
        let deal = Lead(id: 1, name: "Deal", stage: "negotiation", createdAt: 0, enteredAt: 0)
        let handedOff = Lead(id: 2, name: "Handed off", stage: "mql", createdAt: 0, enteredAt: 0)
        #expect(pipeline.intent(moving: deal, to: pipeline.stage("won")!) == .win)
        #expect(pipeline.intent(moving: deal, to: pipeline.stage("lost")!) == .lose)
        #expect(pipeline.intent(moving: deal, to: pipeline.stage("proposal")!) == .move)
        #expect(pipeline.intent(moving: handedOff, to: pipeline.stage("nurture")!) == .reject)
        #expect(pipeline.intent(moving: handedOff, to: pipeline.stage("sal")!) == .move)
    }
}
