import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Board administration seen on an open board in a real (tmux) terminal: a stage renamed from the command
/// line shows in the column header at once, and an action item is ticked off in the meeting.
@Suite struct BoardAdminEndToEndTests {
    @Test func aRenamedStageShowsAtOnceAndAnActionItemIsTickedOffInTheMeeting() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let open = try board.open(readOnly: true).allActionItems(openOnly: true)
        try #require(open.count >= 2)
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path, "--as", "elena"], width: 120, height: 40)
        #expect(try session.waitFor(timeout: 20) { $0.contains("MARKETING") && $0.contains("New lead") }.matched)
        let renamed = try HandoffBinary.run(["stage", "rename", "lead", "Nuevo lead", "--db", board.path, "--as", "elena"])
        #expect(renamed.status == 0, "\(renamed.error)")
        let header = try session.waitFor(timeout: 20) { $0.contains("Nuevo lead") && !$0.contains("New lead") }
        #expect(header.matched, "screen was:\n\(header.screen)")

        try session.send("m")
        let agenda = try session.waitFor(timeout: 20) { $0.contains("#\(open[0].id) ") && $0.contains("t done") }
        #expect(agenda.matched, "screen was:\n\(agenda.screen)")
        try session.send("t")
        #expect(try session.waitFor(timeout: 20) { $0.contains("Mark an action item done") }.matched)
        try session.send("Enter")
        let done = try session.waitFor(timeout: 20) { $0.contains("Done: #\(open[0].id) ") }
        #expect(done.matched, "screen was:\n\(done.screen)")
        #expect(try board.open(readOnly: true).actionItem(id: open[0].id)?.doneBy == "elena")
        try session.send("q")
        try session.send("q")
        #expect(try session.waitUntilDead(timeout: 20))
    }
}
