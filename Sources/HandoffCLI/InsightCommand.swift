import Foundation
import HandoffCore
import HandoffStore

/// `handoff insight add|list`: what the reps hear from leads, the same as `i` on the board, and
/// the themes marketing turns into content.
enum InsightCommand: HandoffCommand {
    static let groupings = InsightGrouping.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "insight", summary: "Write down what a lead said (an objection, a question, a pain...), or list what sales heard.",
        details: """
            Kinds: objection, question, pain, competitor, feature_request, praise. An insight is an event of its lead:
            it is in the lead's history and the log, and `handoff undo` takes it back. Marketing links insights to the
            pieces of content they motivate (`handoff content link ID --insight N`); a published piece answers them.
            """,
        subcommands: [
            CommandSpec(
                name: "add", summary: "Add an insight to a lead (same as `i`).", arguments: ["LEAD", "TEXT..."],
                options: [
                    OptionSpec(
                        "--kind", value: "KIND", required: true, choices: InsightKind.allCases.map(\.rawValue),
                        "objection, question, pain, competitor, feature_request or praise"),
                    OptionSpec("--quote", value: "TEXT", "the lead's own words, as they said them"),
                ]),
            CommandSpec(
                name: "list", summary: "List the insights heard, newest first, or their themes grouped with --by.",
                options: [
                    OptionSpec("--kind", value: "KIND", choices: InsightKind.allCases.map(\.rawValue), "only insights of this kind"),
                    OptionSpec(
                        "--since", value: "DATE",
                        "only from DATE on: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC), or Nd / Nw for the last N days or weeks"),
                    OptionSpec("--lead", value: "ID", "only the insights of this lead"),
                    OptionSpec(
                        "--by", value: "GROUP", choices: InsightGrouping.allCases.map(\.rawValue),
                        "group them: theme (the same kind and words), kind, source, campaign or stage"),
                    OptionSpec("--limit", value: "N", "at most N insights or groups (default 200)"),
                    OptionSpec("--json", "print JSON instead of a table"),
                ],
                details: """
                    With --by, each group has its insights since DATE (all time without --since), the leads they came from,
                    how many a published piece answers, and its count in each of the last eight weeks, oldest first.
                    """),
        ])

    static func run(_ context: CommandContext) throws -> Int32 {
        context.parsed.subcommand == "add" ? try add(context) : try list(context)
    }

    static func add(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        guard let kindText = context.parsed.value("--kind"), let kind = InsightKind.named(kindText) else {
            throw UsageError("--kind takes \(InsightKind.codes)", usage: "")
        }
        let text = context.parsed.arguments.dropFirst().joined(separator: " ")
        let now = Timestamp.now()
        let store = try context.openStore()
        let event = try store.apply(
            .insight(leadID: leadID, kind: kind, text: text, quote: context.parsed.value("--quote"), expectedVersion: nil),
            actor: try context.actor(in: store), at: now)
        let lead = try store.requireLead(id: leadID)
        let id = try store.insights(leadID: leadID, limit: 1).first { $0.eventID == event.id }?.id ?? 0
        context.say(
            "Insight #\(id) on \(context.describe(lead)): \(context.strings(kind.nameKey)), \(TerminalText.sanitize(text.trimmingCharacters(in: .whitespacesAndNewlines)))"
        )
        context.say("Marketing turns it into content with handoff content link PIECE --insight \(id); handoff undo takes it back.")
        return 0
    }

    static func list(_ context: CommandContext) throws -> Int32 {
        let now = Timestamp.now()
        let since = try context.parsed.value("--since").map { try LogCommand.since($0, now: now, language: context.strings.language) }
        let kind = try context.parsed.value("--kind").map { text -> InsightKind in
            guard let kind = InsightKind.named(text) else { throw UsageError("--kind takes \(InsightKind.codes)", usage: "") }
            return kind
        }
        let leadID = try context.parsed.value("--lead").map { text -> Int64 in
            guard let id = Int64(text), id > 0 else {
                throw HandoffError.invalidInput("--lead must be a lead id (a whole number), not '\(TerminalText.sanitize(text))'")
            }
            return id
        }
        let grouping = try context.parsed.value("--by").map { text -> InsightGrouping in
            guard let grouping = InsightGrouping(rawValue: text) else {
                throw UsageError(
                    "--by takes \(groupings.dropLast().joined(separator: ", ")) or \(groupings[groupings.count - 1])", usage: "")
            }
            return grouping
        }
        let limit = try context.integer("--limit", default: 200, range: 1...100_000)
        let store = try context.openStore(readOnly: true)
        if let grouping {
            if kind != nil || leadID != nil {
                throw UsageError("--by groups every insight; it does not go with --kind or --lead", usage: "")
            }
            return try themes(context, store: store, grouping: grouping, since: since ?? 0, now: now, limit: limit)
        }
        let insights = try store.insights(leadID: leadID, kind: kind, since: since, limit: limit)
        let names = try store.memberNames()
        if context.parsed.has("--json") {
            try context.printJSON(insights.map { json($0, names: names) })
            return 0
        }
        guard !insights.isEmpty else {
            context.say("No insights match; add one with handoff insight add LEAD --kind KIND TEXT (or i on the board).")
            return 0
        }
        let strings = context.strings
        context.print(row([strings("ID"), strings("WHEN"), strings("BY"), strings("LEAD"), strings("KIND"), strings("INSIGHT")]))
        for insight in insights {
            let answered = insight.answered ? " " + strings("(answered)") : ""
            context.print(
                row([
                    "#\(insight.id)", strings.dateTime(insight.at), insight.author, "\(insight.leadID) \(insight.leadName)",
                    strings(insight.kind.nameKey), insight.text + answered,
                ]))
            if let quote = insight.quote { context.print(String(repeating: " ", count: 80) + "\"" + TerminalText.sanitize(quote) + "\"") }
        }
        return 0
    }

    static func themes(_ context: CommandContext, store: Store, grouping: InsightGrouping, since: Int64, now: Int64, limit: Int) throws
        -> Int32
    {
        let themes = try store.insightThemes(by: grouping, from: since, to: now + 1, limit: limit)
        if context.parsed.has("--json") {
            try context.printJSON(
                themes.map { theme -> [String: Any] in
                    [
                        "group": grouping.rawValue, "key": theme.key, "label": theme.label, "kind": theme.kind?.rawValue ?? NSNull(),
                        "insights": theme.count,
                        "leads": theme.leads, "answered": theme.answered, "weekly": theme.weekly, "latest": Timestamp.iso(theme.latest),
                    ]
                })
            return 0
        }
        guard !themes.isEmpty else {
            context.say("No insights in this period.")
            return 0
        }
        let strings = context.strings
        context.print(
            themeRow([
                strings(grouping.nameKey).uppercased(), strings("INSIGHTS"), strings("LEADS"), strings("ANSWERED"), strings("LAST 8 WEEKS"),
            ]))
        for theme in themes {
            var label = theme.label.isEmpty ? strings("(none)") : theme.label
            if grouping == .theme, let kind = theme.kind { label = strings(kind.nameKey) + ": " + label }
            if grouping == .kind, let kind = InsightKind(rawValue: theme.key) { label = strings(kind.nameKey) }
            context.print(
                themeRow([
                    label, strings.integer(theme.count), strings.integer(theme.leads), strings.integer(theme.answered),
                    theme.weekly.map(String.init).joined(separator: " "),
                ]))
        }
        return 0
    }

    static func json(_ insight: Insight, names: [String: String]) -> [String: Any] {
        [
            "id": insight.id, "lead_id": insight.leadID, "lead_name": insight.leadName, "company": insight.company,
            "source": insight.source,
            "campaign": insight.campaign ?? NSNull(), "at": Timestamp.iso(insight.at), "author": insight.author,
            "author_name": names[insight.author] ?? NSNull(),
            "kind": insight.kind.rawValue, "text": insight.text, "quote": insight.quote ?? NSNull(), "stage": insight.stage,
            "event_id": insight.eventID,
            "pieces": insight.pieces, "answered": insight.answered,
        ]
    }

    private static func row(_ cells: [String]) -> String {
        (zip(cells.dropLast(), [6, 17, 10, 24, 18]).map { TerminalText.fit(TerminalText.sanitize($0), to: $1) } + [
            TerminalText.sanitize(cells[cells.count - 1])
        ])
        .joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    private static func themeRow(_ cells: [String]) -> String {
        zip(cells, [40, 9, 6, 9, 20]).enumerated().map { index, pair in
            TerminalText.fit(TerminalText.sanitize(pair.0), to: pair.1, alignRight: index > 0 && index < 4)
        }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
