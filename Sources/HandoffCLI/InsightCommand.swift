import Foundation
import HandoffCore
import HandoffStore

/// `handoff insight add|list`: what the reps hear from leads, the same as `i` on the board, and
/// the themes marketing turns into content.
enum InsightCommand: HandoffCommand {
    static let groupings = InsightGrouping.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "insight", summary: Message(.writeDownWhatA),
        details: Message(.kindsObjectionQuestionPain),
        subcommands: [
            CommandSpec(
                name: "add", summary: Message(.addAnInsightTo), arguments: ["LEAD", "TEXT..."],
                options: [
                    OptionSpec(
                        "--kind", value: "KIND", required: true, choices: InsightKind.allCases.map(\.rawValue),
                        Message(.objectionQuestionPainCompetitor)),
                    OptionSpec("--quote", value: "TEXT", Message(.leadsOwnWordsAs)),
                ]),
            CommandSpec(
                name: "list", summary: Message(.listTheInsightsHeard),
                options: [
                    OptionSpec("--kind", value: "KIND", choices: InsightKind.allCases.map(\.rawValue), Message(.onlyInsightsOfThis)),
                    OptionSpec(
                        "--since", value: "DATE",
                        Message(.onlyFromDATEOn)),
                    OptionSpec("--lead", value: "ID", Message(.onlyTheInsightsOf)),
                    OptionSpec(
                        "--by", value: "GROUP", choices: InsightGrouping.allCases.map(\.rawValue),
                        Message(.groupThemThemeThe)),
                    OptionSpec("--limit", value: "N", Message(.atMostNInsights)),
                    OptionSpec("--json", Message(.printJSONInsteadOf)),
                ],
                details: Message(.withByEachGroup)),
        ])

    static func run(_ context: CommandContext) throws -> Int32 {
        context.parsed.subcommand == "add" ? try add(context) : try list(context)
    }

    static func add(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        guard let kindText = context.parsed.value("--kind"), let kind = InsightKind.named(kindText) else {
            throw UsageError(Message(.kindTakes, "\(InsightKind.codes)"), usage: "")
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
            Message(
                .insightOn, "\(id)", "\(context.describe(lead))", "\(context.strings(kind.nameKey))",
                "\(TerminalText.sanitize(text.trimmingCharacters(in: .whitespacesAndNewlines)))")
        )
        context.say(Message(.marketingTurnsItInto, "\(id)"))
        return 0
    }

    static func list(_ context: CommandContext) throws -> Int32 {
        let now = Timestamp.now()
        let since = try context.parsed.value("--since").map { try LogCommand.since($0, now: now, language: context.strings.language) }
        let kind = try context.parsed.value("--kind").map { text -> InsightKind in
            guard let kind = InsightKind.named(text) else { throw UsageError(Message(.kindTakes, "\(InsightKind.codes)"), usage: "") }
            return kind
        }
        let leadID = try context.parsed.value("--lead").map { text -> Int64 in
            guard let id = Int64(text), id > 0 else {
                throw HandoffError.invalidInput(Message(.leadMustBeALead, "\(TerminalText.sanitize(text))"))
            }
            return id
        }
        let grouping = try context.parsed.value("--by").map { text -> InsightGrouping in
            guard let grouping = InsightGrouping(rawValue: text) else {
                throw UsageError(
                    Message(.byTakesOr, "\(groupings.dropLast().joined(separator: ", "))", "\(groupings[groupings.count - 1])"), usage: "")
            }
            return grouping
        }
        let limit = try context.integer("--limit", default: 200, range: 1...100_000)
        let store = try context.openStore(readOnly: true)
        if let grouping {
            if kind != nil || leadID != nil {
                throw UsageError(Message(.byGroupsEveryInsight), usage: "")
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
            context.say(Message(.noInsightsMatchAdd))
            return 0
        }
        let strings = context.strings
        context.print(
            row([
                strings(Message(.id)), strings(Message(.when)), strings(Message(.by)), strings(Message(.leadHeader)),
                strings(Message(.kind)),
                strings(Message(.insight)),
            ]))
        for insight in insights {
            let answered = insight.answered ? " " + strings(Message(.answered)) : ""
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
            context.say(Message(.noInsightsInThis))
            return 0
        }
        let strings = context.strings
        context.print(
            themeRow([
                strings(grouping.nameKey).uppercased(), strings(Message(.insights)), strings(Message(.leadsHeader)),
                strings(Message(.answeredHeader)), strings(Message(.last8WEEKS)),
            ]))
        for theme in themes {
            var label = theme.label.isEmpty ? strings(Message(.none)) : theme.label
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
