import HandoffCore
import HandoffStore

/// `handoff reject LEAD --reason CODE [--comment TEXT]`: the same command as `x` in the inbox.
enum RejectCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "reject", summary: Message(.sendAHandedOff), arguments: ["LEAD"],
        options: [
            OptionSpec("--reason", value: "CODE", required: true, Message(.whyACodeOf)),
            OptionSpec("--comment", value: "TEXT", Message(.whatMarketingShouldKnow)),
        ],
        details:
            Message(.defaultReasonsNotTarget)
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        let reason = context.parsed.value("--reason") ?? ""
        let store = try context.openStore()
        let event = try store.apply(
            .reject(leadID: leadID, reason: reason, comment: context.parsed.value("--comment") ?? "", expectedVersion: nil),
            actor: try context.actor(in: store))
        let lead = try store.requireLead(id: leadID)
        let label = try store.reasons(.reject).first { $0.code == reason }?.label ?? reason
        context.say(
            Message(
                .rejectedBackIn, "\(context.describe(lead))", "\(TerminalText.sanitize(reason))", "\(TerminalText.sanitize(label))",
                "\(context.stageTitle(event.toStage, in: store))")
        )
        return 0
    }
}
