import HandoffCore

/// `handoff completion bash|zsh|fish`: the shell's completion script, from the command definitions.
enum CompletionCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "completion", summary: "Print the completion script for bash, zsh or fish.", arguments: ["SHELL"],
        details: """
            bash: source <(handoff completion bash), or save it in /usr/share/bash-completion/completions/handoff.
            zsh: handoff completion zsh > "${fpath[1]}/_handoff". fish: handoff completion fish > ~/.config/fish/completions/handoff.fish.
            make install puts all three where the shells look.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let name = context.parsed.arguments.first ?? ""
        guard let shell = ShellCompletion.Shell(rawValue: name) else {
            throw UsageError("completion takes bash, zsh or fish, not '\(TerminalText.sanitize(name))'", usage: "")
        }
        context.printVerbatim(ShellCompletion.script(for: shell, parser: HandoffCommandLine.parser(strings: context.strings)))
        return 0
    }
}
