import HandoffCore
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

    @Test func helpNamesEveryOption() throws {
        let parsed = try parser.parse(["snapshot", "--help"])
        #expect(parsed.wantsHelp)
        let usage = parser.usage(for: parser.spec("snapshot"))
        #expect(usage.contains("--width W"))
        #expect(usage.contains("--db PATH"))
    }
}
