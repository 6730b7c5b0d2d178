import HandoffCore
import HandoffStore

/// `handoff lost LEAD --reason CODE`: the same command as `o` on the board.
enum LostCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "lost", summary: Message(.markALeadLost), arguments: ["LEAD"],
        options: [OptionSpec("--reason", value: "CODE", required: true, Message(.whyACodeOf))],
        details: Message(.defaultReasonsPriceCompetitor))

    static func run(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        let reason = context.parsed.value("--reason") ?? ""
        let store = try context.openStore()
        try store.apply(.lost(leadID: leadID, reason: reason, expectedVersion: nil), actor: try context.actor(in: store))
        let lead = try store.requireLead(id: leadID)
        let label = try store.reasons(.lost).first { $0.code == reason }?.label ?? reason
        context.say(Message(.lost, "\(context.describe(lead))", "\(TerminalText.sanitize(reason))", "\(TerminalText.sanitize(label))"))
        return 0
    }
}
