import HandoffCore
import HandoffStore

/// `handoff move LEAD STAGE`: the same command path as `H`/`L` on the board, for scripts.
enum MoveCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "move", summary: Message(.moveALeadTo),
        arguments: ["LEAD", "STAGE"])

    static func run(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        let stage = context.parsed.arguments[1]
        let store = try context.openStore()
        let before = try store.requireLead(id: leadID)
        let event = try store.apply(.move(leadID: leadID, toStage: stage, expectedVersion: nil), actor: try context.actor(in: store))
        context.say(
            Message(
                .moved, "\(context.describe(before))", "\(TerminalText.sanitize(event.fromStage ?? "?"))",
                "\(TerminalText.sanitize(event.toStage ?? stage))")
        )
        return 0
    }
}
