import HandoffCore
import HandoffStore

/// `handoff note LEAD TEXT [--due DATE]`: the same command as `c` on the board.
enum NoteCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "note", summary: Message(.addANoteTo), arguments: ["LEAD", "TEXT..."],
        options: [OptionSpec("--due", value: "DATE", Message(.makesItANext))],
        details: Message(.leadWithANext))

    static func run(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        let body = context.parsed.arguments.dropFirst().joined(separator: " ")
        let now = Timestamp.now()
        let due = try context.dueOption(now: now)
        let store = try context.openStore()
        try store.apply(.note(leadID: leadID, body: body, due: due), actor: try context.actor(in: store), at: now)
        let lead = try store.requireLead(id: leadID)
        context.say(
            due.map { Message(.addedANextStep, "\(context.strings.dateTime($0))", "\(context.describe(lead))") }
                ?? Message(.addedANoteTo, "\(context.describe(lead))"))
        return 0
    }
}
