import HandoffCore

/// `handoff completion bash|zsh|fish`: the shell's completion script, from the command definitions.
enum CompletionCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "completion", summary: Message(.printTheCompletionScript), arguments: ["SHELL"],
        details: Message(.bashSourceHandoffCompletion))

    static func run(_ context: CommandContext) throws -> Int32 {
        let name = context.parsed.arguments.first ?? ""
        guard let shell = ShellCompletion.Shell(rawValue: name) else {
            throw UsageError(Message(.completionTakesBashZsh, "\(TerminalText.sanitize(name))"), usage: "")
        }
        context.printVerbatim(ShellCompletion.script(for: shell, parser: HandoffCommandLine.parser(strings: context.strings)))
        return 0
    }
}
