import Foundation
import HandoffCore

let commands: [HandoffCommand.Type] = [BoardCommand.self, DemoCommand.self, InitCommand.self, SnapshotCommand.self, MoveCommand.self,
                                      InboxCommand.self, AcceptCommand.self, RejectCommand.self, WonCommand.self, LostCommand.self, NoteCommand.self,
                                      UndoCommand.self, RedoCommand.self, FeedbackCommand.self, LogCommand.self, MemberCommand.self, StageCommand.self,
                                      KPICommand.self, ReportCommand.self, MeetingCommand.self, ScoringCommand.self, ImportCommand.self,
                                      ExportCommand.self, GenerateCommand.self, CheckCommand.self, BackupCommand.self, RestoreCommand.self]

/// The language is known before the command line is understood, so that even its usage errors and
/// `--help` are in the person's language: a `--lang` that is not en or es is refused below.
let arguments = Array(CommandLine.arguments.dropFirst())
let environment = ProcessInfo.processInfo.environment
let strings = Strings((try? Language.choose(flag: Language.flag(in: arguments), environment: environment)) ?? .english)

let parser = CommandLineParser(
    program: "handoff", defaultCommand: "board", commands: commands.map { $0.spec },
    globalOptions: [
        OptionSpec("--db", value: "PATH", "the board's database file"),
        OptionSpec("--as", value: "LOGIN", "act as this member (admins; anyone on the demo board)"),
        OptionSpec("--read-only", "open without writing anything"),
        OptionSpec("--theme", value: "NAME|PATH", "colour theme: default, light, high-contrast, solarized-dark, projector, or a file (else $HANDOFF_THEME)"),
        OptionSpec("--lang", value: "en|es", "language of the board (else LC_ALL, LC_MESSAGES, LANG)"),
        OptionSpec("--ascii", "draw borders and symbols in plain ASCII"),
        OptionSpec("--mouse", "click to select cards and tabs, wheel to scroll (else $HANDOFF_MOUSE=1); stops text selection"),
    ], strings: strings)

let version = "0.1.0"

@MainActor
func runMain() -> Int32 {
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
        let showOverview = parsed.command == "board" && !CommandLine.arguments.contains("board")
        print(showOverview ? parser.usage(for: parser.spec("board")) + "\n\n" + parser.overview() : parser.usage(for: parsed))
        return 0
    }
    let context = CommandContext(parsed: parsed, environment: environment, strings: strings)
    if let code = parsed.value("--lang"), Language(code: code) == nil {
        context.printError(UsageError("--lang takes en or es, not '\(TerminalText.sanitize(code))'", usage: parser.usage(for: parser.spec(parsed.command))).text(strings))
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

exit(runMain())
