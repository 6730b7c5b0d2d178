import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Drives the real binary in a real (tmux) terminal, as a user would.
@Suite struct BoardEndToEndTests {
    @Test func movingACardWithTheKeyboardIsStoredWithOneEvent() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let eventsBefore = try board.open().eventCount()
        // Lucía is in marketing, whose team hands leads off (Nurturing to MQL).
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path, "--as", "lucia"], width: 120, height: 40)
        #expect(try session.waitFor { $0.contains("MARKETING") && $0.contains("leads") }.matched)

        try session.send("l")
        try session.send("j")
        // The second card of the Nurturing column is the one that will move.
        let store = try board.open(readOnly: true)
        let nurture = try store.page(stage: "nurture", after: nil, limit: 2)
        let moving = try #require(nurture.last)
        try session.send("L")
        let moved = try session.waitFor { $0.contains("Moved \(moving.name) to MQL, handed off") }
        #expect(moved.matched, "screen was:\n\(moved.screen)")

        let after = try board.open(readOnly: true)
        #expect(try after.lead(id: moving.id)?.stage == "mql")
        #expect(try after.eventCount() == eventsBefore + 1)
        let event = try #require(try after.events(leadID: moving.id).first)
        #expect(event.actor == "lucia" && event.fromStage == "nurture" && event.toStage == "mql")

        try session.send("q")
        #expect(try session.waitUntilDead())
    }

    /// One signal ends the board, on the debug build and on the release build users install.
    @Test(arguments: HandoffBinary.shippedBuilds) func quitSignalsRestoreTheTerminal(binary: String) throws {
        try HandoffBinary.requireBuilt(binary)
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        for stop in ["C-c", "C-\\", "TERM", "HUP"] {
            let marker = board.folder + "/stty-\(stop)"
            // Ctrl-C and Ctrl-\ interrupt the whole foreground group; the trap keeps the shell alive
            // (as an interactive shell would be) to record the modes the board left behind.
            let script = "trap : INT QUIT; '\(binary)' --db '\(board.path)'; stty -a > '\(marker)'"
            let session = try TmuxSession(command: ["sh", "-c", script])
            #expect(try session.waitFor { $0.contains("MARKETING") }.matched)
            if stop.hasPrefix("C-") {
                try session.send(stop)
            } else {
                let pids = try session.tmux(["list-panes", "-t", "0", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
                let child = Process()
                child.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
                child.arguments = ["-\(stop)", "-P", pids]
                try child.run()
                child.waitUntilExit()
            }
            #expect(try session.waitUntilDead(), "the board did not exit on \(stop)")
            let modes = (try? String(contentsOfFile: marker, encoding: .utf8)) ?? ""
            #expect(modes.contains(" icanon") && modes.contains(" echo"), "terminal modes after \(stop): \(modes)")
        }
    }

    @Test func resizingRedrawsAtTheNewSize() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path], width: 120, height: 40)
        #expect(try session.waitFor { $0.contains("MARKETING") }.matched)
        try session.tmux(["resize-window", "-t", "0", "-x", "30", "-y", "8"])
        #expect(try session.waitFor { $0.contains("Terminal too small") }.matched)
        try session.tmux(["resize-window", "-t", "0", "-x", "160", "-y", "45"])
        let wide = try session.waitFor { $0.contains("Won, customer") && !$0.contains("too small") }
        #expect(wide.matched, "screen was:\n\(wide.screen)")
        try session.send("q")
        #expect(try session.waitUntilDead())
    }
}
