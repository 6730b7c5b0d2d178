import HandoffCore

/// `handoff redo`: re-does what `handoff undo` (or `u`) undid, unless you changed something since.
enum RedoCommand: HandoffCommand {
    static let spec = CommandSpec(name: "redo", summary: Message(.redoYourLastUndone))

    static func run(_ context: CommandContext) throws -> Int32 {
        try UndoCommand.run(.redo, context: context)
    }
}
