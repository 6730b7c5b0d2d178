import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// When someone else changed a lead while a person was typing about it, what they typed is kept:
/// the form stays open, says what changed, and Enter applies it to the lead as it is now.
@Suite struct ConflictFormTests {
    let now = TemporaryBoard.now

    @Test func anEditThatCameSecondKeepsItsFormAndAppliesOnTheNewVersion() throws {
        let board = TemporaryBoard()
        let ana = AppRuntime(store: try board.seedInboxBoard(), actor: "ana", width: 160, height: 40, now: now)
        for _ in 0..<5 { ana.send(.key(.character("l"))) }
        #expect(ana.state.selectedLead?.id == 4)
        ana.send(.key(.character("e")))
        // To the value field: name, company, email, phone, source, campaign, value.
        for _ in 0..<6 { ana.send(.key(.tab)) }
        ana.type("15000")
        // Ben moves the deal on while Ana types.
        try board.open().apply(.move(leadID: 4, toStage: "negotiation", expectedVersion: nil), actor: "ben", at: now)
        ana.send(.key(.enter))
        let kept = try #require(ana.form, "the form closed and Ana's typing was lost")
        #expect(kept.value("value") == "15000")
        #expect(kept.message?.contains("Ben Okafor") == true)
        #expect(kept.message?.contains("Negotiation") == true)
        #expect(try board.open().lead(id: 4)?.value == 18_500)
        ana.send(.key(.enter))
        #expect(ana.state.overlay == nil)
        let lead = try #require(try board.open().lead(id: 4))
        #expect(lead.value == 15_000)
        #expect(lead.stage == "negotiation")
    }

    @Test func aConflictNoticeIsDroppedOnceTheLeadChangesAgain() throws {
        let board = TemporaryBoard()
        let ana = AppRuntime(store: try board.seedInboxBoard(), actor: "ana", width: 160, height: 40, now: now)
        for _ in 0..<5 { ana.send(.key(.character("l"))) }
        try board.open().apply(.move(leadID: 4, toStage: "negotiation", expectedVersion: nil), actor: "ben", at: now)
        ana.send(.key(.character("H")))
        #expect(ana.state.status?.text.contains("now in Negotiation") == true)
        // Ben takes it back to Proposal: "now in Negotiation" is no longer true.
        ana.send(.key(.character("h")))
        try board.open().apply(.move(leadID: 4, toStage: "proposal", expectedVersion: nil), actor: "ben", at: now)
        #expect(ana.pollForChanges(now: now))
        #expect(ana.state.status?.text.contains("now in Negotiation") != true)
    }
}
