/// `handoff report`: the agenda and the KPIs as a Markdown document for the minutes, in the
/// person's language (the agenda's items are made in it by the store). For a closed meeting this
/// is its minutes: who chaired and attended, each item discussed or not with its decisions, notes
/// and action items, the KPIs of its window.
extension MeetingAgenda {
    public func markdown(_ strings: Strings = .english) -> String {
        var lines: [String] = []
        let e = Markdown.escape
        let from = strings.dateTime(KPIPeriod.nearestMinute(since)), to = strings.dateTime(KPIPeriod.nearestMinute(until))
        lines.append(strings("# Weekly meeting: \(from) – \(to) UTC"))
        lines.append("")
        var context: [String] = []
        if let meeting {
            let chair = e(name(meeting.startedBy))
            if let closed = meeting.closedAt {
                let closer = e(name(meeting.closedBy ?? meeting.startedBy))
                context.append(
                    strings(
                        "Meeting \(meeting.id), chaired by \(chair), closed on \(strings.dateTime(KPIPeriod.nearestMinute(closed))) UTC by \(closer)."
                    ))
            } else {
                context.append(strings("Meeting \(meeting.id), chaired by \(chair), in progress: these are its minutes so far."))
            }
            let attended = attendeeNames.map(e).joined(separator: ", ")
            context.append(attended.isEmpty ? strings("No attendees were recorded.") : strings("Attended by \(attended)."))
        }
        if let previous = previousMeeting, let closed = previous.closedAt {
            let when = strings.dateTime(KPIPeriod.nearestMinute(closed))
            context.append(
                strings(
                    previous.closedBy.map { "The meeting before was closed on \(when) UTC by \(e(name($0)))." }
                        ?? "The meeting before was closed on \(when) UTC."))
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
            lines.append(
                strings("History head: `\(head)` (`handoff check --expect-head \(head)` proves later that nothing up to here was changed).")
            )
            lines.append("")
        case let .broken(problems):
            lines.append(
                strings(
                    "The history's hash chain is broken (\(integer: problems) problems): run `handoff check` before relying on these figures."
                ))
            lines.append("")
        case nil:
            break
        }
        if meeting != nil {
            let left = items.count - discussedCount
            let total = strings.integer(items.count)
            lines.append(
                left == 0
                    ? strings("Every item was discussed.")
                    : strings(left == 1 ? "1 of \(total) items not discussed." : "\(integer: left) of \(total) items not discussed."))
            lines.append("")
        }
        if let chainHead {
            lines.append(
                strings(
                    "History head at the close: `\(chainHead)` (`handoff check --expect-head \(chainHead)` proves later that nothing up to here was changed)."
                ))
            lines.append("")
        }
        for item in items {
            lines.append("## " + e(item.title) + mark(for: item, strings))
            lines.append("")
            if item.kind == .kpis, let kpis {
                lines += kpiTable(kpis, strings)
            } else {
                lines.append("**" + e(item.headline) + "**")
                lines.append("")
                if let win = item.celebration {
                    let marketer = win.marketer.map(e) ?? strings("unknown"), rep = win.rep.map(e) ?? strings("unknown")
                    lines.append(
                        strings(
                            win.campaign.map {
                                "Sourced by **\(marketer)** (campaign \(e($0))), closed by **\(rep)**. A close is a team win."
                            }
                                ?? "Sourced by **\(marketer)**, closed by **\(rep)**. A close is a team win."))
                    lines.append("")
                }
                for entry in item.entries { lines.append("- " + (entry.leadID.map { "\\#\($0) " } ?? "") + e(entry.text)) }
            }
            let written = notes(for: item.key)
            let actions = actionItems(for: item.key)
            if !written.isEmpty || !actions.isEmpty {
                lines.append("")
                for note in written {
                    let who = e(name(note.author))
                    lines.append(
                        note.kind == .decision
                            ? strings("- **Decision:** \(e(note.body)) (\(who))") : strings("- Note: \(e(note.body)) (\(who))"))
                }
                for action in actions { lines.append(strings("- Action: \(e(action.summary(strings, names: names)))")) }
            }
            lines.append("")
        }
        lines.append(strings("## Action items"))
        lines.append("")
        if actionItems.isEmpty { lines.append(strings("None agreed yet.")) }
        for action in actionItems {
            let topic = action.item.flatMap { key in items.first { $0.key == key }?.title }.map { strings(" (on: \(e($0)))") } ?? ""
            lines.append((action.isOpen ? "- [ ] #" : "- [x] #") + "\(action.id) " + e(action.summary(strings, names: names)) + topic)
        }
        lines.append("")
        lines.append(strings("## How the figures are computed"))
        lines.append("")
        for definition in KPIDefinition.figures + KPIDefinition.charts { lines.append("- " + e(definition.formula(strings))) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// " (discussed)", or " (not discussed)" once a meeting is recorded; nothing for a plain agenda.
    private func mark(for item: AgendaItem, _ strings: Strings) -> String {
        if discussed.contains(item.key) { return strings(" (discussed)") }
        return meeting == nil ? "" : strings(" (not discussed)")
    }

    private func kpiTable(_ kpis: KPIReport, _ strings: Strings) -> [String] {
        let e = Markdown.escape
        var lines: [String] = []
        let range = kpis.period.rangeText(strings)
        lines.append(strings(kpis.previousPeriod.map { "Over \(range), compared with \($0.rangeText(strings))." } ?? "Over \(range)."))
        lines.append("")
        lines.append(strings("| Figure | Now | Before | Change |"))
        lines.append("| --- | ---: | ---: | ---: |")
        for definition in KPIDefinition.figures {
            let now = definition.value(in: kpis)
            let before = definition.isSnapshot ? nil : definition.previousValue(in: kpis)
            let change =
                definition.isSnapshot ? strings("(now)") : KPIFormat.change(from: before, to: now, unit: definition.unit, strings: strings)
            lines.append(
                "| \(e(definition.title(strings))) | \(KPIFormat.value(now, unit: definition.unit, strings: strings)) | "
                    + (definition.isSnapshot ? "" : KPIFormat.value(before, unit: definition.unit, strings: strings)) + " | \(change) |")
        }
        return lines
    }
}
