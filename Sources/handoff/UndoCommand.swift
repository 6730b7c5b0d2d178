import HandoffCore
import HandoffStore

/// `handoff undo` and `handoff redo`: the same as `u` and `Ctrl-R`, for the user named by --as.
enum UndoCommand: HandoffCommand {
    static let spec = CommandSpec(name: "undo", summary: "Undo your last change to a lead (same as `u`); the undo is itself an event.")

    static func run(_ context: CommandContext) throws -> Int32 {
        try UndoCommand.run(.undo, context: context)
    }

    static func run(_ command: Command, context: CommandContext) throws -> Int32 {
        let store = try context.openStore()
        let event = try store.apply(command, actor: try context.actor(in: store))
        let lead = try store.requireLead(id: event.leadID)
        let what: Message = command == .undo ? event.detail.map { "Undid \(TerminalText.sanitize($0))" } ?? "Undid the change" : "Redid \(TerminalText.sanitize(event.kind))"
        context.say("\(what) of \(context.describe(lead)); now in \(context.stageTitle(lead.stage, in: store))")
        return 0
    }
}
