import Foundation
import HandoffCore
import HandoffStore

/// `handoff log`: the audit trail. Every change to a lead is an event with who made it and when.
enum LogCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "log", summary: "Print the event log: who did what to which lead, and when.",
        options: [
            OptionSpec("--lead", value: "ID", "only this lead's history"),
            OptionSpec("--since", value: "DATE", "only events from DATE on: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC), or Nd for the last N days"),
            OptionSpec("--actor", value: "LOGIN", "only this member's changes"),
            OptionSpec("--limit", value: "N", "the latest N matching events (default 200)"),
            OptionSpec("--json", "print a JSON array instead of a table"),
        ],
        details: "Events are printed oldest first. Times are UTC. Kinds: created, moved, handed_off, accepted, rejected, won, lost,\nnote, edited, undone.")

    static func run(_ context: CommandContext) throws -> Int32 {
        var query = Store.LogQuery(actor: context.parsed.value("--actor"))
        if let text = context.parsed.value("--lead") {
            guard let id = Int64(text), id > 0 else {
                throw HandoffError.invalidInput("--lead must be a lead id (a whole number), not '\(TerminalText.sanitize(text))'")
            }
            query.leadID = id
        }
        let now = Timestamp.now()
        if let text = context.parsed.value("--since") {
            query.since = try since(text, now: now)
        }
        let limit = try context.integer("--limit", default: 200, range: 1...1_000_000)
        let store = try context.openStore(readOnly: true)
        if let id = query.leadID, try store.lead(id: id) == nil { throw HandoffError.leadNotFound(id) }
        let entries = try store.log(query, limit: limit)
        if context.parsed.has("--json") {
            try context.printJSON(json(entries))
            return 0
        }
        if entries.isEmpty {
            context.say("No events match.")
            return 0
        }
        for entry in entries { context.print(line(entry, context.strings)) }
        let total = try store.logCount(query)
        if total > entries.count {
            context.sayError("(the latest \(entries.count) of \(total) events; --limit shows more, --since or --lead fewer)")
        }
        return 0
    }

    /// `2026-11-01`, `2026-11-01 09:00`, or `7d`: the last seven days.
    static func since(_ text: String, now: Int64) throws -> Int64 {
        if text.hasSuffix("d"), let days = Int64(text.dropLast()), days >= 0 {
            // Beyond a hundred years everything is in; the bound keeps the arithmetic in range.
            return now - min(days, 36_500) * 86_400
        }
        guard let time = Timestamp.parse(text) else {
            throw HandoffError.invalidInput("--since: '\(TerminalText.sanitize(text))' is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or Nd (the last N days)")
        }
        return time
    }

    static func line(_ entry: LogEntry, _ strings: Strings) -> String {
        let event = entry.event
        var what = event.kind
        if let from = event.fromStage, let to = event.toStage, from != to { what += " \(from) -> \(to)" }
        else if let to = event.toStage, event.fromStage == nil { what += " -> \(to)" }
        if let detail = event.detail, !detail.isEmpty { what += ": \(detail)" }
        let lead = TerminalText.fit(TerminalText.sanitize("\(event.leadID) \(entry.leadName)"), to: 28)
        return strings.dateTime(event.at) + "  " + TerminalText.fit(TerminalText.sanitize(event.actor), to: 10) + "  " + lead + "  "
            + TerminalText.sanitize(what)
    }

    static func json(_ entries: [LogEntry]) -> [[String: Any]] {
        entries.map { entry in
            let event = entry.event
            return [
                "id": event.id, "at": Timestamp.iso(event.at), "actor": event.actor, "actor_name": entry.actorName ?? NSNull(),
                "kind": event.kind, "lead_id": event.leadID, "lead_name": entry.leadName, "from_stage": event.fromStage ?? NSNull(),
                "to_stage": event.toStage ?? NSNull(), "detail": event.detail ?? NSNull(), "reverts": event.reverts ?? NSNull(),
            ]
        }
    }
}
