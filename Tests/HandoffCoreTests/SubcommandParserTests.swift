import HandoffCore
import HandoffTestSupport
import Testing

/// Commands with sub-verbs (`handoff scoring load FILE`): each sub-verb has its own arguments,
/// options and help.
@Suite struct SubcommandParserTests {
    let parser = CommandLineParser(
        program: "handoff", defaultCommand: "board",
        commands: [
            CommandSpec(name: "board", summary: "Open the board."),
            CommandSpec(
                name: "scoring", summary: "Scoring definitions.",
                subcommands: [
                    CommandSpec(
                        name: "load", summary: "Load a definition.", arguments: ["FILE"],
                        options: [OptionSpec("--comment", value: "TEXT", "why")]),
                    CommandSpec(
                        name: "calibrate", summary: "Check it.",
                        options: [OptionSpec("--threshold", value: "N", "what if"), OptionSpec("--json", "JSON")]),
                ]),
        ],
        globalOptions: [OptionSpec("--db", value: "PATH", "database"), OptionSpec("--as", value: "LOGIN", "who")])

    @Test func theSubVerbTakesItsOwnArgumentsAndOptions() throws {
        #expect(
            try parser.parse(["scoring", "load", "rules.txt", "--comment", "raised the bar", "--db", "b.db"])
                == ParsedCommand(
                    command: "scoring", subcommand: "load", options: ["--comment": "raised the bar", "--db": "b.db"],
                    arguments: ["rules.txt"]))
        // Global options may come first; their values are not mistaken for the command.
        #expect(
            try parser.parse(["--db", "b.db", "--as", "lucia", "scoring", "calibrate", "--threshold=55", "--json"])
                == ParsedCommand(
                    command: "scoring", subcommand: "calibrate",
                    options: ["--db": "b.db", "--as": "lucia", "--threshold": "55", "--json": ""]))
        // A file named like the sub-verb is still the argument.
        #expect(try parser.parse(["scoring", "load", "load"]).arguments == ["load"])
    }

    func refusal(_ arguments: [String]) -> UsageError? {
        do {
            _ = try parser.parse(arguments)
            return nil
        } catch {
            return error
        }
    }

    @Test func mistakesSayWhatTheSubVerbsAre() {
        let missing = refusal(["scoring"])
        #expect(missing?.message == "'scoring' needs a command: load, calibrate")
        #expect(
            missing?.usage.hasPrefix(
                "usage: handoff scoring COMMAND [options]\n\nScoring definitions.\n\ncommands:\n  load          Load a definition.") == true
        )
        #expect(refusal(["scoring", "frob"])?.message == "unknown scoring command 'frob'; scoring commands: load, calibrate")
        let noFile = refusal(["scoring", "load"])
        #expect(noFile?.message == "'scoring load' needs FILE")
        #expect(noFile?.usage.hasPrefix("usage: handoff scoring load FILE [options]\n\nLoad a definition.") == true)
        #expect(refusal(["scoring", "load", "f.txt", "--threshold", "5"])?.message == "unknown option '--threshold' for 'scoring load'")
    }

    @Test func helpForTheCommandListsItsSubVerbs() throws {
        let overview = try parser.parse(["scoring", "--help"])
        #expect(overview.wantsHelp && overview.subcommand == nil)
        #expect(parser.usage(for: overview).contains("  calibrate     Check it."))
        let load = try parser.parse(["scoring", "load", "--help"])
        #expect(parser.usage(for: load).contains("--comment TEXT"))
        #expect(!parser.usage(for: load).contains("--threshold"))
    }
}
