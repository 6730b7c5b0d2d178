import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// What the board shows after the person's own change: every header equals the store, and the
/// selection sits on the lead the change was about, so the next key acts on the lead they chose.
@Suite struct ScreenTruthTests {
    /// Keys as a person types them: letters one by one, `⏎` for Enter.

    private func column(_ stage: String, of app: AppRuntime) -> Int {
        app.state.columns.firstIndex { $0.stage.id == stage }!
    }

    private func select(column stage: String, row: Int, in app: AppRuntime) {
        let target = column(stage, of: app)
        while app.state.selectedColumn < target { app.type("l") }
        while app.state.selectedColumn > target { app.type("h") }
        app.type("g")
        for _ in 0..<row { app.type("j") }
    }

    @Test func afterMovingALeadBothColumnsShowTheStoresTotals() throws {
        let board = try TemporaryBoard.withDemoData()
        let app = AppRuntime(store: try board.open(), actor: "tom", width: 160, height: 40)
        select(column: "sql", row: 0, in: app)
        app.type("L")
        #expect(app.state.status?.tone == .success)
        #expect(BoardTruth.mismatches(app, store: try board.open()) == [])
    }

    @Test func afterWinningADealTheWonColumnShowsTheStoresTotal() throws {
        let board = try TemporaryBoard.withDemoData()
        let app = AppRuntime(store: try board.open(), actor: "tom", width: 160, height: 40)
        select(column: "negotiation", row: 1, in: app)
        app.type("w⏎")
        #expect(app.state.status?.tone == .success)
        #expect(BoardTruth.mismatches(app, store: try board.open()) == [])
    }

    @Test func undoingALossSelectsTheRestoredLead() throws {
        let board = try TemporaryBoard.withDemoData()
        let app = AppRuntime(store: try board.open(), actor: "tom", width: 160, height: 40)
        select(column: "negotiation", row: 3, in: app)
        let chosen = try #require(app.state.selectedLead)
        app.send(.key(.character("o")))
        app.send(.key(.right))
        app.send(.key(.enter))
        #expect(try board.open().lead(id: chosen.id)?.stage == "lost")
        app.type("u")
        #expect(try board.open().lead(id: chosen.id)?.stage == "negotiation")
        #expect(app.state.selectedLead?.id == chosen.id)
        #expect(BoardTruth.mismatches(app, store: try board.open()) == [])
        // The timeline says what was taken back in words, not a kind pasted in.
        app.send(.key(.enter))
        #expect(app.render().text.contains("(undid the loss)"))
    }

    @Test func undoingAMoveSelectsTheLeadBackWhereItWas() throws {
        let board = try TemporaryBoard.withDemoData()
        let app = AppRuntime(store: try board.open(), actor: "tom", width: 160, height: 40)
        select(column: "proposal", row: 2, in: app)
        let chosen = try #require(app.state.selectedLead)
        app.type("L")
        #expect(app.state.selectedLead?.id == chosen.id)
        app.type("u")
        #expect(app.state.columns[app.state.selectedColumn].stage.id == "proposal")
        #expect(app.state.selectedLead?.id == chosen.id)
        app.send(.key(.control("r")))
        #expect(app.state.columns[app.state.selectedColumn].stage.id == "negotiation")
        #expect(app.state.selectedLead?.id == chosen.id)
        #expect(BoardTruth.mismatches(app, store: try board.open()) == [])
    }

    @Test func movingADealIntoWonAsksForTheAmountOnEveryPath() throws {
        let board = try TemporaryBoard.withDemoData()
        let app = AppRuntime(store: try board.open(), actor: "tom", width: 160, height: 40)
        select(column: "negotiation", row: 0, in: app)
        let chosen = try #require(app.state.selectedLead)
        app.type("L")
        guard case let .form(byKey) = app.state.overlay, case .won = byKey.purpose else {
            Issue.record("L into Won did not ask for the amount")
            return
        }
        app.send(.key(.escape))
        app.type(":move won⏎")
        guard case let .form(byLine) = app.state.overlay, case .won = byLine.purpose else {
            Issue.record(":move won did not ask for the amount")
            return
        }
        app.send(.key(.escape))
        app.type(":move lost⏎")
        guard case let .form(lost) = app.state.overlay, case .lost = lost.purpose else {
            Issue.record(":move lost did not ask for the reason")
            return
        }
        app.send(.key(.escape))
        #expect(try board.open().lead(id: chosen.id)?.stage == "negotiation")
    }

    @Test func movingAHandedOffLeadBackAsksForTheRejectReason() throws {
        let board = try TemporaryBoard.withDemoData()
        let app = AppRuntime(store: try board.open(), actor: "tom", width: 160, height: 40)
        select(column: "mql", row: 0, in: app)
        app.type(":move nurture⏎")
        guard case let .form(form) = app.state.overlay, case .reject = form.purpose else {
            Issue.record(":move nurture from the handoff did not ask for a reason")
            return
        }
    }
}
