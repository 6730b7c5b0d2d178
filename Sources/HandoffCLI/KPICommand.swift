import Foundation
import HandoffCore
import HandoffStore

/// `handoff kpi`: every figure of the dashboard, for a script, a spreadsheet or a terminal, from
/// the same store query as the dashboard.
enum KPICommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "kpi", summary: Message(.printEveryKPIOf),
        options: [
            OptionSpec("--from", value: "DATE", Message(.firstDayOfThe)),
            OptionSpec("--to", value: "DATE", Message(.dayAfterThePeriod)),
            OptionSpec(
                "--period", value: "NAME", choices: KPIPeriodKind.allCases.filter { $0 != .custom }.map(\.rawValue),
                Message(.presetInsteadOrNd, "\(KPIPeriod.presetNames)")),
            OptionSpec("--json", Message(.printAJSONObject)),
        ],
        details: Message(
            .periodsAreWholeUTC,
            "\(Message(joining: (KPIDefinition.figures + KPIDefinition.charts).map { Message(.indentedLine, "\($0.formulaKey)") as Message } + ContentFigures.figures.map { Message(.indentedLine, "\($0.formula)") as Message }, separator: "\n"))"
        ))

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
