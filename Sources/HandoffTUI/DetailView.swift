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
        if !detail.attributes.isEmpty {
            lines.append(Panel.Line(""))
            lines.append(Panel.Line("Attributes", Style(.title, bold: true)))
            for attribute in detail.attributes {
                lines.append(Panel.Line(TerminalText.fit(attribute.name, to: 18) + attribute.value))
            }
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line("History (newest first)", Style(.title, bold: true)))
        if detail.history.isEmpty { lines.append(Panel.Line("no events", label)) }
        for event in detail.history {
            var text = Timestamp.short(event.at) + "  " + TerminalText.fit(event.actor, to: 10) + " " + event.kind
            if let from = event.fromStage, let to = event.toStage {
                text += "  \(from) \(glyphs.arrowRight) \(to)"
            } else if let to = event.toStage {
                text += "  \(glyphs.arrowRight) \(to)"
            }
            if let detail = event.detail, !detail.isEmpty { text += "  " + detail }
            lines.append(Panel.Line(text))
        }
        return lines
    }
}
