import Foundation
import HandoffCore

extension HandoffCommandLine {
    /// Runs one command line to its exit status: parsing, help, the command, and every error
    /// worded in the person's language. The language is known before the command line is
    /// understood, so that even its usage errors and `--help` are in that language: a `--lang`
    /// that is not en or es is refused below. `handoff help [COMMAND]` is `handoff [COMMAND]
    /// --help`, as people type it after git and swift.
    @MainActor
    public static func run(_ given: [String], environment: [String: String]) -> Int32 {
        let arguments = given.first == "help" ? Array(given.dropFirst()) + ["--help"] : given
        let strings = Strings((try? Language.choose(flag: Language.flag(in: arguments), environment: environment)) ?? .english)
        let parser = parser(strings: strings)
        let parsed: ParsedCommand
        do {
            parsed = try parser.parse(arguments)
        } catch {
            // The message may quote an argument, which may hold anything.
            FileHandle.standardError.write(Data((TerminalText.sanitizeLines(error.text(strings)) + "\n").utf8))
            return 2
        }
        if parsed.has("--version") {
            print("handoff \(version)")
            return 0
        }
        if parsed.wantsHelp {
            let showOverview = parsed.command == "board" && !arguments.contains("board")
            print(showOverview ? parser.usage(for: parser.spec("board")) + "\n\n" + parser.overview() : parser.usage(for: parsed))
            return 0
        }
        let context = CommandContext(parsed: parsed, environment: environment, strings: strings)
        if let code = parsed.value("--lang"), Language(code: code) == nil {
            context.printError(
                UsageError(
                    Message(.langTakesEnOr, "\(TerminalText.sanitize(code))"), usage: parser.usage(for: parser.spec(parsed.command))
                ).text(strings))
            return 2
        }
        guard let command = commands.first(where: { $0.spec.name == parsed.command }) else { return 2 }
        do {
            return try command.run(context)
        } catch var error as UsageError {
            if error.usage.isEmpty { error.usage = parser.usage(for: parser.spec(parsed.command)) }
            context.printError(error.text(strings))
            return 2
        } catch {
            context.printError("handoff: " + strings.error(error))
            return 1
        }
    }
}
