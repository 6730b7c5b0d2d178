/// Hand-written parsing for `handoff [GLOBAL OPTIONS] [COMMAND] [ARGS] [OPTIONS]`. Options may come
/// anywhere after the program name; `--name=value` and `--name value` both work; `--` ends options.
public struct CommandLineParser: Sendable {
    public var program: String
    public var defaultCommand: String
    public var commands: [CommandSpec]
    public var globalOptions: [OptionSpec]

    public init(program: String, defaultCommand: String, commands: [CommandSpec], globalOptions: [OptionSpec]) {
        self.program = program
        self.defaultCommand = defaultCommand
        self.commands = commands
        self.globalOptions = globalOptions
    }

    public func spec(_ name: String) -> CommandSpec? { commands.first { $0.name == name } }

    public func parse(_ arguments: [String]) throws(UsageError) -> ParsedCommand {
        var commandName: String?
        var words: [String] = []
        var options: [String: String] = [:]
        var wantsHelp = false
        var index = 0
        var optionsEnded = false
        // First pass finds the command, so its own options can be told apart from unknown ones.
        for word in arguments where !word.hasPrefix("-") {
            if spec(word) != nil { commandName = word }
            break
        }
        let name = commandName ?? defaultCommand
        let command = spec(name)
        let known = (command?.options ?? []) + globalOptions
        var skippedCommandWord = commandName == nil
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" {
                if !skippedCommandWord && word == name { skippedCommandWord = true; continue }
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
                throw UsageError("unknown option '\(optionName)' for '\(name)'", usage: usage(for: command))
            }
            if option.takesValue {
                if let inlineValue {
                    options[option.name] = inlineValue
                } else if index < arguments.count {
                    options[option.name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError("\(option.name) needs a value (\(option.valueName ?? "VALUE"))", usage: usage(for: command))
                }
            } else {
                if inlineValue != nil { throw UsageError("\(option.name) takes no value", usage: usage(for: command)) }
                options[option.name] = ""
            }
        }
        guard let command else {
            throw UsageError("unknown command '\(name)'", usage: overview())
        }
        if !wantsHelp && options["--version"] == nil {
            let required = command.arguments.count - command.optionalArguments - (command.takesRest ? 1 : 0)
            if words.count < max(0, required) {
                let missing = command.arguments[words.count]
                throw UsageError("'\(command.name)' needs \(missing)", usage: usage(for: command))
            }
            if !command.takesRest && words.count > command.arguments.count {
                throw UsageError("unexpected argument '\(words[command.arguments.count])'", usage: usage(for: command))
            }
            if let missing = command.options.first(where: { $0.required && options[$0.name] == nil }) {
                throw UsageError("'\(command.name)' needs \(missing.name)" + (missing.valueName.map { " " + $0 } ?? ""), usage: usage(for: command))
            }
        }
        return ParsedCommand(command: command.name, options: options, arguments: words, wantsHelp: wantsHelp)
    }

    public func usage(for command: CommandSpec?) -> String {
        guard let command else { return overview() }
        var lines: [String] = []
        let invocation = command.name == defaultCommand ? program : "\(program) \(command.name)"
        let arguments = command.arguments.enumerated().map { offset, argument in
            offset >= command.arguments.count - command.optionalArguments ? "[\(argument)]" : argument
        }
        let required = command.options.filter(\.required).map { $0.name + ($0.valueName.map { " " + $0 } ?? "") }
        lines.append("usage: " + ([invocation] + arguments + required + ["[options]"]).joined(separator: " "))
        lines.append("")
        lines.append(command.summary)
        if !command.details.isEmpty {
            lines.append("")
            lines.append(command.details)
        }
        let all = command.options + globalOptions
        if !all.isEmpty {
            lines.append("")
            lines.append("options:")
            for option in all {
                let left = option.name + (option.valueName.map { " " + $0 } ?? "")
                lines.append("  " + left.padding(toLength: max(left.count, 24), withPad: " ", startingAt: 0) + "  " + option.summary)
            }
            lines.append("  " + "--help".padding(toLength: 24, withPad: " ", startingAt: 0) + "  show this help")
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
        var lines = ["usage: \(program) [COMMAND] [options]", "", "commands:"]
        for command in commands {
            lines.append("  " + command.name.padding(toLength: 12, withPad: " ", startingAt: 0) + "  " + command.summary)
        }
        lines.append("")
        lines.append("Run '\(program) COMMAND --help' for a command's options.")
        return lines.joined(separator: "\n")
    }
}
