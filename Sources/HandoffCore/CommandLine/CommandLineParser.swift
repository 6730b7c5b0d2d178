/// Hand-written parsing for `handoff [GLOBAL OPTIONS] [COMMAND] [ARGS] [OPTIONS]`. Options may come
/// anywhere after the program name; `--name=value` and `--name value` both work; `--` ends options.
public struct CommandLineParser: Sendable {
    public var program: String
    public var defaultCommand: String
    public var commands: [CommandSpec]
    public var globalOptions: [OptionSpec]
    /// The language of the help and of the errors' usage text.
    public var strings: Strings

    public init(program: String, defaultCommand: String, commands: [CommandSpec], globalOptions: [OptionSpec], strings: Strings = .english)
    {
        self.program = program
        self.defaultCommand = defaultCommand
        self.commands = commands
        self.globalOptions = globalOptions
        self.strings = strings
    }

    public func spec(_ name: String) -> CommandSpec? { commands.first { $0.name == name } }

    public func parse(_ arguments: [String]) throws(UsageError) -> ParsedCommand {
        var commandName: String?
        var words: [String] = []
        var options: [String: String] = [:]
        var wantsHelp = false
        var index = 0
        var optionsEnded = false
        // First pass finds the command (and its sub-verb), so their own options can be told apart
        // from unknown ones. Values of options are skipped: `--db board.db move` is a move.
        let positional = positionalWords(arguments)
        if let first = positional.first, spec(first) != nil { commandName = first }
        // The default command takes no words, so a word that is no command is a mistake, even
        // beside --help: its help would answer a question nobody asked.
        if commandName == nil, let word = positional.first, let fallback = spec(defaultCommand), fallback.arguments.isEmpty {
            throw UsageError(unknownCommand(word), usage: overview())
        }
        let name = commandName ?? defaultCommand
        let command = spec(name)
        var subcommand: CommandSpec?
        if let command, !command.subcommands.isEmpty {
            let verb = positional.dropFirst(commandName == nil ? 0 : 1).first
            if let verb {
                guard let found = command.subcommand(verb) else {
                    throw UsageError(
                        Message(
                            .unknownCommandCommands, "\(name)", "\(verb)", "\(name)",
                            "\(command.subcommands.map(\.name).joined(separator: ", "))"),
                        usage: usage(for: command))
                }
                subcommand = found
            } else if !arguments.contains("--help") && !arguments.contains("-h") {
                throw UsageError(
                    Message(.needsACommand, "\(name)", "\(command.subcommands.map(\.name).joined(separator: ", "))"),
                    usage: usage(for: command))
            }
        }
        let effective = subcommand ?? command
        let known = (effective?.options ?? []) + globalOptions
        var skippedCommandWord = commandName == nil
        var skippedSubcommandWord = subcommand == nil
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" {
                if !skippedCommandWord && word == name { skippedCommandWord = true; continue }
                if skippedCommandWord && !skippedSubcommandWord && word == subcommand?.name { skippedSubcommandWord = true; continue }
                words.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            if word == "--help" || word == "-h" { wantsHelp = true; continue }
            if word == "--version" || word == "-V" { options["--version"] = ""; continue }
            var optionName = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                optionName = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard let option = known.first(where: { $0.name == optionName }) else {
                throw UsageError(
                    Message(
                        .unknownOptionFor, "\(optionName)", "\(([name] + [subcommand?.name].compactMap { $0 }).joined(separator: " "))"),
                    usage: usage(for: command, subcommand: subcommand))
            }
            if option.takesValue {
                if let inlineValue {
                    options[option.name] = inlineValue
                } else if index < arguments.count {
                    options[option.name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError(
                        Message(.needsAValue, "\(option.name)", "\(option.valueName ?? "VALUE")"),
                        usage: usage(for: command, subcommand: subcommand))
                }
            } else {
                if inlineValue != nil {
                    throw UsageError(Message(.takesNoValue, "\(option.name)"), usage: usage(for: command, subcommand: subcommand))
                }
                options[option.name] = ""
            }
        }
        guard let command = effective else {
            throw UsageError(Message(.unknownCommand, "\(name)"), usage: overview())
        }
        let title = subcommand.map { "\(name) \($0.name)" } ?? name
        let commandUsage = usage(for: spec(name), subcommand: subcommand)
        if !wantsHelp && options["--version"] == nil {
            let required = command.arguments.count - command.optionalArguments - (command.takesRest ? 1 : 0)
            if words.count < max(0, required) {
                let missing = command.arguments[words.count]
                throw UsageError(Message(.needs, "\(title)", "\(missing)"), usage: commandUsage)
            }
            if !command.takesRest && words.count > command.arguments.count {
                throw UsageError(Message(.unexpectedArgument, "\(words[command.arguments.count])"), usage: commandUsage)
            }
            if let missing = command.options.first(where: { $0.required && options[$0.name] == nil }) {
                throw UsageError(
                    Message(.needs, "\(title)", "\(missing.name + (missing.valueName.map { " " + $0 } ?? ""))"), usage: commandUsage)
            }
        }
        return ParsedCommand(command: name, subcommand: subcommand?.name, options: options, arguments: words, wantsHelp: wantsHelp)
    }

    /// `unknown command 'kpis'; did you mean 'kpi'?`
    private func unknownCommand(_ word: String) -> Message {
        guard let nearest = FuzzyMatch.nearest(word, in: commands.map(\.name)) else { return Message(.unknownCommand, "\(word)") }
        return Message(.unknownCommandDidYou, "\(word)", "\(nearest)")
    }

    /// The words that are not options or option values, in order; everything after `--`.
    private func positionalWords(_ arguments: [String]) -> [String] {
        let all = commands.flatMap { [$0] + $0.subcommands }.flatMap(\.options) + globalOptions
        let takingValues = Set(all.filter(\.takesValue).map(\.name))
        var words: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { return words + arguments[index...] }
            if word.hasPrefix("-") && word != "-" {
                if takingValues.contains(word) { index += 1 }
                continue
            }
            words.append(word)
        }
        return words
    }

    /// The help of what was asked for: a command, or one of its sub-verbs.
    public func usage(for parsed: ParsedCommand) -> String {
        let command = spec(parsed.command)
        return usage(for: command, subcommand: parsed.subcommand.flatMap { command?.subcommand($0) })
    }

    /// How a command is typed, without its options: `handoff won LEAD --amount N`.
    public func synopsis(for parent: CommandSpec, subcommand: CommandSpec? = nil) -> String {
        let command = subcommand ?? parent
        var invocation = parent.name == defaultCommand ? program : "\(program) \(parent.name)"
        if let subcommand { invocation += " " + subcommand.name }
        let arguments = command.arguments.enumerated().map { offset, argument in
            offset >= command.arguments.count - command.optionalArguments ? "[\(argument)]" : argument
        }
        let required = command.options.filter(\.required).map { $0.name + ($0.valueName.map { " " + $0 } ?? "") }
        return ([invocation] + arguments + required).joined(separator: " ")
    }

    public func usage(for parent: CommandSpec?, subcommand: CommandSpec? = nil) -> String {
        guard let parent else { return overview() }
        let command = subcommand ?? parent
        var lines: [String] = []
        var invocation = parent.name == defaultCommand ? program : "\(program) \(parent.name)"
        if let subcommand { invocation += " " + subcommand.name }
        if subcommand == nil && !parent.subcommands.isEmpty {
            lines.append(strings(Message(.usageCOMMANDOptions, "\(invocation)")))
            lines.append("")
            lines.append(strings(parent.summary))
            if !parent.details.isEmpty {
                lines.append("")
                lines.append(strings(parent.details))
            }
            lines.append("")
            lines.append(strings(Message(.commands)))
            for verb in parent.subcommands {
                lines.append("  " + verb.name.padding(toLength: 12, withPad: " ", startingAt: 0) + "  " + strings(verb.summary))
            }
            lines.append("")
            lines.append(strings(Message(.runCOMMANDHelpFor, "\(invocation)")))
            return lines.joined(separator: "\n")
        }
        lines.append(strings(Message(.usageOptions, "\(synopsis(for: parent, subcommand: subcommand))")))
        lines.append("")
        lines.append(strings(command.summary))
        if !command.details.isEmpty {
            lines.append("")
            lines.append(strings(command.details))
        }
        let all = command.options + globalOptions
        if !all.isEmpty {
            lines.append("")
            lines.append(strings(Message(.options)))
            for option in all {
                let left = option.name + (option.valueName.map { " " + $0 } ?? "")
                lines.append(
                    "  " + left.padding(toLength: max(left.count, 24), withPad: " ", startingAt: 0) + "  " + strings(option.summary))
            }
            lines.append("  " + "--help".padding(toLength: 24, withPad: " ", startingAt: 0) + "  " + strings(Message(.showThisHelp)))
        }
        return lines.joined(separator: "\n")
    }

    /// Words of a command typed as one line (the board's `:` line): split at spaces, with "double"
    /// or 'single' quotes keeping spaces inside a word.
    public static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    public func overview() -> String {
        var lines = [strings(Message(.usageOptionalCommand, "\(program)")), "", strings(Message(.commands))]
        for command in commands {
            lines.append("  " + command.name.padding(toLength: 12, withPad: " ", startingAt: 0) + "  " + strings(command.summary))
        }
        lines.append("")
        lines.append(strings(Message(.runCOMMANDHelpFor, "\(program)")))
        return lines.joined(separator: "\n")
    }
}
