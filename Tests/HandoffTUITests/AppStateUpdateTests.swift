import HandoffCore
import HandoffStore
import HandoffTUI
import Testing

/// `AppState.update` alone, with no store: a key or a result in, the state and the effects asked of
/// the runtime out. What the board does is decided here; the runtime only carries it out.
@Suite struct AppStateUpdateTests {
    static let now: Int64 = 1_795_176_000

    /// A board in memory: two leads in Proposal, one in Negotiation, the second Proposal card with
    /// more below it.
    func state() -> AppState {
        var state = AppState(
            pipeline: .standard, width: 160, height: 40, now: AppStateUpdateTests.now, databaseName: "board.db", user: "ana")
        func lead(_ id: Int64, _ name: String, _ stage: String, value: Double? = nil, version: Int = 1) -> Lead {
            Lead(id: id, name: name, stage: stage, value: value, createdAt: 0, enteredAt: 0, version: version)
        }
        let proposal = state.columns.firstIndex { $0.stage.id == "proposal" }!
        let negotiation = state.columns.firstIndex { $0.stage.id == "negotiation" }!
        state.columns[proposal].rows = [lead(4, "Sarah O'Neill", "proposal", value: 18_500, version: 3), lead(9, "Ben Ruiz", "proposal")]
        state.columns[proposal].total = StageTotal(leads: 5, value: 18_500)
        state.columns[negotiation].rows = [lead(7, "Kofi Mensah", "negotiation", value: 9_000)]
        state.columns[negotiation].total = StageTotal(leads: 1, value: 9_000)
        state.selectedColumn = proposal
        return state
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        keys.flatMap { state.update(.key($0 == "⏎" ? .enter : .character($0))) }
    }

    @Test func lMovesTheSelectedLeadWithTheVersionThePersonSaw() {
        var state = state()
        #expect(
            send("L", to: &state) == [
                .run(.move(leadID: 4, toStage: "negotiation", expectedVersion: 3), successMessage: "Moved Sarah O'Neill to Negotiation")
            ])
        // Nothing changes on screen before the store has answered.
        #expect(state.selectedLead?.id == 4)
    }

    @Test func lIntoWonAsksForTheAmountAndSendsNothing() {
        var state = state()
        state.selectedColumn += 1
        #expect(send("L", to: &state) == [])
        guard case let .form(form) = state.overlay, case let .won(lead) = form.purpose else {
            Issue.record("no won form")
            return
        }
        #expect(lead.id == 7)
        #expect(form.value("amount") == "9000")
        #expect(
            send("12k⏎", to: &state) == [
                .run(.won(leadID: 7, amount: 12_000, expectedVersion: 1), successMessage: "Won Kofi Mensah: 12,000 EUR")
            ])
        #expect(state.overlay == nil)
    }

    @Test func jStaysInTheWindowUntilItsEndThenAsksForTheNextRow() {
        var state = state()
        #expect(send("j", to: &state) == [])
        #expect(state.selectedLead?.id == 9)
        #expect(send("j", to: &state) == [.scroll(column: state.selectedColumn, delta: 1, select: .last)])
    }

    @Test func aChangeThatLandedReloadsFollowingItsLead() {
        var state = state()
        let event = LeadEvent(
            id: 40, leadID: 4, at: AppStateUpdateTests.now, actor: "ana", kind: EventKind.moved, fromStage: "proposal",
            toStage: "negotiation")
        #expect(
            state.update(
                .commandSucceeded(
                    .move(leadID: 4, toStage: "negotiation", expectedVersion: 3), event, leadName: "Sarah O'Neill",
                    message: "Moved Sarah O'Neill to Negotiation")) == [.reloadColumns(following: 4)])
        #expect(state.status == StatusMessage("Moved Sarah O'Neill to Negotiation", tone: .success))
    }

    @Test func undoSaysWhatItTookBackFromTheEvent() {
        var state = state()
        let undone = LeadEvent(
            id: 41, leadID: 4, at: AppStateUpdateTests.now, actor: "ana", kind: EventKind.undone, fromStage: "negotiation",
            toStage: "proposal", detail: EventKind.moved)
        _ = state.update(.commandSucceeded(.undo, undone, leadName: "Sarah O'Neill", message: "Undone"))
        #expect(state.status?.text == "Undone: the move of Sarah O'Neill to Negotiation; back in Proposal (Ctrl-R redoes it)")
    }

    @Test func undoAndRedoAskTheStore() {
        var state = state()
        #expect(send("u", to: &state) == [.run(.undo, successMessage: "Undone")])
        #expect(state.update(.key(.control("r"))) == [.run(.redo, successMessage: "Redone")])
    }

    @Test func aConflictGivesTheFormBackOnTheNewVersion() {
        var state = state()
        _ = send("w", to: &state)
        _ = state.update(.key(.control("u")))
        _ = send("15000⏎", to: &state)
        let conflict = LeadConflict(
            leadID: 4, leadName: "Sarah O'Neill", changedBy: "Ben Okafor", secondsAgo: 5, change: "moved it to Negotiation",
            state: "now in Negotiation, owner ben", version: 4)
        #expect(state.update(.commandFailed(.conflict(conflict))) == [.reloadColumns()])
        guard case let .form(form) = state.overlay, case let .won(lead) = form.purpose else {
            Issue.record("the form did not come back")
            return
        }
        #expect(form.value("amount") == "15000")
        #expect(lead.version == 4)
        #expect(
            send("⏎", to: &state) == [
                .run(.won(leadID: 4, amount: 15_000, expectedVersion: 4), successMessage: "Won Sarah O'Neill: 15,000 EUR")
            ])
    }

    @Test func qQuitsFromTheBoardButEscNever() {
        var state = state()
        #expect(state.update(.key(.escape)) == [])
        #expect(!state.shouldQuit)
        #expect(send("q", to: &state) == [.quit])
        #expect(state.shouldQuit)
    }

    @Test func switchingToTheInboxReadsIt() {
        var state = state()
        #expect(send("2", to: &state) == [.reloadInbox, .loadFeedback])
        #expect(state.view == .inbox)
    }
}
