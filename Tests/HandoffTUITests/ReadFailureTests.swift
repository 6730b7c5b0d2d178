import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// A read that fails (the board busy, a file in trouble) never replaces what is on screen with
/// nothing, and a change known but not yet read is read again on the next tick.
@Suite struct ReadFailureTests {
    let now = TemporaryBoard.now

    @Test func aFailedRefreshKeepsTheLastGoodBoardAndIsRetried() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedSmallBoard(), actor: "ana", width: 160, height: 40, now: now)
        #expect(app.state.totalLeads == 5)
        // Another process changes the board while the column totals cannot be read.
        let other = try board.open()
        try other.connection.execute("ALTER TABLE stage_totals RENAME TO stage_totals_away")
        try other.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "ana", at: now)
        app.pollForChanges(now: now)
        #expect(app.state.totalLeads == 5)
        #expect(!app.render().text.contains("This board is empty"))
        #expect(app.state.columns.first { $0.stage.id == "lead" }?.total.leads == 2)
        #expect(app.state.status?.tone == .error)
        // Still failing: tried again, still showing the last good board.
        #expect(app.pollForChanges(now: now) == false)
        #expect(app.state.totalLeads == 5)
        try other.connection.execute("ALTER TABLE stage_totals_away RENAME TO stage_totals")
        app.pollForChanges(now: now)
        #expect(BoardTruth.mismatches(app, store: other) == [])
        #expect(app.state.columns.first { $0.stage.id == "nurture" }?.total.leads == 1)
        #expect(app.state.status?.tone != .error)
    }

    @Test func aChangeThatCouldNotBeReadStaysPendingUntilItIs() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedSmallBoard(), actor: "ana", width: 160, height: 40, now: now)
        let other = try board.open()
        try other.connection.execute("ALTER TABLE stage_totals RENAME TO stage_totals_away")
        try other.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "ana", at: now)
        app.pollForChanges(now: now)
        #expect(app.hasChangesToRead)
        try other.connection.execute("ALTER TABLE stage_totals_away RENAME TO stage_totals")
        app.pollForChanges(now: now)
        #expect(!app.hasChangesToRead)
        #expect(BoardTruth.mismatches(app, store: other) == [])
    }
}
