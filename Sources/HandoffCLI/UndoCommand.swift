import HandoffCore
import HandoffStore

/// `handoff undo` and `handoff redo`: the same as `u` and `Ctrl-R`, for the user named by --as.
enum UndoCommand: HandoffCommand {
    static let spec = CommandSpec(name: "undo", summary: Message(.undoYourLastChange))

    static func run(_ context: CommandContext) throws -> Int32 {
        try UndoCommand.run(.undo, context: context)
    }

    static func run(_ command: Command, context: CommandContext) throws -> Int32 {
        let store = try context.openStore()
        let event = try store.apply(command, actor: try context.actor(in: store))
        let lead = try store.requireLead(id: event.leadID)
        // One sentence per kind of change, the same words as the board's status line.
        let undo = command == .undo
        let change = EventKind.change(
            undo ? event.detail : event.kind, lead: context.strings(context.describe(lead)),
            stage: context.stageTitle(undo ? event.fromStage : event.toStage, in: store), context.strings)
        let now = context.stageTitle(lead.stage, in: store)
        context.say(undo ? Message(.undidNowIn, "\(change)", "\(now)") : Message(.redidNowIn, "\(change)", "\(now)"))
        return 0
    }
}
