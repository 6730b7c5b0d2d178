import Foundation
import HandoffCore
import HandoffStore

extension ScoringCommand {
    /// `handoff scoring calibrate [VERSION] [--threshold N] [--json]`: the same figures as the
    /// calibration table of the scoring panel.
    static func calibrate(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let version = try requestedVersion(context, store: store)
        let threshold = try context.integer("--threshold", default: version.definition.threshold, range: 0...1_000_000)
        let report = try store.calibration(threshold: threshold, version: version.id)
        if context.parsed.has("--json") {
            try context.printJSON(jsonObject(report))
            return 0
        }
        let strings = context.strings
        let minimum = report.fitMinimum.map { strings(Message(.fitMinimum, "\($0)")) } ?? ""
        let whatIf = threshold == version.definition.threshold ? "" : strings(Message(.whatIfItsOwn, "\(version.definition.threshold)"))
        let leads: Message = report.leads == 1 ? Message(.oneLeadWithA) : Message(.leadsWithAKnown, "\(integer: report.leads)")
        context.say(Message(.scoringVersionAtThreshold, "\(version.id)", "\(threshold)", "\(minimum)", "\(whatIf)", "\(leads)"))
        guard report.leads > 0 else {
            context.say(Message(.noLeadHasAn))
            return 0
        }
        let widths = [7, 6, 5, 5, 5, 9, 9, 11]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { index, pair in
                TerminalText.fit(pair.0, to: pair.1, alignRight: index > 0)
            }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        }
        let headers: [Message] = [
            Message(.score), Message(.leadsHeader), Message(.won), Message(.lostHeader), Message(.win), Message(.accepted),
            Message(.rejected),
            Message(.acceptance),
        ]
        context.print(row(headers.map { strings($0) }))
        for band in report.bands {
            context.print(
                row([
                    "\(band.min)-\(band.max)", strings.integer(band.leads), strings.integer(band.won), strings.integer(band.lost),
                    strings.percent(band.winRate), strings.integer(band.accepted), strings.integer(band.rejected),
                    strings.percent(band.acceptanceRate),
                ]))
        }
        context.say(Message(.at, "\(threshold)", "\(report.summary(strings))"))
        return 0
    }

    /// The JSON of `handoff scoring calibrate --json`; rates are null where undefined.
    static func jsonObject(_ report: CalibrationReport) -> [String: Any] {
        func rate(_ value: Double?) -> Any { value ?? NSNull() }
        return [
            "version": report.version ?? NSNull(), "threshold": report.threshold, "fit_minimum": report.fitMinimum ?? NSNull(),
            "leads": report.leads, "mqls": report.mqls, "won": report.won, "lost": report.lost,
            "accepted": report.accepted, "rejected": report.rejected, "won_total": report.wonTotal, "accepted_total": report.acceptedTotal,
            "precision_won": rate(report.precisionWon), "recall_won": rate(report.recallWon),
            "precision_accepted": rate(report.precisionAccepted), "recall_accepted": rate(report.recallAccepted),
            "bands": report.bands.map { band -> [String: Any] in
                [
                    "min": band.min, "max": band.max, "leads": band.leads, "won": band.won, "lost": band.lost,
                    "win_rate": rate(band.winRate),
                    "accepted": band.accepted, "rejected": band.rejected, "acceptance_rate": rate(band.acceptanceRate),
                ]
            },
        ]
    }
}
