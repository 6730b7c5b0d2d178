/// `handoff kpi` as text: every figure with the period before and the change, the breakdowns,
/// the funnel and the tables. Data (sources, campaign names) is sanitized for the terminal.
extension KPIReport {
    public func textLines() -> [String] {
        var lines: [String] = []
        let compared = previousPeriod.map { ", compared with " + $0.rangeText } ?? ""
        lines.append("KPIs for \(period.title): \(period.rangeText)\(compared)")
        lines.append("Amounts in \(TerminalText.sanitize(currency)); scoring version \(scoringVersionText); open pipeline and stale leads as of \(Timestamp.short(asOf)) UTC")
        for section in KPISection.allCases {
            lines.append("")
            lines.append(TerminalText.fit(section.title, to: 26) + TerminalText.fit("NOW", to: 14, alignRight: true)
                         + TerminalText.fit("BEFORE", to: 14, alignRight: true) + TerminalText.fit("CHANGE", to: 10, alignRight: true))
            for definition in KPIDefinition.figures where definition.section == section {
                let now = definition.value(in: self)
                let before = definition.previousValue(in: self)
                var line = "  " + TerminalText.fit(definition.title, to: 24) + TerminalText.fit(KPIFormat.value(now, unit: definition.unit), to: 14, alignRight: true)
                if definition.isSnapshot {
                    line += "  (now)"
                } else if previous != nil {
                    line += TerminalText.fit(KPIFormat.value(before, unit: definition.unit), to: 14, alignRight: true)
                        + TerminalText.fit(KPIFormat.change(from: before, to: now, unit: definition.unit), to: 10, alignRight: true)
                }
                lines.append(line)
            }
        }
        lines.append("")
        lines.append("Leads by source: " + list(leadsBySource))
        lines.append("Rejection reasons: " + list(rejectionReasons))
        lines.append("Funnel: " + funnel.map { step in
            "\(step.title) \(step.count)" + (step.conversion.map { " (\(KPIFormat.value($0, unit: .percent)))" } ?? "")
        }.joined(separator: " → "))
        lines.append("")
        let campaignWidths = [28, 10, 7, 6, 9, 5, 11, 8, 8]
        lines.append(row(["CAMPAIGN", "SPEND", "LEADS", "MQLS", "ACCEPTED", "WON", "REVENUE", "CPL", "ROI"], widths: campaignWidths))
        for campaign in campaigns {
            lines.append(row([campaign.name, KPIFormat.value(campaign.spend, unit: .money), String(campaign.leads), String(campaign.mqls),
                              String(campaign.accepted), String(campaign.won), KPIFormat.value(campaign.revenue, unit: .money),
                              KPIFormat.value(campaign.costPerLead, unit: .money), KPIFormat.value(campaign.roi, unit: .percent)], widths: campaignWidths))
        }
        lines.append("")
        let repWidths = [28, 9, 5, 11, 10]
        lines.append(row(["REP", "ACCEPTED", "WON", "REVENUE", "RESPONSE"], widths: repWidths))
        for rep in reps {
            lines.append(row([rep.name, String(rep.accepted), String(rep.won), KPIFormat.value(rep.revenue, unit: .money),
                              KPIFormat.value(rep.medianResponseSeconds.map { $0 / 3_600 }, unit: .hours)], widths: repWidths))
        }
        return lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }
    }

    private func list(_ counts: [KPIGroupCount]) -> String {
        counts.isEmpty ? "none" : counts.map { TerminalText.sanitize($0.key.isEmpty ? "(none)" : $0.key) + " \($0.count)" }.joined(separator: ", ")
    }

    private func row(_ cells: [String], widths: [Int]) -> String {
        zip(cells, widths).enumerated().map { index, pair in
            TerminalText.fit(TerminalText.sanitize(pair.0), to: pair.1, alignRight: index > 0)
        }.joined(separator: " ")
    }
}
