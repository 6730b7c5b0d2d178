import HandoffCore

/// The handoff inbox: one line per handed-off lead, its SLA clock coloured by urgency, and the
/// feedback for marketing underneath.
enum InboxView {
    /// A column of the list; columns with the lowest `keep` drop out first on narrow terminals.
    struct Column {
        enum Field { case mark, sla, lead, company, origin, score, handedOff, owner }
        var field: Field
        var title: String
        var width: Int
        var flexible: Bool
        var alignRight: Bool
        var keep: Int
    }

    static func columns(width: Int) -> [Column] {
        var columns = [
            Column(field: .mark, title: "", width: 2, flexible: false, alignRight: false, keep: 9),
            Column(field: .sla, title: "SLA", width: 15, flexible: false, alignRight: false, keep: 9),
            Column(field: .lead, title: "Lead", width: 14, flexible: true, alignRight: false, keep: 9),
            Column(field: .company, title: "Company", width: 12, flexible: true, alignRight: false, keep: 5),
            Column(field: .origin, title: "Source · campaign", width: 14, flexible: true, alignRight: false, keep: 7),
            Column(field: .score, title: "Score", width: 5, flexible: false, alignRight: true, keep: 4),
            Column(field: .handedOff, title: "Handed off", width: 18, flexible: false, alignRight: false, keep: 3),
            Column(field: .owner, title: "Owner", width: 10, flexible: false, alignRight: false, keep: 6),
        ]
        func used() -> Int { columns.reduce(0) { $0 + $1.width } + columns.count }
        while used() > width - 1, let drop = columns.indices.min(by: { columns[$0].keep < columns[$1].keep }), columns[drop].keep < 9 {
            columns.remove(at: drop)
        }
        let spare = max(0, width - 1 - used())
        let flexible = columns.indices.filter { columns[$0].flexible }
        for (order, index) in flexible.enumerated() {
            columns[index].width += spare / flexible.count + (order < spare % flexible.count ? 1 : 0)
        }
        return columns
    }

    static func draw(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let layout = InboxLayout(width: buffer.width, height: buffer.height)
        let inbox = state.inbox
        drawTitle(into: &buffer, inbox: inbox)
        let columns = columns(width: buffer.width)
        var x = 1
        for column in columns {
            buffer.putFitted(column.title, x: x, y: 2, width: column.width, style: Style(.muted, bold: true), alignRight: column.alignRight)
            x += column.width + 1
        }
        buffer.fill(Rect(x: 0, y: 3, width: buffer.width, height: 1), style: Style(.muted), with: glyphs.horizontal)
        if inbox.firstRank > 0 {
            buffer.put(" \(glyphs.moreAbove)\(inbox.firstRank) ", x: 2, y: 3, style: Style(.accent))
        }
        if inbox.rows.isEmpty {
            let text = inbox.filter == .all ? "Nothing waiting: every handoff has an answer." : "No \(inbox.filter.title) leads waiting (f changes the filter)."
            buffer.putFitted(text, x: 2, y: InboxLayout.listTop + 1, width: buffer.width - 4, style: Style(.muted))
        }
        for (offset, item) in inbox.rows.prefix(layout.rowsPerPage).enumerated() {
            drawRow(item, y: InboxLayout.listTop + offset, selected: offset == inbox.selected, marked: inbox.marked[item.lead.id] != nil,
                    columns: columns, into: &buffer, state: state, glyphs: glyphs)
        }
        if inbox.hasMoreBelow {
            let more = " \(glyphs.moreBelow) \(inbox.total - inbox.firstRank - inbox.rows.count) more "
            buffer.put(more, x: 2, y: InboxLayout.listTop + layout.rowsPerPage, style: Style(.accent))
        }
        if layout.feedbackHeight > 0 {
            FeedbackPanel.draw(into: &buffer, inbox: inbox, y: layout.feedbackTop, height: layout.feedbackHeight)
        }
    }

    private static func drawTitle(into buffer: inout ScreenBuffer, inbox: InboxState) {
        let band = Style(.handoff, bold: true, reverse: true)
        buffer.fill(Rect(x: 0, y: 1, width: buffer.width, height: 1), style: band)
        var parts = ["\(inbox.waiting) waiting", "\(inbox.overdue) overdue", "showing \(inbox.filter.title) (f)"]
        if !inbox.marked.isEmpty { parts.append("\(inbox.marked.count) marked (v): a or x answers them") }
        buffer.putFitted(" INBOX  " + parts.joined(separator: " · "), x: 0, y: 1, width: buffer.width, style: band)
    }

    private static func drawRow(_ item: InboxItem, y: Int, selected: Bool, marked: Bool, columns: [Column],
                                into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let lead = item.lead
        let clock = item.clock(now: state.now)
        if selected { buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: Style(.selected, reverse: true)) }
        func style(_ role: Role, bold: Bool = false) -> Style { Style(selected ? .selected : role, bold: bold || selected, reverse: selected) }
        let slaRole: Role = clock.state == .overdue ? .danger : clock.state == .warning ? .warning : .success
        let origin = [lead.source, lead.campaign ?? ""].filter { !$0.isEmpty }.joined(separator: " \(glyphs.separator) ")
        let handed = [item.handedOffBy ?? "", DurationFormat.ago(max(0, state.now - item.handedOffAt))].filter { !$0.isEmpty }
            .joined(separator: " \(glyphs.separator) ")
        let mine = lead.owner == state.user
        var x = 1
        for column in columns {
            let cell: (String, Style)
            switch column.field {
            case .mark: cell = (marked ? (glyphs == .ascii ? "*" : "●") : "", style(.accent, bold: true))
            // The clock keeps its colour on the selected row: urgency must stay visible.
            case .sla: cell = (clock.text, Style(slaRole, bold: clock.state != .onTime || selected, reverse: selected))
            case .lead: cell = (lead.name, style(.normal, bold: true))
            case .company: cell = (lead.company, style(.muted))
            case .origin: cell = (origin, style(.normal))
            case .score: cell = (String(lead.score), style(.accent, bold: true))
            case .handedOff: cell = (handed, style(.muted))
            case .owner: cell = (lead.owner ?? "unassigned", mine ? style(.accent, bold: true) : style(lead.owner == nil ? .warning : .normal))
            }
            buffer.putFitted(cell.0, x: x, y: y, width: column.width, style: cell.1, alignRight: column.alignRight)
            x += column.width + 1
        }
    }
}
