import Foundation
import HandoffCore
import HandoffStore
import HandoffTUI

/// `handoff`: opens the board in the terminal.
enum BoardCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "board", summary: Message(.openThePipelineBoard),
        options: [OptionSpec("--quiet", Message(.doNotCelebrateWon))],
        details:
            Message(.databaseIsDbElse)
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore()
        try open(store, context: context)
        return 0
    }

    /// Opens the board for `actor`, or for whoever the options and the login say; `prepare` sends
    /// the keys a command opens the board with (the meeting, for instance).
    static func open(_ store: Store, context: CommandContext, as chosen: String? = nil, prepare: (AppRuntime) -> Void = { _ in }) throws {
        let actor = try chosen ?? context.actor(in: store)
        // Presence is a courtesy: a board whose folder cannot hold the presence file still opens.
        let presence = try? Presence(
            boardPath: store.path, login: actor, name: try store.displayName(login: actor),
            readOnly: try store.writeRefusal(for: actor) != nil)
        defer { presence?.leave() }
        let runtime = AppRuntime(store: store, actor: actor, width: 120, height: 40, options: try context.appOptions(), presence: presence)
        prepare(runtime)
        try TerminalApp.run(runtime: runtime, environment: context.environment)
    }
}
