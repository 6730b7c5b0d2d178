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

    static func open(_ store: Store, context: CommandContext) throws {
        let runtime = AppRuntime(store: store, actor: context.actor, width: 120, height: 40, options: try context.appOptions())
        try TerminalApp.run(runtime: runtime, environment: context.environment)
    }
}
