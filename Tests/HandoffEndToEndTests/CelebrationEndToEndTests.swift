import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// A deal won from another process is celebrated on every open board and meeting screen, the
/// real binary in tmux: the deal, the amount, the marketer and campaign that sourced it, the rep
/// who closed it, for a few seconds; a screen opened with `--quiet` shows nothing.
@Suite struct CelebrationEndToEndTests {
    @Test func aWinFromAnotherProcessIsCelebratedOnEveryOpenScreen() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        // Gale's proposal came from lucia's spring webinar; ben owns it.
        var draft = LeadDraft(lead: try store.requireLead(id: 8))
        draft.campaign = "spring"
        draft.owner = "ben"
        try store.apply(.edit(leadID: 8, draft, expectedVersion: nil), actor: "elena", at: Timestamp.now() - 60)
        let binary = HandoffBinary.path
        let screens = [
            ("board", try TmuxSession(command: [binary, "--db", board.path], width: 120, height: 40)),
            ("meeting", try TmuxSession(command: [binary, "meeting", "--db", board.path], width: 100, height: 30)),
            ("follower", try TmuxSession(command: [binary, "meeting", "--follow", "--large", "--db", board.path], width: 80, height: 24)),
        ]
        let quiet = try TmuxSession(command: [binary, "--quiet", "--db", board.path], width: 120, height: 40)
        for (name, screen) in screens + [("quiet", quiet)] {
            #expect(try screen.waitFor { $0.contains("Handoff") || $0.contains("WEEKLY MEETING") }.matched, "\(name) did not open")
        }
        let won = try HandoffBinary.run(["won", "8", "--amount", "9000", "--db", board.path], as: "ben")
        #expect(won.status == 0, "\(won.error)")
        for (name, screen) in screens {
            let shown = try screen.waitFor(timeout: 3) { $0.contains("WON: 9,000 EUR") && $0.contains("Closed by Ben Okafor") }
            #expect(shown.matched, "\(name):\n\(shown.screen)")
            #expect(
                shown.screen.contains("Gale · Lead 8") && shown.screen.contains("Sourced by Lucía Fernández (campaign Spring webinar)"),
                "\(name)")
        }
        #expect(try !quiet.capture().contains("WON: 9,000 EUR"))
        // A few seconds later the boards are as they were, with the deal in Won.
        let board120 = screens[0].1
        let gone = try board120.waitFor(timeout: 10) { !$0.contains("WON: 9,000 EUR") }
        #expect(gone.matched && gone.screen.contains("Won, customer"))
    }
}
