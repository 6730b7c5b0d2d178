import Foundation
import HandoffCore
import HandoffStore

/// `handoff log`: the audit trail. Every change to a lead is an event with who made it and when;
/// changes to the board itself (stages, members, the meeting's records) are board events, merged in.
enum LogCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "log", summary: Message(.printTheEventLog),
        options: [
            OptionSpec("--lead", value: "ID", Message(.onlyThisLeadsHistory)),
            OptionSpec(
                "--since", value: "DATE",
                Message(.onlyEventsFromDATE)),
            OptionSpec("--actor", value: "LOGIN", Message(.onlyThisMembersChanges)),
            OptionSpec("--limit", value: "N", Message(.latestNMatchingEvents)),
            OptionSpec("--json", Message(.printAJSONArray)),
        ],
        details: Message(.eventsArePrintedOldest))

    static func run(_ context: CommandContext) throws -> Int32 {
        var query = Store.LogQuery(actor: context.parsed.value("--actor"))
        if let text = context.parsed.value("--lead") {
            guard let id = Int64(text), id > 0 else {
                throw HandoffError.invalidInput(Message(.leadMustBeALead, "\(TerminalText.sanitize(text))"))
            }
            query.leadID = id
        }
        let now = Timestamp.now()
        if let text = context.parsed.value("--since") {
            query.since = try since(text, now: now, language: context.strings.language)
        }
        let limit = try context.integer("--limit", default: 200, range: 1...1_000_000)
        let store = try context.openStore(readOnly: true)
        if let id = query.leadID, try store.lead(id: id) == nil { throw HandoffError.leadNotFound(id) }
        let entries = try store.log(query, limit: limit)
        // The board's own changes (stages, members, action items) belong to no lead.
        let boardEvents = query.leadID == nil ? try store.boardEvents(since: query.since, actor: query.actor, limit: limit) : []
        let lines = Array(
            (entries.map { (at: $0.event.at, line: line($0, context.strings), json: json($0)) }
                + boardEvents.map { (at: $0.at, line: line($0, context.strings), json: json($0)) })
                .enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element).suffix(limit))
        if context.parsed.has("--json") {
            try context.printJSON(lines.map(\.json))
            return 0
        }
        if lines.isEmpty {
            context.say(Message(.noEventsMatch))
            return 0
        }
        for entry in lines { context.print(entry.line) }
        let total =
            try store.logCount(query) + (query.leadID == nil ? try store.boardEventCount(since: query.since, actor: query.actor) : 0)
        if total > lines.count {
            context.sayError(
                lines.count == 1
                    ? Message(.latestOfEventsLimit, "\(integer: total)")
                    : Message(.latestOfEventsLimitShows, "\(integer: lines.count)", "\(integer: total)"))
        }
        return 0
    }

    /// `2026-11-01`, `2026-11-01 09:00` (in Spanish also `01/11/2026 09:00`), `7d` (the last
    /// seven days) or `2w`.
    static func since(_ text: String, now: Int64, language: Language) throws -> Int64 {
        if let days = DateInput.days(text) { return now - days * 86_400 }
        guard let time = DateInput.moment(text, language: language)?.seconds else {
            throw HandoffError.invalidInput(
                Message(.sinceIsNotA, "\(TerminalText.sanitize(text))")
            )
        }
        return time
    }

    static func line(_ entry: LogEntry, _ strings: Strings) -> String {
        let event = entry.event
        var what = event.kind
        if let from = event.fromStage, let to = event.toStage, from != to {
            what += " \(from) -> \(to)"
        } else if let to = event.toStage, event.fromStage == nil {
            what += " -> \(to)"
        }
        if let detail = event.detail, !detail.isEmpty { what += ": \(detail)" }
        let lead = TerminalText.fit(TerminalText.sanitize("\(event.leadID) \(entry.leadName)"), to: 28)
        return strings.dateTime(event.at) + "  " + actorColumn(event.actorWithProxy) + "  " + lead + "  "
            + TerminalText.sanitize(what)
    }

    /// A change to the board itself: what it was about stands where a lead would.
    static func line(_ event: BoardEvent, _ strings: Strings) -> String {
        let actor = event.actedBy.map { "\(event.actor) (by \($0))" } ?? event.actor
        let subject = TerminalText.fit(
            TerminalText.sanitize(strings(Message(.board, "\(subjectNoun(event.kind))", "\(event.subject)"))), to: 28)
        return strings.dateTime(event.at) + "  " + actorColumn(actor) + "  " + subject + "  "
            + TerminalText.sanitize(event.kind + (event.detail.map { ": " + $0 } ?? ""))
    }

    /// Ten columns wide, wider (not cut) when someone acted as another: both names are the point.
    private static func actorColumn(_ actor: String) -> String {
        let safe = TerminalText.sanitize(actor)
        return TerminalText.fit(safe, to: max(10, min(40, TerminalText.width(safe))))
    }

    private static func subjectNoun(_ kind: String) -> Message {
        if kind.hasPrefix("stage") { return Message(.stageWord) }
        if kind.hasPrefix("member") { return Message(.member) }
        if kind.hasPrefix("viewer") { return Message(.viewer) }
        if kind.hasPrefix("action") { return Message(.action) }
        if kind.hasPrefix("item") { return Message(.agendaItem) }
        if kind.hasPrefix("attendee") { return Message(.attendee) }
        if kind.hasPrefix("meeting_note") { return Message(.meetingNote) }
        if kind.hasPrefix("account") || kind.hasPrefix("follow_up") || kind.hasPrefix("satisfaction") {
            return Message(.accountNumberPrefix)
        }
        if kind.hasPrefix("setting") { return Message(.setting) }
        if kind == BoardEvent.Kind.rescored { return Message(.scoringVersionWord) }
        if kind == BoardEvent.Kind.contentRuleChanged { return Message(.setting) }
        if kind.hasPrefix("content") { return Message(.piece) }
        return Message(.meeting)
    }

    static func json(_ entry: LogEntry) -> [String: Any] {
        let event = entry.event
        return [
            "id": event.id == 0 ? NSNull() : event.id as Any, "at": Timestamp.iso(event.at), "actor": event.actor,
            "actor_name": entry.actorName ?? NSNull(),
            "acted_by": event.actedBy ?? NSNull(),
            "kind": event.kind, "lead_id": event.leadID, "lead_name": entry.leadName, "from_stage": event.fromStage ?? NSNull(),
            "to_stage": event.toStage ?? NSNull(), "detail": event.detail ?? NSNull(), "reverts": event.reverts ?? NSNull(),
        ]
    }

    static func json(_ event: BoardEvent) -> [String: Any] {
        [
            "board_event_id": event.id, "at": Timestamp.iso(event.at), "actor": event.actor, "acted_by": event.actedBy ?? NSNull(),
            "kind": event.kind, "lead_id": NSNull(), "subject": event.subject, "detail": event.detail ?? NSNull(),
        ]
    }
}
