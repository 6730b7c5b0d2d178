import Foundation

/// A real terminal for end-to-end tests: a tmux server on a private socket (so it never touches
/// the user's own tmux), one window of a fixed size running a command.
public final class TmuxSession {
    public let socket: String
    nonisolated(unsafe) private static var counter = 0
    private static let lock = NSLock()

    public init(command: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        TmuxSession.lock.lock()
        TmuxSession.counter += 1
        socket = "handoff-test-\(getpid())-\(TmuxSession.counter)"
        TmuxSession.lock.unlock()
        let assignments = environment.map { "\($0.key)=\($0.value)" }
        // remain-on-exit keeps the pane after the program ends, so the test can see that it ended.
        try tmux(
            [
                "-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height),
                "env", "TERM=xterm-256color", "LANG=C.UTF-8",
            ] + assignments + command)
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        // `swift test` sets NO_COLOR=1 for its test processes, and a tmux server passes its
        // environment on to the program in the pane: the board under test must see colour settings
        // only from the test itself.
        environment["NO_COLOR"] = nil
        return try ChildProcess.run(["tmux", "-L", socket] + arguments, environment: environment).output
    }

    /// Sends keys as tmux names them: "l", "Enter", "Escape", "C-c".
    public func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "0", key]) }
    }

    /// Sends text literally, character by character.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    public func capture() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

    /// The screen with its colours and attributes as escape sequences (`capture-pane -e`): what the
    /// program sent, less cursor movement, so a sequence that came from data would show here.
    public func captureWithEscapes() throws -> String { try tmux(["capture-pane", "-e", "-p", "-t", "0"]) }

    /// The process id of the program in the pane.
    public func panePID() throws -> pid_t? {
        pid_t(try tmux(["list-panes", "-t", "0", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Polls the screen until `predicate` holds or `timeout` seconds pass; returns the last screen.
    /// A latency measured by polling is late by up to one interval, so a timing test polls closely.
    @discardableResult
    public func waitFor(timeout: Double = 5, pollingEvery interval: useconds_t = 30_000, _ predicate: (String) -> Bool) throws -> (
        matched: Bool, screen: String
    ) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !predicate(screen) {
            if Date() > deadline { return (false, screen) }
            usleep(interval)
            screen = try capture()
        }
        return (true, screen)
    }

    /// True once the program in the pane has exited. A program that exits before remain-on-exit
    /// is set takes the whole tmux server with it: no pane at all also means it has ended.
    public func paneIsDead() throws -> Bool {
        let state = try tmux(["list-panes", "-t", "0", "-F", "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        return state == "1" || state.isEmpty
    }

    public func waitUntilDead(timeout: Double = 5) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try paneIsDead() { return true }
            usleep(30_000)
        }
        return false
    }
}
