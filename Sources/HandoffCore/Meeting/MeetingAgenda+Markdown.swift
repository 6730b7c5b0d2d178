/// `handoff report`: the agenda and the KPIs as a Markdown document for the minutes, in the
/// person's language (the agenda's items are made in it by the store). For a closed meeting this
/// is its minutes: who chaired and attended, each item discussed or not with its decisions, notes
/// and action items, the KPIs of its window.
extension MeetingAgenda {
    public func markdown(_ strings: Strings = .english) -> String {
        var lines: [String] = []
        let e = Markdown.escape
        let from = strings.dateTime(KPIPeriod.nearestMinute(since)), to = strings.dateTime(KPIPeriod.nearestMinute(until))
        lines.append(strings(Message(.weeklyMeetingUTC, "\(from)", "\(to)")))
        lines.append("")
        var context: [String] = []
        if let meeting {
            let chair = e(name(meeting.startedBy))
            if let closed = meeting.closedAt {
                let closer = e(name(meeting.closedBy ?? meeting.startedBy))
                context.append(
                    strings(
                        Message(
                            .meetingChairedByClosed, "\(meeting.id)", "\(chair)", "\(strings.dateTime(KPIPeriod.nearestMinute(closed)))",
                            "\(closer)")
                    ))
            } else {
                context.append(strings(Message(.meetingChairedByIn, "\(meeting.id)", "\(chair)")))
            }
            let attended = attendeeNames.map(e).joined(separator: ", ")
            context.append(attended.isEmpty ? strings(Message(.noAttendeesWereRecorded)) : strings(Message(.attendedBy, "\(attended)")))
        }
        if let previous = previousMeeting, let closed = previous.closedAt {
            let when = strings.dateTime(KPIPeriod.nearestMinute(closed))
            context.append(
                strings(
                    previous.closedBy.map { Message(.meetingBeforeWasClosed, "\(when)", "\(e(name($0)))") }
                        ?? Message(.meetingBeforeWasClosedOn, "\(when)")))
        }
        if let kpis {
            context.append(strings(Message(.amountsInScoringVersionShort, "\(e(kpis.currency))", "\(kpis.scoringVersionText(strings))")))
        }
        if !context.isEmpty {
            lines.append(context.joined(separator: " "))
            lines.append("")
        }
        switch history {
        case let .head(head):
            lines.append(
                strings(Message(.historyHeadHandoffCheck, "\(head)", "\(head)"))
            )
            lines.append("")
        case let .broken(problems):
            lines.append(
                strings(
                    Message(.historysHashChainIs, "\(integer: problems)")
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
                    ? strings(Message(.everyItemWasDiscussed))
                    : strings(
                        left == 1 ? Message(.oneOfItemsNot, "\(total)") : Message(.ofItemsNotDiscussed, "\(integer: left)", "\(total)")))
            lines.append("")
        }
        if let chainHead {
            lines.append(
                strings(
                    Message(.historyHeadAtThe, "\(chainHead)", "\(chainHead)")
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
                    let marketer = win.marketer.map(e) ?? strings(Message(.unknown)), rep = win.rep.map(e) ?? strings(Message(.unknown))
                    lines.append(
                        strings(
                            win.campaign.map {
                                Message(.sourcedByCampaignClosed, "\(marketer)", "\(e($0))", "\(rep)")
                            }
                                ?? Message(.sourcedByClosedBy, "\(marketer)", "\(rep)")))
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
                            ? strings(Message(.decision, "\(e(note.body))", "\(who)"))
                            : strings(Message(.note, "\(e(note.body))", "\(who)")))
                }
                for action in actions { lines.append(strings(Message(.actionItemBullet, "\(e(action.summary(strings, names: names)))"))) }
            }
            lines.append("")
        }
        lines.append(strings(Message(.actionItemsHeading)))
        lines.append("")
        if actionItems.isEmpty { lines.append(strings(Message(.noneAgreedYet))) }
        for action in actionItems {
            let topic = action.item.flatMap { key in items.first { $0.key == key }?.title }.map { strings(Message(.on, "\(e($0))")) } ?? ""
            lines.append((action.isOpen ? "- [ ] #" : "- [x] #") + "\(action.id) " + e(action.summary(strings, names: names)) + topic)
        }
        lines.append("")
        lines.append(strings(Message(.howTheFiguresAre)))
        lines.append("")
        for definition in KPIDefinition.figures + KPIDefinition.charts { lines.append("- " + e(definition.formula(strings))) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// " (discussed)", or " (not discussed)" once a meeting is recorded; nothing for a plain agenda.
    private func mark(for item: AgendaItem, _ strings: Strings) -> String {
        if discussed.contains(item.key) { return strings(Message(.discussedMark)) }
        return meeting == nil ? "" : strings(Message(.notDiscussed))
    }

    private func kpiTable(_ kpis: KPIReport, _ strings: Strings) -> [String] {
        let e = Markdown.escape
        var lines: [String] = []
        let range = kpis.period.rangeText(strings)
        lines.append(
            strings(
                kpis.previousPeriod.map { Message(.overComparedWith, "\(range)", "\($0.rangeText(strings))") } ?? Message(.over, "\(range)")
            ))
        lines.append("")
        lines.append(strings(Message(.figureNowBeforeChange)))
        lines.append("| --- | ---: | ---: | ---: |")
        for definition in KPIDefinition.figures {
            let now = definition.value(in: kpis)
            let before = definition.isSnapshot ? nil : definition.previousValue(in: kpis)
            let change =
                definition.isSnapshot
                ? strings(Message(.nowMarker)) : KPIFormat.change(from: before, to: now, unit: definition.unit, strings: strings)
            lines.append(
                "| \(e(definition.title(strings))) | \(KPIFormat.value(now, unit: definition.unit, strings: strings)) | "
                    + (definition.isSnapshot ? "" : KPIFormat.value(before, unit: definition.unit, strings: strings)) + " | \(change) |")
        }
        return lines
    }
}
