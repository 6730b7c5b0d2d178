import HandoffCore
import HandoffStore

/// `handoff accept LEAD [--owner LOGIN]`: the same command as `a` in the inbox.
enum AcceptCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "accept", summary: "Accept a handed-off lead for sales (same checks and event as `a`).", arguments: ["LEAD"],
        options: [OptionSpec("--owner", value: "LOGIN", "the rep who takes it (default: you, see --as)")])

    static func run(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        let store = try context.openStore()
        let event = try store.apply(
            .accept(leadID: leadID, owner: context.parsed.value("--owner"), expectedVersion: nil), actor: try context.actor(in: store))
        let lead = try store.requireLead(id: leadID)
        let accepted: Message =
            "Accepted \(context.describe(lead)): owner \(TerminalText.sanitize(lead.owner ?? "")), now in \(context.stageTitle(event.toStage, in: store))"
        if let response = try store.response(eventID: event.id) {
            let time = DurationFormat.hoursMinutes(response.workingSeconds)
            context.say(
                response.withinServiceLevel
                    ? "\(accepted); answered after \(time) of working time, within the service level"
                    : "\(accepted); answered after \(time) of working time, past the service level")
        } else {
            context.say(accepted)
        }
        return 0
    }
}
