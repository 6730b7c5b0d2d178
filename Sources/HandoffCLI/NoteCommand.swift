import HandoffCore
import HandoffStore

/// `handoff note LEAD TEXT [--due DATE]`: the same command as `c` on the board.
enum NoteCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "note", summary: "Add a note to a lead, or a next step with --due (same as `c`).", arguments: ["LEAD", "TEXT..."],
        options: [OptionSpec("--due", value: "DATE", "makes it a next step: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +N days")],
        details: "A lead with a next step in the future is not flagged stale until that date passes.")

    static func run(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        let body = context.parsed.arguments.dropFirst().joined(separator: " ")
        let now = Timestamp.now()
        let due = try context.dueOption(now: now)
        let store = try context.openStore()
        try store.apply(.note(leadID: leadID, body: body, due: due), actor: try context.actor(in: store), at: now)
        let lead = try store.requireLead(id: leadID)
        context.say(
            due.map { "Added a next step due \(context.strings.dateTime($0)) UTC to \(context.describe(lead))" }
                ?? "Added a note to \(context.describe(lead))")
        return 0
    }
}
