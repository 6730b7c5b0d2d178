import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Undo restores the lead exactly and is itself an event; redo repeats the action; neither ever
/// overwrites someone else's later change.
@Suite struct UndoStoreTests {
    let now = TemporaryBoard.now

    @Test func undoRestoresTheLeadAndRecordsAnEventThatNamesWhatItUndid() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let original = try #require(try store.lead(id: 3))
        let accepted = try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: nil), actor: "ben", at: now)
        let events = try store.eventCount()
        let undone = try store.apply(.undo, actor: "ben", at: now + 60)
        #expect(try store.eventCount() == events + 1)
        #expect(undone.kind == "undone" && undone.detail == "accepted" && undone.reverts == accepted.id)
        #expect(undone.fromStage == "sal" && undone.toStage == "mql" && undone.actor == "ben" && undone.at == now + 60)
        var restored = try #require(try store.lead(id: 3))
        #expect(restored.version == 3)
        restored.version = original.version
        #expect(restored == original)
        #expect(try store.stageTotals()["mql"]?.leads == 3)
    }

    @Test func redoRepeatsTheUndoneActionAndANewActionClearsRedo() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let rejected = try store.apply(
            .reject(leadID: 6, reason: "student", comment: "thesis project", expectedVersion: nil), actor: "ben", at: now)
        try store.apply(.won(leadID: 4, amount: 18_500, expectedVersion: nil), actor: "ben", at: now + 1)
        // Undo the win, then the rejection: last in, first out.
        #expect(try store.apply(.undo, actor: "ben", at: now + 2).detail == "won")
        #expect(try store.apply(.undo, actor: "ben", at: now + 3).detail == "rejected")
        #expect(try store.lead(id: 6)?.stage == "mql" && store.lead(id: 4)?.stage == "proposal")
        // Redo brings back the rejection first, with its reason, then the win.
        let redone = try store.apply(.redo, actor: "ben", at: now + 4)
        #expect(redone.kind == "rejected" && redone.detail == "student: thesis project" && redone.leadID == 6 && redone.reverts != nil)
        #expect(try store.lead(id: 6)?.stage == "nurture")
        #expect(try store.apply(.redo, actor: "ben", at: now + 5).kind == "won")
        #expect(try store.lead(id: 4)?.stage == "won")
        #expect(throws: HandoffError.invalidInput("nothing to redo: ben has undone nothing since their last change")) {
            try store.apply(.redo, actor: "ben", at: now + 6)
        }
        // Undo once more, then do something new: the undone win can no longer be redone.
        try store.apply(.undo, actor: "ben", at: now + 7)
        try store.apply(.accept(leadID: 7, owner: nil, expectedVersion: nil), actor: "ben", at: now + 8)
        #expect(throws: HandoffError.self) { try store.apply(.redo, actor: "ben", at: now + 9) }
        // The rejection event itself is untouched: the log only grows.
        #expect(try store.events(leadID: 6).contains(rejected))
    }

    @Test func eachUserUndoesOnlyTheirOwnActions() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: nil), actor: "ana", at: now)
        try store.apply(.accept(leadID: 7, owner: nil, expectedVersion: nil), actor: "ben", at: now + 1)
        let undone = try store.apply(.undo, actor: "ana", at: now + 2)
        #expect(undone.leadID == 3)
        #expect(try store.lead(id: 7)?.stage == "sal")
        #expect(throws: HandoffError.invalidInput("nothing to undo: ana has no change left that can be undone (notes and new leads stay)"))
        {
            try store.apply(.undo, actor: "ana", at: now + 3)
        }
    }

    @Test func undoNeverOverwritesSomeoneElsesLaterChange() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: nil), actor: "ben", at: now)
        try store.apply(.move(leadID: 3, toStage: "sql", expectedVersion: nil), actor: "ana", at: now + 1)
        let events = try store.eventCount()
        #expect(throws: HandoffError.invalidInput("cannot undo: lead 3 (Íñigo Muñoz) was changed by Ana López since; nothing was changed"))
        {
            try store.apply(.undo, actor: "ben", at: now + 2)
        }
        #expect(try store.eventCount() == events)
        #expect(try store.lead(id: 3)?.stage == "sql")
    }

    @Test func aBulkActionIsAllOrNothingAndOneUndoRevertsIt() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let events = try store.eventCount()
        // Lead 7 is at version 1; claiming 5 makes the whole batch refuse.
        // Marta (a member: her name is shown) created it on Wednesday 09:00 minus 4 days; `now` is
        // Friday 12:00, 6 days and 3 hours later.
        #expect(
            throws: HandoffError.conflict(
                LeadConflict(
                    leadID: 7, leadName: "Kofi Mensah", changedBy: "Marta Ruiz", secondsAgo: 529_200,
                    change: "created it", state: "now in MQL, handed off, owner ben", version: 1))
        ) {
            try store.apply(
                .batch([.accept(leadID: 6, owner: nil, expectedVersion: 1), .accept(leadID: 7, owner: nil, expectedVersion: 5)]),
                actor: "ben", at: now)
        }
        #expect(try store.eventCount() == events)
        #expect(try store.lead(id: 6)?.stage == "mql")

        try store.apply(
            .batch([
                .reject(leadID: 6, reason: "not_target", comment: "", expectedVersion: 1),
                .reject(leadID: 7, reason: "not_target", comment: "", expectedVersion: 1),
            ]), actor: "ben", at: now)
        #expect(try store.eventCount() == events + 2)
        try store.apply(.undo, actor: "ben", at: now + 1)
        #expect(try store.eventCount() == events + 4)
        #expect(try store.lead(id: 6)?.stage == "mql" && store.lead(id: 7)?.stage == "mql")
        #expect(try store.lead(id: 7)?.owner == "ben")
        try store.apply(.redo, actor: "ben", at: now + 2)
        #expect(try store.lead(id: 6)?.stage == "nurture" && store.lead(id: 7)?.stage == "nurture")
    }

    @Test func editsAndMovesAreUndoneToo() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        try store.apply(
            .edit(leadID: 2, LeadDraft(name: "Tom Baker", company: "Brightwave Ltd"), expectedVersion: nil), actor: "marta", at: now)
        try store.apply(.move(leadID: 2, toStage: "nurture", expectedVersion: nil), actor: "marta", at: now + 1)
        #expect(try store.apply(.undo, actor: "marta", at: now + 2).detail == "moved")
        #expect(try store.apply(.undo, actor: "marta", at: now + 3).detail == "edited")
        let lead = try #require(try store.lead(id: 2))
        #expect(lead.company == "Brightwave" && lead.stage == "lead" && lead.enteredAt == now - 3 * 86_400)
    }
}
