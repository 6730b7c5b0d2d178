import Foundation

/// Completion scripts for bash, zsh and fish, written from the same command definitions as
/// `--help`: commands, their sub-verbs, their options, and the values an option lists in its
/// placeholder (`en|es`, `markdown|json`). Anything else named like a file completes file names.
public enum ShellCompletion {
    public enum Shell: String, CaseIterable, Sendable {
        case bash, zsh, fish
    }

    public static func script(for shell: Shell, parser: CommandLineParser) -> String {
        switch shell {
        case .bash, .zsh: return posix(shell, parser)
        case .fish: return fish(parser)
        }
    }

    /// The values an option takes: its own list, else the values its placeholder lists
    /// (`en|es`); nil when it names something else (`FILE`, `LOGIN`, `NAME|PATH`).
    static func choices(_ option: OptionSpec) -> [String]? {
        if !option.choices.isEmpty { return option.choices }
        guard let value = option.valueName, value.contains("|") else { return nil }
        let words = value.split(separator: "|").map(String.init)
        guard words.allSatisfy({ word in !word.isEmpty && word.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_" } })
        else { return nil }
        return words
    }

    /// Every (command, sub-verb) pair and its options, the global ones last.
    private struct Place {
        var command: String
        var subcommand: String
        var options: [OptionSpec]
    }

    private static func places(_ parser: CommandLineParser) -> [Place] {
        parser.commands.flatMap { command -> [Place] in
            [Place(command: command.name, subcommand: "", options: command.options)]
                + command.subcommands.map { Place(command: command.name, subcommand: $0.name, options: $0.options) }
        }
    }

    /// Where an option applies, as a `case` pattern over `command/sub-verb`: a command's own
    /// options with any sub-verb or none, a sub-verb's only with it.
    private static func pattern(_ place: Place) -> String {
        place.subcommand.isEmpty ? "\(place.command)/*" : "\(place.command)/\(place.subcommand)"
    }

    private static func valueOptions(_ parser: CommandLineParser) -> [String] {
        let names =
            places(parser).flatMap(\.options).filter(\.takesValue).map(\.name) + parser.globalOptions.filter(\.takesValue).map(\.name)
        return Array(Set(names)).sorted()
    }

    /// Single-quoted for any shell: nothing inside is expanded.
    private static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// What bash and zsh say differently; the completion logic itself is the same script.
    private struct Dialect {
        var header: [String]
        var word: String
        var count: String
        var firstWord: Int
        /// The line that offers the words in `$variable` (a space-separated list) and returns.
        var offer: (String) -> String
        var offerFiles: String
        var offerCommands: [String]
        var footer: [String]
    }

    private static func dialect(_ shell: Shell, _ parser: CommandLineParser) -> Dialect {
        let commandNames = quoted(parser.commands.map(\.name).joined(separator: " "))
        if shell == .zsh {
            // Commands come with their summaries, a colon in a summary escaped as zsh's _describe wants.
            let described = parser.commands.map {
                quoted($0.name + ":" + parser.strings($0.summary).replacingOccurrences(of: ":", with: "\\:"))
            }
            return Dialect(
                header: ["#compdef handoff", "# zsh completion for handoff: handoff completion zsh > \"${fpath[1]}/_handoff\""],
                word: "words", count: "CURRENT", firstWord: 2, offer: { "compadd -- ${=\($0)}; return" }, offerFiles: "_files; return",
                offerCommands: [
                    "local -a commands", "commands=(\(described.joined(separator: " ")))", "_describe command commands; return",
                ],
                footer: ["compdef _handoff handoff"])
        }
        return Dialect(
            header: ["# bash completion for handoff: source <(handoff completion bash)"], word: "COMP_WORDS", count: "COMP_CWORD",
            firstWord: 1, offer: { "COMPREPLY=($(compgen -W \"$\($0)\" -- \"$cur\")); return" },
            offerFiles: "COMPREPLY=($(compgen -f -- \"$cur\")); return",
            offerCommands: ["local words=\(commandNames)", "COMPREPLY=($(compgen -W \"$words\" -- \"$cur\")); return"],
            footer: ["complete -o filenames -F _handoff handoff"])
    }

    /// The bash or zsh script: find the command and sub-verb typed so far (skipping option values),
    /// then offer an option's values, file names after an option that takes one, the options of
    /// where the cursor is, the commands, or the sub-verbs.
    private static func posix(_ shell: Shell, _ parser: CommandLineParser) -> String {
        let say = dialect(shell, parser)
        var lines =
            say.header + [
                "_handoff() {",
                "    local cur=\"${\(say.word)[\(say.count)]}\" prev=\"${\(say.word)[\(say.count)-1]}\"",
                "    local command=\"\" sub=\"\" word i",
                "    local valued=\" \(valueOptions(parser).joined(separator: " ")) \"",
                "    for ((i = \(say.firstWord); i < \(say.count); i++)); do",
                "        word=\"${\(say.word)[i]}\"",
                "        if [[ \"$word\" == -* ]]; then",
                "            [[ \"$valued\" == *\" $word \"* ]] && ((i++))",
                "        elif [[ -z \"$command\" ]]; then command=\"$word\"",
                "        elif [[ -z \"$sub\" ]]; then sub=\"$word\"",
                "        fi",
                "    done",
                "    local values=\"\"",
                "    case \"$command/$sub/$prev\" in",
            ]
        for place in places(parser) {
            for option in place.options {
                if let choices = choices(option) {
                    lines.append("        \(pattern(place))/\(option.name)) values=\(quoted(choices.joined(separator: " "))) ;;")
                }
            }
        }
        for option in parser.globalOptions {
            if let choices = choices(option) {
                lines.append("        */*/\(option.name)) values=\(quoted(choices.joined(separator: " "))) ;;")
            }
        }
        lines += [
            "    esac",
            "    if [[ -n \"$values\" ]]; then \(say.offer("values")); fi",
            "    if [[ \"$valued\" == *\" $prev \"* ]]; then \(say.offerFiles); fi",
            "    local options=\"\(parser.globalOptions.map(\.name).joined(separator: " ")) --help\"",
            "    case \"$command\" in",
        ]
        for place in places(parser) where place.subcommand.isEmpty && !place.options.isEmpty {
            lines.append("        \(place.command)) options=\"$options \(place.options.map(\.name).joined(separator: " "))\" ;;")
        }
        lines += ["    esac", "    case \"$command/$sub\" in"]
        for place in places(parser) where !place.subcommand.isEmpty && !place.options.isEmpty {
            lines.append(
                "        \(place.command)/\(place.subcommand)) options=\"$options \(place.options.map(\.name).joined(separator: " "))\" ;;")
        }
        lines += ["    esac", "    if [[ \"$cur\" == -* ]]; then \(say.offer("options")); fi", "    if [[ -z \"$command\" ]]; then"]
        lines += say.offerCommands.map { "        " + $0 }
        lines += ["    fi", "    case \"$command/$sub\" in"]
        for command in parser.commands where !command.subcommands.isEmpty {
            lines.append(
                "        \(command.name)/) values=\(quoted(command.subcommands.map(\.name).joined(separator: " "))); \(say.offer("values")) ;;"
            )
        }
        lines += ["    esac", "    \(say.offerFiles)", "}"] + say.footer
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fish(_ parser: CommandLineParser) -> String {
        let names = parser.commands.map(\.name).joined(separator: " ")
        var lines = [
            "# fish completion for handoff: handoff completion fish > ~/.config/fish/completions/handoff.fish",
            "complete -c handoff -f",
        ]
        for command in parser.commands {
            lines.append(
                "complete -c handoff -n \"not __fish_seen_subcommand_from \(names)\" -a \(command.name) -d \(quoted(parser.strings(command.summary)))"
            )
        }
        func option(_ option: OptionSpec, when condition: String) -> String {
            var line = "complete -c handoff\(condition) -l \(option.name.dropFirst(2))"
            if let choices = choices(option) {
                line += " -x -a \(quoted(choices.joined(separator: " ")))"
            } else if option.takesValue {
                line += " -r -F"
            }
            return line + " -d \(quoted(parser.strings(option.summary)))"
        }
        for global in parser.globalOptions { lines.append(option(global, when: "")) }
        for command in parser.commands {
            let inCommand = " -n \"__fish_seen_subcommand_from \(command.name)\""
            for spec in command.options { lines.append(option(spec, when: inCommand)) }
            if command.arguments.contains(where: { $0.contains("FILE") || $0.contains("PATH") || $0.contains("BACKUP") }) {
                lines.append("complete -c handoff\(inCommand) -F")
            }
            let verbs = command.subcommands.map(\.name).joined(separator: " ")
            for verb in command.subcommands {
                lines.append(
                    "complete -c handoff -n \"__fish_seen_subcommand_from \(command.name); and not __fish_seen_subcommand_from \(verbs)\" -a \(verb.name) -d \(quoted(parser.strings(verb.summary)))"
                )
                for spec in verb.options {
                    lines.append(
                        option(
                            spec, when: " -n \"__fish_seen_subcommand_from \(command.name); and __fish_seen_subcommand_from \(verb.name)\"")
                    )
                }
                if verb.arguments.contains(where: { $0.contains("FILE") || $0.contains("PATH") }) {
                    lines.append(
                        "complete -c handoff -n \"__fish_seen_subcommand_from \(command.name); and __fish_seen_subcommand_from \(verb.name)\" -F"
                    )
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
