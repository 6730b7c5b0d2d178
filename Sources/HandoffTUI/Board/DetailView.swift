import HandoffCore

/// One lead: its fields, imported attributes, and its history from the event log, newest first.
enum DetailView {
    static func draw(into buffer: inout ScreenBuffer, detail: DetailState, state: AppState) {
        let strings = state.strings
        Panel(
            title: strings(.detailTitle, detail.lead.id, detail.lead.name), lines: lines(for: detail, state: state),
            footer: strings(.panelFooter)
        )
        .draw(into: &buffer, scroll: detail.scroll, maxWidth: 100, glyphs: state.glyphs)
    }

    static func lines(for detail: DetailState, state: AppState) -> [Panel.Line] {
        let strings = state.strings
        let pipeline = state.pipeline
        let now = state.now
        let lead = detail.lead
        let label = Style(.muted)
        func field(_ name: StringKey, _ value: String?) -> Panel.Line? {
            guard let value, !value.isEmpty else { return nil }
            return Panel.Line(TerminalText.fit(strings(name), to: 14) + value)
        }
        let stageTitle = pipeline.stage(lead.stage)?.title ?? lead.stage
        var lines: [Panel.Line] = [
            field(.fieldName, lead.name), field(.fieldCompany, lead.company), field(.fieldEmail, lead.email),
            field(.fieldPhone, lead.phone),
            field(.fieldStage, strings(.stageForDays, stageTitle, lead.daysInStage(now: now))), field(.fieldOwner, lead.owner),
            field(.fieldSource, lead.source), field(.fieldCampaign, lead.campaign), field(.fieldValue, lead.value.map(strings.money)),
            field(.fieldScore, String(lead.score)), field(.fieldCreated, strings.dateTime(lead.createdAt)),
            field(.fieldClosed, lead.closedAt.map(strings.dateTime)), field(.fieldLostReason, lead.lostReason),
        ].compactMap { $0 }
        let activity = LeadActivity(lastNoteAt: detail.notes.map(\.at).max(), nextStepDue: detail.notes.compactMap(\.due).max())
        if let due = activity.nextStepDue, due >= now {
            lines.append(
                Panel.Line(TerminalText.fit(strings(.fieldNextStep), to: 14) + strings(.dueAt, strings.dateTime(due)), Style(.accent)))
        }
        if let idle = pipeline.stage(lead.stage)?.idleDays, activity.isStale(enteredAt: lead.enteredAt, idleDays: idle, now: now) {
            lines.append(
                Panel.Line(TerminalText.fit(strings(.fieldStale), to: 14) + strings(.staleExplanation, idle), Style(.danger, bold: true)))
        }
        if let score = detail.score {
            lines.append(Panel.Line(""))
            lines.append(Panel.Line(strings(.scoringDetailTitle, score.version.id), Style(.title, bold: true)))
            for line in score.breakdown.lines where line.fired {
                let points = line.rule.points > 0 ? "+\(line.rule.points)" : String(line.rule.points)
                lines.append(
                    Panel.Line(TerminalText.fit(points, to: 6, alignRight: true) + "  " + line.group.rawValue + ": " + line.rule.condition))
            }
            lines += ScoringView.explain(score, selected: lead, strings: strings, glyphs: state.glyphs).dropFirst()
        }
        if !detail.attributes.isEmpty {
            lines.append(Panel.Line(""))
            lines.append(Panel.Line(strings(.attributesTitle), Style(.title, bold: true)))
            for attribute in detail.attributes {
                lines.append(Panel.Line(TerminalText.fit(attribute.name, to: 18) + attribute.value))
            }
        }
        if !detail.activity.isEmpty {
            lines.append(Panel.Line(""))
            lines.append(Panel.Line(strings(.detailActivityTitle, detail.activityCount), Style(.title, bold: true)))
            for action in detail.activity {
                // The campaign is the email tool's text: sanitized as it goes into the line.
                let campaign = action.campaign.map { "  " + TerminalText.sanitize($0) } ?? ""
                let role: Role = action.kind == .bounce || action.kind == .unsubscribe ? .warning : .normal
                lines.append(
                    Panel.Line(
                        strings.dateTime(action.at) + "  " + TerminalText.fit(action.kind.name(strings), to: 24) + campaign, Style(role)))
            }
            if detail.activityCount > detail.activity.count {
                lines.append(Panel.Line(strings(.detailActivityEarlier, detail.activityCount - detail.activity.count), label))
            }
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line(strings(.timelineTitle), Style(.title, bold: true)))
        let timeline = timeline(for: detail, state: state)
        if timeline.isEmpty { lines.append(Panel.Line(strings(.timelineEmpty), label)) }
        lines += timeline
        return lines
    }

    /// An event kind as people say it; a kind this version does not know is shown as stored.
    static func eventName(_ kind: String, _ strings: Strings) -> String {
        EventKind.name(kind, strings)
    }

    /// Events and notes merged by time. A `note` event repeats a row of the notes table, so only
    /// the note is shown (with its due date).
    static func timeline(for detail: DetailState, state: AppState) -> [Panel.Line] {
        let strings = state.strings
        let glyphs = state.glyphs
        let now = state.now
        let noted = Set(detail.notes.map { "\($0.at) \($0.author)" })
        var entries: [(at: Int64, order: Int64, line: Panel.Line)] = []
        for event in detail.history where !(event.kind == EventKind.note && noted.contains("\(event.at) \(event.actor)")) {
            var kind = eventName(event.kind, strings)
            if event.reverts != nil && event.kind != EventKind.undone { kind = strings(.timelineRedo, kind) }
            var text = strings.dateTime(event.at) + "  " + TerminalText.fit(event.actor, to: 10) + " "
            // Who really acted under `--as` comes first, where a narrow panel still shows it.
            if let proxy = event.actedBy { text += strings(.timelineActedBy, proxy, event.actor) + " " }
            text += TerminalText.fit(kind, to: 15)
            if let from = event.fromStage, let to = event.toStage, from != to {
                text += " \(from) \(glyphs.arrowRight) \(to)"
            } else if let to = event.toStage, event.fromStage == nil {
                text += " \(glyphs.arrowRight) \(to)"
            }
            if let extra = event.detail, !extra.isEmpty {
                text += event.kind == EventKind.undone ? "  " + EventKind.undid(extra, strings) : "  " + extra
            }
            let role: Role =
                event.kind == EventKind.undone
                ? .muted : event.kind == EventKind.rejected || event.kind == EventKind.lost ? .warning : .normal
            entries.append((event.at, event.id * 2, Panel.Line(text, Style(role))))
        }
        for note in detail.notes {
            var text = strings.dateTime(note.at) + "  " + TerminalText.fit(note.author, to: 10) + " "
            var style = Style(.normal)
            if let due = note.due {
                text +=
                    TerminalText.fit(strings(.timelineNextStep), to: 15) + " " + strings(.dueAt, strings.dateTime(due))
                    + (due < now ? " " + strings(.timelinePassed) : "") + ": "
                style = Style(due < now ? .muted : .accent)
            } else {
                text += TerminalText.fit(strings(.timelineNote), to: 15) + " "
            }
            entries.append((note.at, note.id * 2 + 1, Panel.Line(text + note.body, style)))
        }
        return entries.sorted { ($0.at, $0.order) > ($1.at, $1.order) }.map(\.line)
    }
}
