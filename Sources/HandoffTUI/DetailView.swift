import HandoffCore

/// One lead: its fields, imported attributes, and its history from the event log, newest first.
enum DetailView {
    static func draw(into buffer: inout ScreenBuffer, detail: DetailState, pipeline: Pipeline, now: Int64, glyphs: Glyphs) {
        Panel(title: "Lead \(detail.lead.id): \(detail.lead.name)", lines: lines(for: detail, pipeline: pipeline, now: now, glyphs: glyphs),
              footer: "j/k scroll · Esc close")
            .draw(into: &buffer, scroll: detail.scroll, maxWidth: 100, glyphs: glyphs)
    }

    static func lines(for detail: DetailState, pipeline: Pipeline, now: Int64, glyphs: Glyphs) -> [Panel.Line] {
        let lead = detail.lead
        let label = Style(.muted)
        func field(_ name: String, _ value: String?) -> Panel.Line? {
            guard let value, !value.isEmpty else { return nil }
            return Panel.Line(TerminalText.fit(name, to: 14) + value)
        }
        let stageTitle = pipeline.stage(lead.stage)?.title ?? lead.stage
        var lines: [Panel.Line] = [
            field("Name", lead.name), field("Company", lead.company), field("Email", lead.email), field("Phone", lead.phone),
            field("Stage", "\(stageTitle) for \(lead.daysInStage(now: now)) days"), field("Owner", lead.owner),
            field("Source", lead.source), field("Campaign", lead.campaign), field("Value", lead.value.map(MoneyFormat.whole)),
            field("Score", String(lead.score)), field("Created", Timestamp.short(lead.createdAt)),
            field("Closed", lead.closedAt.map(Timestamp.short)), field("Lost reason", lead.lostReason),
        ].compactMap { $0 }
        let activity = LeadActivity(lastNoteAt: detail.notes.map(\.at).max(), nextStepDue: detail.notes.compactMap(\.due).max())
        if let due = activity.nextStepDue, due >= now {
            lines.append(Panel.Line(TerminalText.fit("Next step", to: 14) + "due " + Timestamp.short(due), Style(.accent)))
        }
        if let idle = pipeline.stage(lead.stage)?.idleDays, activity.isStale(enteredAt: lead.enteredAt, idleDays: idle, now: now) {
            lines.append(Panel.Line(TerminalText.fit("Stale", to: 14) + "idle longer than the \(idle) days this stage allows", Style(.danger, bold: true)))
        }
        if let score = detail.score {
            lines.append(Panel.Line(""))
            lines.append(Panel.Line("Score (scoring version \(score.version.id))", Style(.title, bold: true)))
            for line in score.breakdown.lines where line.fired {
                let points = line.rule.points > 0 ? "+\(line.rule.points)" : String(line.rule.points)
                lines.append(Panel.Line(TerminalText.fit(points, to: 6, alignRight: true) + "  " + line.group.rawValue + ": " + line.rule.condition))
            }
            lines += ScoringView.explain(score, selected: lead, glyphs: glyphs).dropFirst()
        }
        if !detail.attributes.isEmpty {
            lines.append(Panel.Line(""))
            lines.append(Panel.Line("Attributes", Style(.title, bold: true)))
            for attribute in detail.attributes {
                lines.append(Panel.Line(TerminalText.fit(attribute.name, to: 18) + attribute.value))
            }
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line("Timeline: history, notes and next steps (newest first)", Style(.title, bold: true)))
        let timeline = timeline(for: detail, now: now, glyphs: glyphs)
        if timeline.isEmpty { lines.append(Panel.Line("nothing yet", label)) }
        lines += timeline
        return lines
    }

    /// Events and notes merged by time. A `note` event repeats a row of the notes table, so only
    /// the note is shown (with its due date).
    static func timeline(for detail: DetailState, now: Int64, glyphs: Glyphs) -> [Panel.Line] {
        let noted = Set(detail.notes.map { "\($0.at) \($0.author)" })
        var entries: [(at: Int64, order: Int64, line: Panel.Line)] = []
        for event in detail.history where !(event.kind == EventKind.note && noted.contains("\(event.at) \(event.actor)")) {
            var kind = event.kind
            if event.reverts != nil && event.kind != EventKind.undone { kind += " (redo)" }
            var text = Timestamp.short(event.at) + "  " + TerminalText.fit(event.actor, to: 10) + " " + TerminalText.fit(kind, to: 15)
            if let from = event.fromStage, let to = event.toStage, from != to {
                text += " \(from) \(glyphs.arrowRight) \(to)"
            } else if let to = event.toStage, event.fromStage == nil {
                text += " \(glyphs.arrowRight) \(to)"
            }
            if let extra = event.detail, !extra.isEmpty { text += event.kind == EventKind.undone ? "  (undid \(extra))" : "  " + extra }
            let role: Role = event.kind == EventKind.undone ? .muted : event.kind == EventKind.rejected || event.kind == EventKind.lost ? .warning : .normal
            entries.append((event.at, event.id * 2, Panel.Line(text, Style(role))))
        }
        for note in detail.notes {
            var text = Timestamp.short(note.at) + "  " + TerminalText.fit(note.author, to: 10) + " "
            var style = Style(.normal)
            if let due = note.due {
                text += TerminalText.fit("next step", to: 15) + " due \(Timestamp.short(due))" + (due < now ? " (passed)" : "") + ": "
                style = Style(due < now ? .muted : .accent)
            } else {
                text += TerminalText.fit("note", to: 15) + " "
            }
            entries.append((note.at, note.id * 2 + 1, Panel.Line(text + note.body, style)))
        }
        return entries.sorted { ($0.at, $0.order) > ($1.at, $1.order) }.map(\.line)
    }
}
