import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Whatever ends or interrupts the board, the user's terminal is left as it was: a crash, a closed
/// window, Ctrl-Z and `fg`, a storm of resizes.
@Suite struct TerminalRobustnessTests {
    /// The modes `stty -a` reported, once the file has them.
    func modes(in file: String, timeout: Double = 20) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: file, encoding: .utf8), text.contains("speed") { return text }
            usleep(50_000)
        }
        return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }

    func isCooked(_ modes: String) -> Bool { modes.contains(" icanon") && modes.contains(" echo ") }

    /// A Swift runtime trap, abort() and a segmentation fault each restore the tty modes and leave
    /// the alternate screen before the process dies of its signal, and the crash message that went
    /// to stderr meanwhile is shown on the restored screen.
    @Test(arguments: HandoffBinary.shippedBuilds) func aCrashRestoresTheTerminalAndShowsWhy(binary: String) throws {
        try HandoffBinary.requireBuilt(binary)
        let board = try TemporaryBoard.withDemoData()
        for (mode, status) in [("trap", 128 + SIGILL), ("abort", 128 + SIGABRT), ("segv", 128 + SIGSEGV)] {
            let marker = board.folder + "/stty-\(mode)"
            // The shell stays (sleep) until the screen has been read: once every process has let go of
            // the pty, Linux may drop what tmux has not read yet, and a loaded machine then showed half a
            // frame with the program's last bytes (leaving the alternate screen) lost on the way.
            let script =
                "ulimit -c 0; HANDOFF_DEBUG_TRAP=\(mode) '\(binary)' --db '\(board.path)'; echo \"exit=$?\" > '\(marker)'; stty -a >> '\(marker)'; sleep 60"
            let session = try TmuxSession(command: ["sh", "-c", script])
            let after = modes(in: marker)
            #expect(after.contains("exit=\(status)"), "\(mode): \(after)")
            #expect(isCooked(after), "\(mode) left the terminal raw: \(after)")
            // tmux may still be reading the last bytes the board wrote: poll.
            let left = try session.waitFor(timeout: 20) { !$0.contains("MARKETING") }
            #expect(left.matched, "\(mode): the alternate screen was not left:\n\(left.screen)")
            if mode == "trap" {
                let told = try session.waitFor(timeout: 20) { $0.contains("Fatal error: HANDOFF_DEBUG_TRAP") }
                #expect(told.matched, "the crash message was lost:\n\(told.screen)")
            }
        }
    }

    /// The check above can fail: SIGKILL, which no handler sees, leaves the terminal raw.
    @Test func aKillNoHandlerSeesLeavesTheTerminalRaw() throws {
        let board = try TemporaryBoard.withDemoData()
        let marker = board.folder + "/stty-kill"
        let script = "'\(HandoffBinary.path)' --db '\(board.path)'; stty -a > '\(marker)'"
        let session = try TmuxSession(command: ["sh", "-c", script])
        #expect(try session.waitFor(timeout: 20) { $0.contains("MARKETING") }.matched)
        let shell = try #require(try session.panePID())
        let program = try #require(TerminalRobustnessTests.child(of: shell))
        kill(program, SIGKILL)
        let after = modes(in: marker)
        #expect(after.contains("-icanon") && after.contains("-echo"), "\(after)")
    }

    /// Closing the window: the board ends (it must not spin on a terminal that is gone), whether
    /// the hangup signal reaches it or not; the board it had open is sound.
    @Test(arguments: HandoffBinary.shippedBuilds) func closingTheWindowEndsTheBoard(binary: String) throws {
        try HandoffBinary.requireBuilt(binary)
        let board = try TemporaryBoard.withDemoData()
        for ownSession in [false, true] {
            let pidFile = board.folder + "/pid-\(ownSession)"
            // In a session of its own the board gets no SIGHUP when the terminal closes: only the
            // terminal's hangup tells it.
            let start = "echo $$ > '\(pidFile)'; exec '\(binary)' --db '\(board.path)'"
            let command = ownSession ? ["setsid", "-w", "sh", "-c", start] : ["sh", "-c", start]
            let session = try TmuxSession(command: command)
            #expect(try session.waitFor(timeout: 20) { $0.contains("MARKETING") }.matched)
            let pid = try #require(
                pid_t((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
            try session.tmux(["kill-server"])
            let deadline = Date().addingTimeInterval(20)
            while TerminalRobustnessTests.isRunning(pid) && Date() < deadline { usleep(50_000) }
            #expect(!TerminalRobustnessTests.isRunning(pid), "the board (own session: \(ownSession)) still runs after its window closed")
            if TerminalRobustnessTests.isRunning(pid) { kill(pid, SIGKILL) }
        }
        #expect(BoardAudit.soundness(path: board.path).isEmpty)
    }

    /// Ctrl-Z gives the shell back with the terminal in its normal modes; `fg` redraws the board.
    /// The shell is dash, which (unlike bash) does not put back modes a stopped job left behind.
    @Test(arguments: HandoffBinary.shippedBuilds) func ctrlZSuspendsAndFgRedraws(binary: String) throws {
        try HandoffBinary.requireBuilt(binary)
        let board = try TemporaryBoard.withDemoData()
        let marker = board.folder + "/stty-suspended"
        let session = try TmuxSession(command: ["sh", "-i"], environment: ["PS1": "READY$ "])
        #expect(try session.waitFor(timeout: 20) { $0.contains("READY$") }.matched)
        try session.type("'\(binary)' --db '\(board.path)' --as tom")
        try session.send("Enter")
        let expected = AppRuntime(store: try board.open(), actor: "tom", width: 120, height: 40)
        #expect(try session.waitUntilShowing(expected).matched)
        try session.send("C-z")
        #expect(try session.waitFor(timeout: 20) { $0.contains("Stopped") }.matched)
        try session.type("stty -a > '\(marker)'")
        try session.send("Enter")
        #expect(isCooked(modes(in: marker)), "suspended with the terminal raw: \(modes(in: marker))")
        try session.type("fg")
        try session.send("Enter")
        let redrawn = try session.waitUntilShowing(expected)
        #expect(redrawn.matched, "after fg:\n\(redrawn.screen)")
        try session.send("q")
        let prompt = try session.waitFor(timeout: 20) { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.trimmingCharacters(in: .whitespaces)
                == "READY$"
        }
        #expect(prompt.matched, "the shell did not come back after q:\n\(prompt.screen)")
    }

    /// Fifty resizes as fast as tmux makes them, down to 10x3 and back: the board survives, and
    /// at the end every cell on screen is what the renderer draws at that size.
    @Test(arguments: HandoffBinary.shippedBuilds) func aResizeStormLeavesNoGarbage(binary: String) throws {
        try HandoffBinary.requireBuilt(binary)
        let board = try TemporaryBoard.withDemoData()
        let session = try TmuxSession(command: [binary, "--db", board.path, "--as", "tom"], width: 120, height: 40)
        let expected = AppRuntime(store: try board.open(), actor: "tom", width: 120, height: 40)
        #expect(try session.waitUntilShowing(expected).matched)
        var random = SeededRandom(seed: 50)
        var sizes = (0..<48).map { _ in (Int.random(in: 10...160, using: &random), Int.random(in: 3...50, using: &random)) }
        sizes.insert((10, 3), at: 20)
        sizes.append((10, 3))
        let started = Date()
        for (width, height) in sizes {
            try session.tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
        }
        let stormSeconds = Date().timeIntervalSince(started)
        for (width, height) in [(120, 40), (61, 19), (10, 3)] {
            try session.tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
            expected.send(.resized(width: width, height: height))
            let shown = try session.waitUntilShowing(expected)
            #expect(
                shown.matched,
                "at \(width)x\(height) after \(sizes.count) resizes in \(stormSeconds) s:\n\(shown.screen)\nexpected:\n\(shown.expected)")
        }
        #expect(try !session.paneIsDead())
        try session.send("q")
        #expect(try session.waitUntilDead(timeout: 20))
    }

    /// A child process of `parent`, from /proc.
    static func child(of parent: pid_t) -> pid_t? {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let children = try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8),
                let first = children.split(separator: " ").first.flatMap({ pid_t($0) })
            {
                return first
            }
            usleep(50_000)
        }
        return nil
    }

    /// True while `pid` exists and is not a zombie waiting to be reaped.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        guard let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}
