import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Clicks and the wheel: hit-testing from the layout (pure), and what each does.
@Suite struct MouseTests {
    /// The inbox board plus 20 leads in "New lead", so the first column scrolls.
    func app(_ board: TemporaryBoard, width: Int = 120, height: Int = 30) throws -> AppRuntime {
        let store = try board.seedInboxBoard()
        for index in 0..<20 {
            let at = TemporaryBoard.now - 86_400 * 4 - Int64(index) * 60
            try store.createLead(
                Lead(id: Int64(100 + index), name: "Lead \(index)", stage: "lead", createdAt: at, enteredAt: at), actor: "marta")
        }
        return AppRuntime(
            store: store, actor: "ben", width: width, height: height, now: TemporaryBoard.now, options: AppOptions(mouse: true))
    }

    func click(_ app: AppRuntime, _ x: Int, _ y: Int, _ kind: MouseEvent.Kind = .press) {
        app.send(.mouse(MouseEvent(x: x, y: y, kind: kind)))
    }

    @Test func hitTestingFollowsTheLayout() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        let state = app.state
        // " Handoff " takes cells 0-8, " 1 Board " 9-17, " 2 Inbox " 18-26, " 3 Scoring " 27-37, " 4 Dashboard " 38-50,
        // " 5 Content " 51-61, " 6 Insights " 62-73.
        #expect(HitTest.target(x: 4, y: 0, in: state) == nil)
        #expect(HitTest.target(x: 9, y: 0, in: state) == .tab(.board))
        #expect(HitTest.target(x: 26, y: 0, in: state) == .tab(.inbox))
        #expect(HitTest.target(x: 27, y: 0, in: state) == .tab(.scoring))
        #expect(HitTest.target(x: 38, y: 0, in: state) == .tab(.dashboard))
        #expect(HitTest.target(x: 50, y: 0, in: state) == .tab(.dashboard))
        #expect(HitTest.target(x: 51, y: 0, in: state) == .tab(.content))
        #expect(HitTest.target(x: 73, y: 0, in: state) == .tab(.insights))
        #expect(HitTest.target(x: 74, y: 0, in: state) == nil)
        // Eight columns of 15 cells; cards of four lines from line 5; the MQL column (2) holds
        // Íñigo, Kofi and Marie, newest arrival first.
        #expect(HitTest.target(x: 31, y: 2, in: state) == .column(2))
        #expect(HitTest.target(x: 31, y: 5, in: state) == .card(column: 2, row: 0))
        #expect(HitTest.target(x: 44, y: 8, in: state) == .card(column: 2, row: 0))
        #expect(HitTest.target(x: 45, y: 13, in: state) == .column(3))
        #expect(HitTest.target(x: 31, y: 13, in: state) == .card(column: 2, row: 2))
        #expect(HitTest.target(x: 31, y: 17, in: state) == .column(2))
        // The message line and the status bar are nobody's.
        #expect(HitTest.target(x: 31, y: 28, in: state) == nil)
        #expect(HitTest.target(x: 200, y: 5, in: state) == nil)
    }

    @Test func aClickSelectsACardAndASecondOpensIt() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        click(app, 31, 10)
        #expect(app.state.selectedColumn == 2)
        #expect(app.state.selectedLead?.name == "Kofi Mensah")
        #expect(app.state.overlay == nil)
        click(app, 31, 10)
        guard case let .detail(detail)? = app.state.overlay else {
            Issue.record("no detail after the second click")
            return
        }
        #expect(detail.lead.name == "Kofi Mensah")
        // The wheel scrolls the detail; a click elsewhere does not close it by accident.
        click(app, 31, 10, .wheelDown)
        if case let .detail(scrolled)? = app.state.overlay { #expect(scrolled.scroll == 3) }
    }

    @Test func theWheelScrollsTheColumnUnderThePointer() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        click(app, 50, 6)
        #expect(app.state.selectedColumn == 3)
        // Twenty-two leads in "New lead"; five fit. The wheel moves its window, not the selection's column.
        click(app, 3, 6, .wheelDown)
        #expect(app.state.columns[0].firstRank == 3)
        #expect(app.state.selectedColumn == 3)
        #expect(app.render().lines[4].hasPrefix("─▲3"))
        click(app, 3, 6, .wheelUp)
        #expect(app.state.columns[0].firstRank == 0)
        click(app, 3, 6, .wheelUp)
        #expect(app.state.columns[0].firstRank == 0)
    }

    @Test func aClickOnATabSwitchesViewAndSelectsInboxRows() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        click(app, 20, 0)
        #expect(app.state.view == .inbox)
        #expect(HitTest.target(x: 10, y: 5, in: app.state) == .inboxRow(1))
        click(app, 10, 5)
        #expect(app.state.inbox.selectedItem?.lead.name == "Kofi Mensah")
        click(app, 10, 5)
        if case let .detail(detail)? = app.state.overlay { #expect(detail.lead.name == "Kofi Mensah") } else { Issue.record("no detail") }
        app.send(.key(.escape))
        click(app, 12, 0)
        #expect(app.state.view == .board)
    }

    @Test func aClickInThePaletteRunsThatAction() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.control("p")))
        for character in "inbox: hand" { app.send(.key(.character(character))) }
        // The palette's list starts three lines under its top border (line 1).
        #expect(HitTest.target(x: 30, y: 4, in: app.state) == .paletteRow(0))
        click(app, 30, 4)
        #expect(app.state.overlay == nil && app.state.view == .inbox)
    }
}
