import Foundation
import HandoffCore

let commands: [HandoffCommand.Type] = [BoardCommand.self, DemoCommand.self, InitCommand.self, SnapshotCommand.self, MoveCommand.self,
                                      InboxCommand.self, AcceptCommand.self, RejectCommand.self, WonCommand.self, LostCommand.self, NoteCommand.self,
                                      UndoCommand.self, RedoCommand.self, FeedbackCommand.self, ScoringCommand.self]

let parser = CommandLineParser(
    program: "handoff", defaultCommand: "board", commands: commands.map { $0.spec },
    globalOptions: [
        OptionSpec("--db", value: "PATH", "the board's database file"),
        OptionSpec("--as", value: "LOGIN", "act as this team member"),
        OptionSpec("--read-only", "open without writing anything"),
    ])

let version = "0.1.0"

@MainActor
func runMain() -> Int32 {
    let parsed: ParsedCommand
    do {
        parsed = try parser.parse(Array(CommandLine.arguments.dropFirst()))
    } catch {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
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
    let context = CommandContext(parsed: parsed, environment: ProcessInfo.processInfo.environment)
    guard let command = commands.first(where: { $0.spec.name == parsed.command }) else { return 2 }
    do {
        return try command.run(context)
    } catch let error as HandoffError {
        context.printError("handoff: \(error.description)")
        return 1
    } catch {
        context.printError("handoff: \(error)")
        return 1
    }
}

exit(runMain())
