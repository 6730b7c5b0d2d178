import HandoffCore
import HandoffStore

/// `handoff accept LEAD [--owner LOGIN]`: the same command as `a` in the inbox.
enum AcceptCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "accept", summary: Message(.acceptAHandedOff), arguments: ["LEAD"],
        options: [OptionSpec("--owner", value: "LOGIN", Message(.repWhoTakesIt))])

    static func run(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        let store = try context.openStore()
        let event = try store.apply(
            .accept(leadID: leadID, owner: context.parsed.value("--owner"), expectedVersion: nil), actor: try context.actor(in: store))
        let lead = try store.requireLead(id: leadID)
        let accepted: Message =
            Message(
                .acceptedOwnerNowIn, "\(context.describe(lead))", "\(TerminalText.sanitize(lead.owner ?? ""))",
                "\(context.stageTitle(event.toStage, in: store))")
        if let response = try store.response(eventID: event.id) {
            let time = DurationFormat.hoursMinutes(response.workingSeconds)
            context.say(
                response.withinServiceLevel
                    ? Message(.answeredAfterOfWorking, "\(accepted)", "\(time)")
                    : Message(.answeredAfterOfWorkingTime, "\(accepted)", "\(time)"))
        } else {
            context.say(accepted)
        }
        return 0
    }
}
