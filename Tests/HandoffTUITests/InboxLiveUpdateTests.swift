import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The inbox while other terminals answer and hand off leads: it reloads on the next tick, the
/// selection stays on the selected lead (or on its row when that lead left), and the window keeps
/// its place in the list.
@Suite struct InboxLiveUpdateTests {
    let now = TemporaryBoard.now

    /// Twelve handoffs a minute apart, lead 1 the oldest, and the inbox scrolled so that lead 8 is
    /// selected on the last row of a six-row window that starts at lead 3.
    func scrolledInbox(_ board: TemporaryBoard) throws -> AppRuntime {
        let store = try board.open()
        for id in 1...12 {
            let at = now - 3_600 + Int64(id) * 60
            try store.createLead(
                Lead(id: Int64(id), name: "Lead \(id)", stage: "mql", createdAt: at - 86_400, enteredAt: at), actor: "seed")
        }
        let app = AppRuntime(store: store, actor: "ben", width: 120, height: 12, now: now)
        app.send(.key(.character("2")))
        #expect(InboxLayout(width: 120, height: 12).rowsPerPage == 6)
        for _ in 0..<7 { app.send(.key(.character("j"))) }
        #expect(app.state.inbox.rows.map(\.lead.id) == [3, 4, 5, 6, 7, 8])
        #expect(app.state.inbox.selectedItem?.lead.id == 8 && app.state.inbox.selected == 5 && app.state.inbox.firstRank == 2)
        return app
    }

    func ids(_ app: AppRuntime) -> [Int64] { app.state.inbox.rows.map(\.lead.id) }

    @Test func anAnswerAboveTheWindowKeepsTheWindowAndTheSelection() throws {
        let board = TemporaryBoard()
        let app = try scrolledInbox(board)
        try board.open().apply(.accept(leadID: 1, owner: nil, expectedVersion: nil), actor: "ana", at: now)
        #expect(app.pollForChanges(now: now))
        #expect(ids(app) == [3, 4, 5, 6, 7, 8])
        #expect(app.state.inbox.selectedItem?.lead.id == 8 && app.state.inbox.selected == 5)
        #expect(app.state.inbox.firstRank == 1 && app.state.inbox.total == 11)
        #expect(app.render().text.contains("11 waiting"))
    }

    @Test func whenTheSelectedLeadIsAcceptedElsewhereTheNextTakesItsRow() throws {
        let board = TemporaryBoard()
        let app = try scrolledInbox(board)
        try board.open().apply(.accept(leadID: 8, owner: nil, expectedVersion: nil), actor: "ana", at: now)
        #expect(app.pollForChanges(now: now))
        #expect(ids(app) == [3, 4, 5, 6, 7, 9])
        #expect(app.state.inbox.selectedItem?.lead.id == 9 && app.state.inbox.selected == 5)
        #expect(app.state.status?.text.hasPrefix("Lead 8: ana ") == true)
        // The last lead of the inbox accepted while selected: the one above is selected.
        app.send(.key(.character("G")))
        #expect(app.state.inbox.selectedItem?.lead.id == 12)
        try board.open().apply(.accept(leadID: 12, owner: nil, expectedVersion: nil), actor: "ana", at: now)
        #expect(app.pollForChanges(now: now))
        #expect(app.state.inbox.selectedItem?.lead.id == 11 && !app.state.inbox.hasMoreBelow)
    }

    @Test func aNewHandoffAtTheEndChangesOnlyTheCounts() throws {
        let board = TemporaryBoard()
        let app = try scrolledInbox(board)
        try board.open().createLead(Lead(id: 13, name: "Lead 13", stage: "mql", createdAt: now - 600, enteredAt: now), actor: "marta")
        #expect(app.pollForChanges(now: now))
        #expect(ids(app) == [3, 4, 5, 6, 7, 8] && app.state.inbox.selectedItem?.lead.id == 8)
        #expect(app.state.inbox.total == 13 && app.state.inbox.firstRank == 2)
    }

    @Test func anOlderHandoffComingBackAboveKeepsTheSelectedLeadOnItsRow() throws {
        let board = TemporaryBoard()
        let app = try scrolledInbox(board)
        // Handed off between leads 4 and 5 (an undone answer puts a lead back where it was).
        let at = now - 3_600 + 4 * 60 + 30
        try board.open().createLead(Lead(id: 14, name: "Lead 14", stage: "mql", createdAt: at - 86_400, enteredAt: at), actor: "marta")
        #expect(app.pollForChanges(now: now))
        #expect(ids(app) == [4, 14, 5, 6, 7, 8])
        #expect(app.state.inbox.selectedItem?.lead.id == 8 && app.state.inbox.selected == 5)
        #expect(app.state.inbox.firstRank == 3 && app.state.inbox.total == 13)
        // Scrolling on from there is seamless.
        app.send(.key(.character("j")))
        #expect(ids(app) == [14, 5, 6, 7, 8, 9] && app.state.inbox.selectedItem?.lead.id == 9)
    }
}
