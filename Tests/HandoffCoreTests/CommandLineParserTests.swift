import HandoffCore
import HandoffTestSupport
import Testing

@Suite struct CommandLineParserTests {
    let parser = CommandLineParser(
        program: "handoff", defaultCommand: "board",
        commands: [
            CommandSpec(name: "board", summary: "Open the board."),
            CommandSpec(name: "move", summary: "Move a lead.", arguments: ["LEAD", "STAGE"]),
            CommandSpec(name: "snapshot", summary: "Print.", options: [OptionSpec("--width", value: "W", "width")]),
        ],
        globalOptions: [OptionSpec("--db", value: "PATH", "database"), OptionSpec("--read-only", "no writes")])

    @Test func defaultCommandAndGlobalOptions() throws {
        #expect(try parser.parse(["--db", "x.db"]) == ParsedCommand(command: "board", options: ["--db": "x.db"]))
        #expect(try parser.parse(["--db=x.db", "--read-only"]).options == ["--db": "x.db", "--read-only": ""])
    }

    @Test func optionsMayFollowArguments() throws {
        let parsed = try parser.parse(["move", "1042", "mql", "--db", "b.db"])
        #expect(parsed.command == "move")
        #expect(parsed.arguments == ["1042", "mql"])
        #expect(parsed.value("--db") == "b.db")
    }

    @Test func mistakesAreUsageErrors() {
        #expect(throws: UsageError.self) { try parser.parse(["move", "1042"]) }
        #expect(throws: UsageError.self) { try parser.parse(["move", "1", "mql", "extra"]) }
        #expect(throws: UsageError.self) { try parser.parse(["snapshot", "--width"]) }
        #expect(throws: UsageError.self) { try parser.parse(["snapshot", "--height", "3"]) }
        #expect(throws: UsageError.self) { try parser.parse(["frobnicate"]) }
    }

    /// A word that is no command is a mistake even with `--help`: the default command takes no
    /// words, so showing its help would answer a question nobody asked.
    @Test func anUnknownCommandIsNamedWithTheNearestOne() {
        for arguments in [["snapshto"], ["snapshto", "--help"], ["--db", "x.db", "snapshto", "-h"]] {
            #expect(throws: UsageError("unknown command 'snapshto'; did you mean 'snapshot'?", usage: parser.overview())) {
                try parser.parse(arguments)
            }
        }
        #expect(throws: UsageError("unknown command 'mvoe'; did you mean 'move'?", usage: parser.overview())) {
            try parser.parse(["mvoe", "1", "sql"])
        }
    }

    @Test func theNearestWordIsTheFewestEditsAway() {
        #expect(FuzzyMatch.editDistance("kitten", "sitting") == 3)
        #expect(FuzzyMatch.editDistance("", "log") == 3 && FuzzyMatch.editDistance("ñandú", "nandu") == 2)
        #expect(FuzzyMatch.nearest("scorng", in: ["kpi", "scoring", "stage"]) == "scoring")
        // Ties go to the earlier candidate, so the answer never depends on a set's order.
        #expect(FuzzyMatch.nearest("satisfaction", in: ["snapshot", "stage"]) == "snapshot")
        #expect(FuzzyMatch.nearest("x", in: []) == nil)
    }

    @Test func helpNamesEveryOption() throws {
        let parsed = try parser.parse(["snapshot", "--help"])
        #expect(parsed.wantsHelp)
        let usage = parser.usage(for: parser.spec("snapshot"))
        #expect(usage.contains("--width W"))
        #expect(usage.contains("--db PATH"))
    }
}
