/// `handoff kpi` as text: every figure with the period before and the change, the breakdowns,
/// the funnel and the tables. Data (sources, campaign names) is sanitized for the terminal.
extension KPIReport {
    public func textLines(_ strings: Strings = .english) -> [String] {
        var lines: [String] = []
        let title = period.title(strings), range = period.rangeText(strings)
        lines.append(
            strings(
                previousPeriod.map { Message(.kpisForComparedWith, "\(title)", "\(range)", "\($0.rangeText(strings))") }
                    ?? Message(.kpisFor, "\(title)", "\(range)")))
        lines.append(
            strings(
                Message(
                    .amountsInScoringVersion, "\(TerminalText.sanitize(currency))", "\(scoringVersionText(strings))",
                    "\(strings.dateTime(asOf))")))
        for section in KPISection.allCases {
            lines.append("")
            lines.append(
                TerminalText.fit(strings(section.heading), to: 26) + TerminalText.fit(strings(Message(.now)), to: 14, alignRight: true)
                    + TerminalText.fit(strings(Message(.before)), to: 14, alignRight: true)
                    + TerminalText.fit(strings(Message(.change)), to: 10, alignRight: true))
            for definition in KPIDefinition.figures where definition.section == section {
                let now = definition.value(in: self)
                let before = definition.previousValue(in: self)
                var line =
                    "  " + TerminalText.fit(definition.title(strings), to: 24)
                    + TerminalText.fit(KPIFormat.value(now, unit: definition.unit, strings: strings), to: 14, alignRight: true)
                if definition.isSnapshot {
                    line += "  " + strings(Message(.nowMarker))
                } else if previous != nil {
                    line +=
                        TerminalText.fit(KPIFormat.value(before, unit: definition.unit, strings: strings), to: 14, alignRight: true)
                        + TerminalText.fit(
                            KPIFormat.change(from: before, to: now, unit: definition.unit, strings: strings), to: 10, alignRight: true)
                }
                lines.append(line)
            }
        }
        lines.append("")
        lines.append(strings(Message(.leadsBySource, "\(list(leadsBySource, strings))")))
        lines.append(strings(Message(.rejectionReasons, "\(list(rejectionReasons, strings))")))
        let steps = funnel.map { step in
            "\(step.title(strings)) \(strings.integer(step.count))"
                + (step.conversion.map { " (\(KPIFormat.value($0, unit: .percent, strings: strings)))" } ?? "")
        }
        lines.append(strings(Message(.funnel, "\(steps.joined(separator: " → "))")))
        if let note = funnelNote(strings) { lines.append("  " + note) }
        lines.append("")
        let campaignWidths = [28, 10, 7, 6, 9, 5, 11, 8, 8]
        let campaignHeaders: [Message] = [
            Message(.campaign), Message(.spend), Message(.leadsHeader), Message(.mqls), Message(.accepted), Message(.won),
            Message(.revenue),
            Message(.cpl), Message(.roi),
        ]
        lines.append(row(campaignHeaders.map { strings($0) }, widths: campaignWidths))
        for campaign in campaigns {
            lines.append(
                row(
                    [
                        campaign.title(strings), KPIFormat.value(campaign.spend, unit: .money, strings: strings),
                        strings.integer(campaign.leads),
                        strings.integer(campaign.mqls), strings.integer(campaign.accepted), strings.integer(campaign.won),
                        KPIFormat.value(campaign.revenue, unit: .money, strings: strings),
                        KPIFormat.value(campaign.costPerLead, unit: .money, strings: strings),
                        KPIFormat.value(campaign.roi, unit: .percent, strings: strings),
                    ], widths: campaignWidths))
        }
        lines.append("")
        let repWidths = [28, 9, 5, 11, 10]
        let repHeaders: [Message] = [Message(.rep), Message(.accepted), Message(.won), Message(.revenue), Message(.response)]
        lines.append(row(repHeaders.map { strings($0) }, widths: repWidths))
        for rep in reps {
            lines.append(
                row(
                    [
                        rep.name, strings.integer(rep.accepted), strings.integer(rep.won),
                        KPIFormat.value(rep.revenue, unit: .money, strings: strings),
                        KPIFormat.value(rep.medianResponseSeconds.map { $0 / 3_600 }, unit: .hours, strings: strings),
                    ], widths: repWidths))
        }
        return lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }
    }

    private func list(_ counts: [KPIGroupCount], _ strings: Strings) -> String {
        counts.isEmpty
            ? strings(Message(.noneWord))
            : counts.map { TerminalText.sanitize($0.key.isEmpty ? strings(Message(.none)) : $0.key) + " " + strings.integer($0.count) }
                .joined(
                    separator: ", ")
    }

    private func row(_ cells: [String], widths: [Int]) -> String {
        zip(cells, widths).enumerated().map { index, pair in
            TerminalText.fit(TerminalText.sanitize(pair.0), to: pair.1, alignRight: index > 0)
        }.joined(separator: " ")
    }
}
