/// `handoff report`: the agenda and the KPIs as a Markdown document to paste into the minutes, in
/// the person's language (the agenda's items are made in it by the store).
extension MeetingAgenda {
    public func markdown(_ strings: Strings = .english) -> String {
        var lines: [String] = []
        let e = Markdown.escape
        lines.append(strings("# Weekly meeting: \(strings.dateTime(since)) – \(strings.dateTime(until)) UTC"))
        lines.append("")
        var context: [String] = []
        if let previous = previousMeeting, let closed = previous.closedAt {
            let when = strings.dateTime(closed)
            context.append(strings(previous.closedBy.map { "The last meeting was closed on \(when) UTC by \(e($0))." } ?? "The last meeting was closed on \(when) UTC."))
        }
        if let kpis {
            context.append(strings("Amounts in \(e(kpis.currency)). Scoring version: \(kpis.scoringVersionText(strings))."))
        }
        if !context.isEmpty {
            lines.append(context.joined(separator: " "))
            lines.append("")
        }
        switch history {
        case let .head(head):
            lines.append(strings("History head: `\(head)` (`handoff check --expect-head \(head)` proves later that nothing up to here was changed)."))
            lines.append("")
        case let .broken(problems):
            lines.append(strings("The history's hash chain is broken (\(integer: problems) problems): run `handoff check` before relying on these figures."))
            lines.append("")
        case nil:
            break
        }
        if let kpis {
            lines.append("## KPIs")
            lines.append("")
            let range = kpis.period.rangeText(strings)
            lines.append(strings(kpis.previousPeriod.map { "Over \(range), compared with \($0.rangeText(strings))." } ?? "Over \(range)."))
            lines.append("")
            lines.append(strings("| Figure | Now | Before | Change |"))
            lines.append("| --- | ---: | ---: | ---: |")
            for definition in KPIDefinition.figures {
                let now = definition.value(in: kpis)
                let before = definition.isSnapshot ? nil : definition.previousValue(in: kpis)
                let change = definition.isSnapshot ? strings("(now)") : KPIFormat.change(from: before, to: now, unit: definition.unit, strings: strings)
                lines.append("| \(e(definition.title(strings))) | \(KPIFormat.value(now, unit: definition.unit, strings: strings)) | "
                             + (definition.isSnapshot ? "" : KPIFormat.value(before, unit: definition.unit, strings: strings)) + " | \(change) |")
            }
            lines.append("")
        }
        for item in items where item.kind != .kpis {
            lines.append("## " + e(item.title) + (discussed.contains(item.key) ? strings(" (discussed)") : ""))
            lines.append("")
            lines.append("**" + e(item.headline) + "**")
            lines.append("")
            if let win = item.celebration {
                let marketer = win.marketer.map(e) ?? strings("unknown"), rep = win.rep.map(e) ?? strings("unknown")
                lines.append(strings(win.campaign.map { "Sourced by **\(marketer)** (campaign \(e($0))), closed by **\(rep)**. A close is a team win." }
                                     ?? "Sourced by **\(marketer)**, closed by **\(rep)**. A close is a team win."))
                lines.append("")
            }
            for entry in item.entries { lines.append("- " + e(entry.text)) }
            let actions = actionItems(for: item.key)
            if !actions.isEmpty {
                lines.append("")
                for action in actions { lines.append(strings("- Action: \(e(action.summary(strings)))")) }
            }
            lines.append("")
        }
        lines.append(strings("## Action items"))
        lines.append("")
        if actionItems.isEmpty { lines.append(strings("None agreed yet.")) }
        for action in actionItems {
            let topic = action.item.flatMap { key in items.first { $0.key == key }?.title }.map { strings(" (on: \(e($0)))") } ?? ""
            lines.append((action.isOpen ? "- [ ] #" : "- [x] #") + "\(action.id) " + e(action.summary(strings)) + topic)
        }
        lines.append("")
        lines.append(strings("## How the figures are computed"))
        lines.append("")
        for definition in KPIDefinition.figures + KPIDefinition.charts { lines.append("- " + e(definition.formula(strings))) }
        return lines.joined(separator: "\n") + "\n"
    }
}
