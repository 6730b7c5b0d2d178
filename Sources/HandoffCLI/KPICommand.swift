import Foundation
import HandoffCore
import HandoffStore

/// `handoff kpi`: every figure of the dashboard, for a script, a spreadsheet or a terminal, from
/// the same store query as the dashboard.
enum KPICommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "kpi", summary: "Print every KPI of the dashboard for a period (all time by default).",
        options: [
            OptionSpec("--from", value: "DATE", "first day of the period, YYYY-MM-DD (UTC)"),
            OptionSpec("--to", value: "DATE", "the day after the period (not included), YYYY-MM-DD"),
            OptionSpec(
                "--period", value: "NAME", choices: KPIPeriodKind.allCases.filter { $0 != .custom }.map(\.rawValue),
                "a preset instead: \(KPIPeriod.presetNames), or Nd / Nw for the last N days or weeks"),
            OptionSpec("--json", "print a JSON object (rates as fractions, null when not defined)"),
        ],
        details: """
            Periods are whole UTC days: --from included, --to not (--from 2026-10-01 --to 2026-11-01 is October).
            A period is compared with the one just before it, of the same length.

            Formulas:
            \(Message(joining: (KPIDefinition.figures + KPIDefinition.charts).map { "  \($0.formulaKey)" as Message }
                                + ContentFigures.figures.map { "  \($0.formula)" as Message }, separator: "\n"))
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let now = Timestamp.now()
        let period = try KPIPeriod.fromOptions(
            from: context.parsed.value("--from"), to: context.parsed.value("--to"),
            preset: context.parsed.value("--period"), now: now, language: context.strings.language)
        let store = try context.openStore(readOnly: true)
        let report = try store.kpiReport(period: period, now: now)
        // The loop from what sales hears to what marketing makes, for the same period and the one before.
        let content = try store.contentFigures(period, now: now)
        let contentBefore = try report.previousPeriod.map { try store.contentFigures($0, now: now, current: false) }
        if context.parsed.has("--json") {
            var object = report.jsonObject()
            object["content"] = content.jsonObject(previous: contentBefore)
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            context.printJSON(text: String(decoding: data, as: UTF8.self))
        } else {
            let lines = report.textLines(context.strings) + [""] + content.textLines(context.strings, previous: contentBefore)
            context.print(lines.joined(separator: "\n"))
        }
        return 0
    }
}
