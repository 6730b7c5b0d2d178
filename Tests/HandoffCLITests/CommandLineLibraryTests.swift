import Foundation
import HandoffCLI
import HandoffCore
import HandoffStore
import HandoffTUI
import HandoffTestSupport
import Testing

/// The command line that ships, called in the test's own process: the parser every help text,
/// completion and manual page is made from, and commands run to their exit status.
@MainActor
struct CommandLineLibraryTests {
    let parser = HandoffCommandLine.parser(strings: Strings(.english))

    @Test func everyCommandIsKnownToTheParserWithItsUsageInBothLanguages() {
        let names = parser.commands.map(\.name)
        for expected in ["board", "move", "won", "lost", "import", "export", "meeting", "copy", "watch", "completion", "manual"] {
            #expect(names.contains(expected), "\(expected)")
        }
        #expect(Set(names).count == names.count, "a command is listed twice")
        let spanish = HandoffCommandLine.parser(strings: Strings(.spanish))
        for spec in parser.commands {
            let english = parser.usage(for: spec)
            #expect(english.hasPrefix("usage: handoff"), "\(spec.name)")
            #expect(spanish.usage(for: spanish.spec(spec.name)) != english, "\(spec.name) has no Spanish help")
        }
    }

    @Test func globalOptionsMeanTheSameBeforeOrAfterTheCommand() throws {
        let before = try parser.parse(["--db", "team.db", "--as", "ana", "won", "1042", "--amount", "12000"])
        let after = try parser.parse(["won", "1042", "--amount", "12000", "--db", "team.db", "--as", "ana"])
        #expect(before == after)
        #expect(
            before.command == "won" && before.arguments == ["1042"] && before.value("--amount") == "12000"
                && before.value("--db") == "team.db")
        #expect(throws: UsageError.self) { try parser.parse(["won", "1042", "--amont", "12000"]) }
    }

    @Test func commandsRunInProcessToTheirExitStatus() throws {
        let board = TemporaryBoard()
        let environment = ["HOME": board.folder, "LANG": "C"]
        #expect(HandoffCommandLine.run(["init", "--db", board.path], environment: environment) == 0)
        #expect(try Store(path: board.path, readOnly: true).leadCount() == 0, "an empty board")
        #expect(HandoffCommandLine.run(["move"], environment: environment) == 2, "a usage mistake")
        #expect(HandoffCommandLine.run(["kpi", "--lang", "xx", "--db", board.path], environment: environment) == 2)
        #expect(HandoffCommandLine.run(["move", "999999", "mql", "--db", board.path], environment: environment) == 1, "no such lead")
        #expect(HandoffCommandLine.run(["help", "move"], environment: environment) == 0)
    }

    /// `handoff meeting --help` names a key of every meeting action, so the chair who reads it
    /// before the meeting knows them all. (It once listed the first seven only.)
    @Test func theMeetingHelpNamesAKeyOfEveryMeetingAction() throws {
        let details = try #require(parser.spec("meeting")).details.text(.english)
        for binding in KeyMap.standard.bindings where binding.contexts == [.meeting] {
            let names = binding.keys.compactMap { key -> String? in
                switch key {
                case let .character(character): return String(character)
                case .enter: return "Enter"
                default: return nil
                }
            }
            let words = Set(details.split(whereSeparator: { " ,()/\n.:".contains($0) }).map(String.init))
            let mentioned = names.contains { words.contains($0) }
            #expect(mentioned, "\(binding.action) (\(names)) is not in handoff meeting --help")
        }
    }
}
