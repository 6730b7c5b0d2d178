import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Wins celebrated on the board: one's own, another terminal's, in any view, for a few seconds,
/// and never on a screen opened with `--quiet`.
@Suite struct CelebrationTests {
    let now = TemporaryBoard.kpiWeekStart + 11 * 86_400 + 10 * 3_600

    @Test func aWinIsCelebratedInEveryViewForAFewSecondsUnlessQuiet() throws {
        let board = TemporaryBoard()
        try board.seedKPIBoard()
        let app = AppRuntime(store: try board.open(), actor: "ana", width: 120, height: 40, now: now)
        let quiet = AppRuntime(store: try board.open(), actor: "ben", width: 120, height: 40, now: now, options: AppOptions(quiet: true))
        app.send(.key(.character("4")))
        try board.open().apply(.won(leadID: 8, amount: 8_500, expectedVersion: nil), actor: "ben", at: now)
        #expect(app.pollForChanges(now: now) && quiet.pollForChanges(now: now))
        let shown = app.render().text
        #expect(shown.contains("WON: 8,500 EUR") && shown.contains("Gale · Lead 8") && shown.contains("Closed by Ben Okafor"), "\(shown)")
        #expect(shown.contains("DASHBOARD"), "over the view it was in")
        #expect(quiet.state.celebration == nil && !quiet.render().text.contains("WON: 8,500 EUR"))
        app.send(.tick(now: now + CelebrationBanner.seconds - 1))
        #expect(app.render().text.contains("WON: 8,500 EUR"))
        app.send(.tick(now: now + CelebrationBanner.seconds))
        #expect(app.state.celebration == nil && !app.render().text.contains("WON: 8,500 EUR"))
        // An undone win is no win: nothing new to celebrate.
        try board.open().apply(.undo, actor: "ben", at: now + 10)
        #expect(app.pollForChanges(now: now + 10))
        #expect(app.state.celebration == nil)
    }
}
