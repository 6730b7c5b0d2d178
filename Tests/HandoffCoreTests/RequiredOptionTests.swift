import HandoffCore
import HandoffTestSupport
import Testing

@Suite struct RequiredOptionTests {
    let parser = CommandLineParser(
        program: "handoff", defaultCommand: "board",
        commands: [
            CommandSpec(name: "board", summary: "Open the board."),
            CommandSpec(
                name: "reject", summary: "Reject a lead.", arguments: ["LEAD"],
                options: [OptionSpec("--reason", value: "CODE", required: true, "why"), OptionSpec("--comment", value: "TEXT", "more")]),
        ],
        globalOptions: [])

    @Test func aMissingRequiredOptionIsAUsageErrorNamingIt() {
        #expect(throws: UsageError("'reject' needs --reason CODE", usage: parser.usage(for: parser.spec("reject")))) {
            try parser.parse(["reject", "12", "--comment", "x"])
        }
        #expect(throws: Never.self) { try parser.parse(["reject", "12", "--reason", "student"]) }
        // Asking for help never needs the required options.
        #expect(throws: Never.self) { try parser.parse(["reject", "--help"]) }
    }

    @Test func theUsageLineShowsRequiredOptions() {
        #expect(parser.usage(for: parser.spec("reject")).hasPrefix("usage: handoff reject LEAD --reason CODE [options]\n"))
    }
}
