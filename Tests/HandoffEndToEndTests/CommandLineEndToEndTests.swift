import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

@Suite struct CommandLineEndToEndTests {
    @Test func snapshotPrintsTheBoardAsPlainText() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let result = try HandoffBinary.run(["snapshot", "--db", board.path, "--width", "160", "--height", "45"])
        #expect(result.status == 0)
        // 45 lines, each ended by a newline: the text after the last one is empty.
        #expect(result.output.hasSuffix("\n"))
        let lines = result.output.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 45)
        #expect(lines.allSatisfy { TerminalText.width(String($0)) <= 160 })
        #expect(result.output.contains("MARKETING") && result.output.contains("Negotiation"))
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func helpIsACommandToo() throws {
        let overview = try HandoffBinary.run(["help"])
        #expect(overview.status == 0)
        #expect(overview.output.contains("commands:") && overview.output.contains("won "))
        let won = try HandoffBinary.run(["help", "won"])
        #expect(won.status == 0)
        #expect(won.output.hasPrefix("usage: handoff won LEAD --amount N"))
    }

    @Test func moveFromAScriptUsesTheSameRules() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let moved = try HandoffBinary.run(["move", "1", "mql", "--db", board.path, "--as", "script"])
        #expect(moved.status == 0, "\(moved.error)")
        #expect(moved.output.contains("lead -> mql"))
        #expect(try store.lead(id: 1)?.stage == "mql")
        #expect(try store.events(leadID: 1).first?.actor == "script")

        let unknown = try HandoffBinary.run(["move", "1", "closing", "--db", board.path])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("unknown stage 'closing'"))
        let missing = try HandoffBinary.run(["move", "77", "mql", "--db", board.path])
        #expect(missing.status == 1)
        #expect(missing.error.contains("no lead with id 77"))
        // Won needs its amount and lost its reason: a script is sent to the command that asks.
        let won = try HandoffBinary.run(["move", "4", "won", "--db", board.path])
        #expect(won.status == 1)
        #expect(won.error.contains("handoff won 4 --amount"))
        #expect(try store.lead(id: 4)?.stage == "proposal")
        let usage = try HandoffBinary.run(["move", "1", "--db", board.path])
        #expect(usage.status == 2)
        #expect(usage.error.contains("usage: handoff move LEAD STAGE"))
    }

    @Test func theBoardRefusesToStartWithoutATerminal() throws {
        let board = TemporaryBoard()
        try board.seedSmallBoard()
        let noTTY = try HandoffBinary.run(["--db", board.path])
        #expect(noTTY.status == 1)
        #expect(noTTY.error.contains("needs a terminal"))
    }

    @Test func unknownOrMissingTermIsAClearError() throws {
        let board = TemporaryBoard()
        try board.seedSmallBoard()
        for term in ["", "no-such-terminal"] {
            let script =
                "TERM='\(term)' '\(HandoffBinary.path)' --db '\(board.path)' 2> '\(board.folder)/err'; echo \"exit=$?\" >> '\(board.folder)/err'"
            let session = try TmuxSession(command: ["sh", "-c", script])
            #expect(try session.waitUntilDead())
            let error = (try? String(contentsOfFile: board.folder + "/err", encoding: .utf8)) ?? ""
            #expect(error.contains("exit=1"), "TERM='\(term)': \(error)")
            #expect(error.contains(term.isEmpty ? "TERM is not set" : "unknown"), "TERM='\(term)': \(error)")
        }
    }

    @Test func initCreatesAnEmptyBoardThatSaysWhatToDo() throws {
        let board = TemporaryBoard()
        let created = try HandoffBinary.run(["init", "--db", board.path])
        #expect(created.status == 0)
        let snapshot = try HandoffBinary.run(["snapshot", "--db", board.path, "--width", "100", "--height", "30"])
        #expect(snapshot.output.contains("This board is empty."))
        #expect(snapshot.output.contains("handoff demo"))
        let version = try HandoffBinary.run(["--version"])
        #expect(version.output.hasPrefix("handoff "))
    }
}
