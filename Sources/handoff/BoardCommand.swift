import Foundation
import HandoffCore
import HandoffStore
import HandoffTUI

/// `handoff`: opens the board in the terminal.
enum BoardCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "board", summary: "Open the pipeline board in the terminal (the default command).",
        details: "The database is --db, else $HANDOFF_DB, else $XDG_DATA_HOME/handoff/board.db\n(~/.local/share/handoff/board.db). A missing file is created with the default pipeline.")

    static func run(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore()
        try open(store, context: context)
        return 0
    }

    /// `prepare` sends the keys a command opens the board with (the meeting, for instance).
    static func open(_ store: Store, context: CommandContext, prepare: (AppRuntime) -> Void = { _ in }) throws {
        let runtime = AppRuntime(store: store, actor: context.actor, width: 120, height: 40)
        prepare(runtime)
        let colorEnabled = (context.environment["NO_COLOR"] ?? "").isEmpty
        try TerminalApp.run(runtime: runtime, theme: .builtIn, colorEnabled: colorEnabled)
    }
}
