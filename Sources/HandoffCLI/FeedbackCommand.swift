import Foundation
import HandoffCore
import HandoffStore

/// `handoff feedback`: what sales accepted and rejected, and why, by source or campaign: the
/// feedback panel of the inbox, for a marketer's terminal or a script.
enum FeedbackCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "feedback", summary: Message(.acceptanceRateAndRejection),
        options: [
            OptionSpec("--by", value: "GROUP", choices: ["source", "campaign"], Message(.sourceDefaultOrCampaign)),
            OptionSpec("--days", value: "N", Message(.lastNDaysDefault)),
            OptionSpec("--json", Message(.printJSONInsteadOf)),
        ],
        details: Message(.acceptanceRateAcceptedAccepted))

    static func run(_ context: CommandContext) throws -> Int32 {
        let groupName = context.parsed.value("--by") ?? "source"
        guard let grouping = FeedbackGrouping(rawValue: groupName) else {
            throw HandoffError.invalidInput(Message(.byMustBeSource, "\(TerminalText.sanitize(groupName))"))
        }
        let days = try context.integer("--days", default: 30, range: 1...3_650)
        let now = Timestamp.now()
        let store = try context.openStore(readOnly: true)
        let report = try store.feedback(by: grouping, since: now - Int64(days) * 86_400, until: now + 1)
        if context.parsed.has("--json") {
            let rows: [[String: Any]] = (report.rows + [report.total]).map { row in
                [
                    "group": row.group, "accepted": row.accepted, "rejected": row.rejected,
                    "acceptance_rate": row.acceptanceRate ?? NSNull(),
                    "reasons": Dictionary(uniqueKeysWithValues: row.reasons.map { ($0.code, $0.count) }),
                ]
            }
            try context.printJSON(rows)
            return 0
        }
        let period: Message = days == 1 ? Message(.lastDay) : Message(.lastDays, "\(integer: days)")
        context.say(
            Message(
                .answersToHandoffsBy, "\(grouping.rawValue)", "\(period)", "\(context.strings.date(report.since))",
                "\(context.strings.date(now))")
        )
        guard !report.rows.isEmpty else {
            context.say(Message(.noHandoffWasAccepted))
            return 0
        }
        let widths = [24, 9, 9, 5]
        func row(_ cells: [String], reasons: String) -> String {
            zip(cells, widths).enumerated().map { index, pair in
                TerminalText.fit(TerminalText.sanitize(pair.0), to: pair.1, alignRight: index > 0)
            }.joined(separator: " ") + "  " + TerminalText.sanitize(reasons)
        }
        let strings = context.strings
        context.print(
            row(
                [grouping.rawValue.uppercased(), strings(Message(.accepted)), strings(Message(.rejected)), strings(Message(.rate))],
                reasons: strings(Message(.rejectionREASONS))))
        for entry in report.rows + [report.total] {
            let rate = strings.percent(entry.acceptanceRate)
            let reasons = entry.reasons.map { "\($0.code) \(strings.integer($0.count))" }.joined(separator: ", ")
            context.print(
                row(
                    [
                        entry.group.isEmpty ? strings(Message(.none)) : entry.group, strings.integer(entry.accepted),
                        strings.integer(entry.rejected), rate,
                    ],
                    reasons: reasons
                ).trimmingCharacters(in: .whitespaces))
        }
        return 0
    }
}
