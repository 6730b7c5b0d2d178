import Foundation
import HandoffCore
import HandoffStore

/// `handoff follow-up list|add|done`: the steps planned with customers, as the inbox and an
/// account's detail show them.
enum FollowUpCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "follow-up", summary: Message(.listTheFollowUps),
        details: Message(.winPlansAKick),
        subcommands: [
            CommandSpec(
                name: "list", summary: Message(.openFollowUpsSoonest),
                options: [
                    OptionSpec("--all", Message(.everyonesNotOnlyYours)), OptionSpec("--overdue", Message(.onlyThosePastDue)),
                    OptionSpec("--json", Message(.printJSONInsteadOf)),
                ]),
            CommandSpec(
                name: "add", summary: Message(.planAFollowUp), arguments: ["ACCOUNT", "TEXT..."],
                options: [
                    OptionSpec("--due", value: "DATE", required: true, Message(.yyyyMMDDYYYY)),
                    OptionSpec("--owner", value: "LOGIN", Message(.whoDoesItElse)),
                ]),
            CommandSpec(name: "done", summary: Message(.markAFollowUp), arguments: ["ID"]),
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
            context.say(Message(.noFollowUpIs))
            return 0
        }
        for step in steps {
            let late = step.isOverdue(now: now) ? " " + strings(Message(.overdue)) : ""
            context.print(
                "#\(step.id)  \(strings.dateTime(step.due))\(late)  \(TerminalText.sanitize(step.accountName)) (account \(step.accountID)): "
                    + "\(TerminalText.sanitize(step.title(strings))) · \(TerminalText.sanitize(step.owner ?? "-"))")
        }
        return 0
    }

    static func add(_ context: CommandContext) throws -> Int32 {
        let now = Timestamp.now()
        guard let due = try context.dueOption(now: now) else { throw HandoffError.invalidInput(Message(.followUpNeedsDue)) }
        let store = try context.openStore()
        let account = try store.findAccount(context.parsed.arguments[0])
        let body = context.parsed.arguments.dropFirst().joined(separator: " ")
        try store.apply(
            .addFollowUp(accountID: account.id, body: body, due: due, owner: context.parsed.value("--owner")),
            actor: try context.actor(in: store), at: now)
        context.say(
            Message(.plannedAFollowUp, "\(TerminalText.sanitize(account.name))", "\(account.id)", "\(context.strings.dateTime(due))")
        )
        return 0
    }

    static func done(_ context: CommandContext) throws -> Int32 {
        let text = context.parsed.arguments[0]
        guard let id = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text) else {
            throw HandoffError.invalidInput(Message(.idMustBeA, "\(TerminalText.sanitize(text))"))
        }
        let store = try context.openStore()
        let change = try store.apply(.setFollowUpDone(followUpID: id, done: true), actor: try context.actor(in: store))
        context.say(Message(.followUpWithIs, "\(id)", "\(TerminalText.sanitize(change.account.name))"))
        return 0
    }
}
