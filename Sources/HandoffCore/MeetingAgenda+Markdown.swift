/// `handoff report`: the agenda and the KPIs as a Markdown document to paste into the minutes.
extension MeetingAgenda {
    public func markdown() -> String {
        var lines: [String] = []
        let e = Markdown.escape
        lines.append("# Weekly meeting: \(Timestamp.short(since)) – \(Timestamp.short(until)) UTC")
        lines.append("")
        var context: [String] = []
        if let previous = previousMeeting, let closed = previous.closedAt {
            context.append("The last meeting was closed on \(Timestamp.short(closed)) UTC" + (previous.closedBy.map { " by " + e($0) } ?? "") + ".")
        }
        if let kpis {
            context.append("Amounts in \(e(kpis.currency)). Scoring version: \(kpis.scoringVersionText).")
        }
        if !context.isEmpty {
            lines.append(context.joined(separator: " "))
            lines.append("")
        }
        if let kpis {
            lines.append("## KPIs")
            lines.append("")
            lines.append("Over \(kpis.period.rangeText)" + (kpis.previousPeriod.map { ", compared with \($0.rangeText)" } ?? "") + ".")
            lines.append("")
            lines.append("| Figure | Now | Before | Change |")
            lines.append("| --- | ---: | ---: | ---: |")
            for definition in KPIDefinition.figures {
                let now = definition.value(in: kpis)
                let before = definition.isSnapshot ? nil : definition.previousValue(in: kpis)
                let change = definition.isSnapshot ? "(now)" : KPIFormat.change(from: before, to: now, unit: definition.unit)
                lines.append("| \(e(definition.title)) | \(KPIFormat.value(now, unit: definition.unit)) | "
                             + (definition.isSnapshot ? "" : KPIFormat.value(before, unit: definition.unit)) + " | \(change) |")
            }
            lines.append("")
        }
        for item in items where item.kind != .kpis {
            lines.append("## " + e(item.title) + (discussed.contains(item.key) ? " (discussed)" : ""))
            lines.append("")
            lines.append("**" + e(item.headline) + "**")
            lines.append("")
            if let win = item.celebration {
                lines.append("Sourced by **\(e(win.marketer ?? "unknown"))**" + (win.campaign.map { " (campaign \(e($0)))" } ?? "")
                             + ", closed by **\(e(win.rep ?? "unknown"))**. A close is a team win.")
                lines.append("")
            }
            for entry in item.entries { lines.append("- " + e(entry.text)) }
            let actions = actionItems(for: item.key)
            if !actions.isEmpty {
                lines.append("")
                for action in actions { lines.append("- Action: " + e(action.summary)) }
            }
            lines.append("")
        }
        lines.append("## Action items")
        lines.append("")
        if actionItems.isEmpty { lines.append("None agreed yet.") }
        for action in actionItems {
            let topic = action.item.flatMap { key in items.first { $0.key == key }?.title }.map { " (on: \(e($0)))" } ?? ""
            lines.append((action.isOpen ? "- [ ] #" : "- [x] #") + "\(action.id) " + e(action.summary) + topic)
        }
        lines.append("")
        lines.append("## How the figures are computed")
        lines.append("")
        for definition in KPIDefinition.figures + KPIDefinition.charts { lines.append("- " + e(definition.formula)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
