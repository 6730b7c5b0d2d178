import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport

/// The real board in a terminal: tmux on a private socket, 120 x 40, its screen read with
/// capture-pane. Opening is timed from asking tmux to start the board to the first capture that
/// shows the complete first frame; the peak memory is the board's own high-water mark after
/// paging, moving and visiting every view; live sync is a commit in this process until the
/// board on screen shows it.
final class TerminalBench {
    let set: DataSet
    let tools: Tools
    let board: String
    private let session: TmuxSession
    /// The column totals line of the board's first frame, as `handoff snapshot` prints it.
    private var totalsLine = ""

    init(set: DataSet, tools: Tools, board: String) throws {
        self.set = set
        self.tools = tools
        self.board = board
        session = try TmuxSession(command: ["sleep", "86400"], width: BoardBench.width, height: BoardBench.height)
    }

    /// Opens the board `repetitions` times and leaves the last one open for the other measures.
    func open(repetitions: Int) throws -> Figure {
        let snapshot = try tools.handoff([
            "snapshot", "--db", board, "--width", String(BoardBench.width), "--height", String(BoardBench.height),
        ]).output
        let lines = snapshot.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count > TerminalBench.totalsRow else { throw Tools.Failure(description: "handoff snapshot printed no board") }
        totalsLine = lines[TerminalBench.totalsRow]
        var samples = Samples()
        for repetition in 0..<repetitions {
            if repetition > 0 { try quit() }
            let start = DispatchTime.now().uptimeNanoseconds
            try session.tmux([
                "respawn-pane", "-k", "-t", "0", "env", "TERM=xterm-256color", "LANG=C.UTF-8",
                tools.handoff, "--db", board,
            ])
            let deadline = Date().addingTimeInterval(60)
            while try !screenLines().contains(totalsLine) {
                guard Date() < deadline else {
                    throw Tools.Failure(description: "the board did not show its first frame within 60 s:\n\(try session.capture())")
                }
                usleep(2_000)
            }
            samples.add(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Figure(measure: .openTerminal, leads: set.leads, samples: samples, note: "tmux 120x40, until the first frame is on screen")
    }

    /// The row of the board that holds the column totals (tabs, sides, titles, totals).
    static let totalsRow = 3

    static func totals(in screen: [String]) -> String {
        screen.count > totalsRow ? screen[totalsRow] : ""
    }

    private func screenLines() throws -> [String] {
        try session.capture().split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private func quit() throws {
        try session.send("q")
        _ = try session.waitUntilDead(timeout: 10)
    }

    /// The screen once it has stopped changing for a moment (the board has caught up with the keys).
    @discardableResult
    private func settle(timeout: Double = 120) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screenLines()
        var still = Date()
        while Date().timeIntervalSince(still) < 0.4 && Date() < deadline {
            usleep(20_000)
            let screen = try screenLines()
            if screen != last {
                last = screen
                still = Date()
            }
        }
        return last
    }

    /// Pages down the largest columns, jumps to both ends, moves leads, visits every view, and
    /// reads the board's peak resident memory (VmHWM).
    func peakMemory() throws -> Figure {
        try settle()
        let keys: [[String]] = [
            ["l"], Array(repeating: "PageDown", count: 20), ["G"], ["g"], ["h"],
            ["L"], ["H"], ["L"], ["H"], ["2"], ["3"], ["4"], ["1"],
        ]
        for batch in keys {
            for key in batch { try session.send(key) }
            try settle()
        }
        let pid = try session.tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else {
            throw Tools.Failure(description: "no VmHWM in /proc/\(pid)/status")
        }
        return Figure(
            measure: .peakMemory, leads: set.leads, samples: Samples([kilobytes * 1_024]),
            note: "after pages, moves and every view")
    }

    /// Moves the first lead of the first column to the next stage and back, `repetitions` times
    /// in all, from this process; each timed from the commit to the board on screen showing it.
    func liveSync(repetitions: Int) throws -> Figure {
        let store = try Store(path: board)
        let stages = store.pipeline.stages.filter(\.visible).map(\.id)
        guard stages.count > 1, let lead = try store.page(stage: stages[0], after: nil, limit: 1).first else {
            throw Tools.Failure(description: "\(board) has no lead in its first column to move")
        }
        var samples = Samples()
        for repetition in 0..<repetitions {
            let before = TerminalBench.totals(in: try settle())
            let target = repetition % 2 == 0 ? stages[1] : stages[0]
            try store.apply(.move(leadID: lead.id, toStage: target, expectedVersion: nil), actor: Tools.actor)
            let committed = DispatchTime.now().uptimeNanoseconds
            let deadline = Date().addingTimeInterval(10)
            while TerminalBench.totals(in: try screenLines()) == before {
                guard Date() < deadline else { throw Tools.Failure(description: "the board did not show a move within 10 s") }
                usleep(2_000)
            }
            samples.add(Double(DispatchTime.now().uptimeNanoseconds - committed) / 1e9)
        }
        return Figure(measure: .liveSync, leads: set.leads, samples: samples, note: "commit here, board in tmux polls data_version")
    }

    func close() throws {
        try quit()
    }
}
