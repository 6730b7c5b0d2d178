import HandoffCore
import HandoffStore

/// `handoff reject LEAD --reason CODE [--comment TEXT]`: the same command as `x` in the inbox.
enum RejectCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "reject", summary: "Send a handed-off lead back to marketing with a reason (same as `x`).", arguments: ["LEAD"],
        options: [
            OptionSpec("--reason", value: "CODE", required: true, "why: a code of the reasons table (see details)"),
            OptionSpec("--comment", value: "TEXT", "what marketing should know"),
        ],
        details:
            "Default reasons: not_target, no_budget, no_interest, bad_data, duplicate, student, competitor,\nother (needs a comment). The lead goes back to Nurturing and marketing sees why."
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
            "Rejected \(context.describe(lead)): \(TerminalText.sanitize(reason)) (\(TerminalText.sanitize(label))); back in \(context.stageTitle(event.toStage, in: store))"
        )
        return 0
    }
}
