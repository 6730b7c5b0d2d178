import Foundation
import HandoffCore
import HandoffStore

/// `handoff follow-up list|add|done`: the steps planned with customers, as the inbox and an
/// account's detail show them.
enum FollowUpCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "follow-up", summary: "List the follow-ups with customers, plan one, or mark one done.",
        details: "A win plans a kick-off, a check-in and a review (settings.follow_up_schedule); a detractor's answer plans a call back.",
        subcommands: [
            CommandSpec(
                name: "list", summary: "Open follow-ups, soonest due first: yours, or everyone's with --all.",
                options: [
                    OptionSpec("--all", "everyone's, not only yours"), OptionSpec("--overdue", "only those past due"),
                    OptionSpec("--json", "print JSON instead of a table"),
                ]),
            CommandSpec(
                name: "add", summary: "Plan a follow-up with a customer.", arguments: ["ACCOUNT", "TEXT..."],
                options: [
                    OptionSpec("--due", value: "DATE", required: true, "YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +N days"),
                    OptionSpec("--owner", value: "LOGIN", "who does it (else the account manager)"),
                ]),
            CommandSpec(name: "done", summary: "Mark a follow-up done.", arguments: ["ID"]),
        ])

    static func run(_ context: CommandContext) throws -> Int32 {
        switch context.parsed.subcommand {
        case "add": return try add(context)
        case "done": return try done(context)
        default: return try list(context)
        }
    }

    static func list(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let now = Timestamp.now()
        let owner = context.parsed.has("--all") ? nil : try context.actor(in: store)
        let steps = try store.openFollowUps(owner: owner, dueBefore: context.parsed.has("--overdue") ? now : nil, limit: 1_000)
        if context.parsed.has("--json") {
            try context.printJSON(
                steps.map { step -> [String: Any] in
                    [
                        "id": step.id, "account_id": step.accountID, "account": step.accountName, "kind": step.kind.rawValue,
                        "title": step.title(.english),
                        "owner": step.owner ?? NSNull() as Any, "due": Timestamp.iso(step.due), "overdue": step.isOverdue(now: now),
                    ]
                })
            return 0
        }
        let strings = context.strings
        if steps.isEmpty {
            context.say("No follow-up is open.")
            return 0
        }
        for step in steps {
            let late = step.isOverdue(now: now) ? " " + strings("(overdue)") : ""
            context.print(
                "#\(step.id)  \(strings.dateTime(step.due))\(late)  \(TerminalText.sanitize(step.accountName)) (account \(step.accountID)): "
                    + "\(TerminalText.sanitize(step.title(strings))) · \(TerminalText.sanitize(step.owner ?? "-"))")
        }
        return 0
    }

    static func add(_ context: CommandContext) throws -> Int32 {
        let now = Timestamp.now()
        guard let due = try context.dueOption(now: now) else { throw HandoffError.invalidInput("a follow-up needs --due DATE") }
        let store = try context.openStore()
        let account = try store.findAccount(context.parsed.arguments[0])
        let body = context.parsed.arguments.dropFirst().joined(separator: " ")
        try store.apply(
            .addFollowUp(accountID: account.id, body: body, due: due, owner: context.parsed.value("--owner")),
            actor: try context.actor(in: store), at: now)
        context.say(
            "Planned a follow-up with \(TerminalText.sanitize(account.name)) (account \(account.id)) due \(context.strings.dateTime(due)) UTC"
        )
        return 0
    }

    static func done(_ context: CommandContext) throws -> Int32 {
        let text = context.parsed.arguments[0]
        guard let id = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text) else {
            throw HandoffError.invalidInput("ID must be a follow-up's number, not '\(TerminalText.sanitize(text))'")
        }
        let store = try context.openStore()
        let change = try store.apply(.setFollowUpDone(followUpID: id, done: true), actor: try context.actor(in: store))
        context.say("Follow-up \(id) with \(TerminalText.sanitize(change.account.name)) is done")
        return 0
    }
}
