import HandoffCore

/// The handoff inbox: one line per handed-off lead, its SLA clock coloured by urgency, and the
/// feedback for marketing underneath.
enum InboxView {
    /// A column of the list; columns with the lowest `keep` drop out first on narrow terminals.
    struct Column {
        enum Field { case mark, sla, id, lead, company, origin, score, handedOff, owner }
        var field: Field
        var title: String
        var width: Int
        var flexible: Bool
        var alignRight: Bool
        var keep: Int
    }

    static func columns(width: Int, strings: Strings) -> [Column] {
        var columns = [
            Column(field: .mark, title: "", width: 2, flexible: false, alignRight: false, keep: 9),
            Column(field: .sla, title: strings(.headerSLA), width: 15, flexible: false, alignRight: false, keep: 9),
            // The id every command takes (`handoff accept 1234`), dropped only on narrow screens.
            Column(field: .id, title: "#", width: 6, flexible: false, alignRight: true, keep: 5),
            Column(field: .lead, title: strings(.headerLead), width: 14, flexible: true, alignRight: false, keep: 9),
            Column(field: .company, title: strings(.headerCompany), width: 12, flexible: true, alignRight: false, keep: 5),
            Column(field: .origin, title: strings(.headerOrigin), width: 14, flexible: true, alignRight: false, keep: 7),
            Column(field: .score, title: strings(.headerScore), width: 6, flexible: false, alignRight: true, keep: 4),
            Column(field: .handedOff, title: strings(.headerHandedOff), width: 18, flexible: false, alignRight: false, keep: 3),
            Column(field: .owner, title: strings(.headerOwner), width: 11, flexible: false, alignRight: false, keep: 6),
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
        let layout = InboxLayout(width: buffer.width, height: buffer.height, followUps: state.inbox.followUps.count)
        let inbox = state.inbox
        let strings = state.strings
        drawTitle(into: &buffer, state: state)
        let columns = columns(width: buffer.width, strings: strings)
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
            let text =
                state.filter != nil
                ? strings(.inboxEmptySearch)
                : strings(inbox.filter.emptyKey)
            buffer.putFitted(text, x: 2, y: InboxLayout.listTop + 1, width: buffer.width - 4, style: Style(.muted))
        }
        for (offset, item) in inbox.rows.prefix(layout.rowsPerPage).enumerated() {
            drawRow(
                item, y: InboxLayout.listTop + offset, selected: offset == inbox.selected, marked: inbox.marked[item.lead.id] != nil,
                columns: columns, into: &buffer, state: state, glyphs: glyphs)
        }
        if inbox.hasMoreBelow {
            let more = " " + strings(.columnMore, glyphs.moreBelow, strings.integer(inbox.total - inbox.firstRank - inbox.rows.count)) + " "
            buffer.put(more, x: 2, y: InboxLayout.listTop + layout.rowsPerPage, style: Style(.accent))
        }
        if layout.followUpHeight > 0 { drawFollowUps(y: layout.followUpTop, into: &buffer, state: state, glyphs: glyphs) }
        if layout.feedbackHeight > 0 {
            FeedbackPanel.draw(into: &buffer, inbox: inbox, y: layout.feedbackTop, height: layout.feedbackHeight, strings: strings)
        }
    }

    /// The inbox filter's name in the person's language.
    static func title(of filter: InboxFilter, _ strings: Strings) -> String {
        switch filter {
        case .all: return strings(.inboxFilterAll)
        case .mine: return strings(.inboxFilterMine)
        case .unassigned: return strings(.inboxFilterUnassigned)
        case .overdue: return strings(.inboxFilterOverdue)
        }
    }

    /// Counts of the whole inbox; under a `/` filter they count the matches, and say "filtered".
    private static func drawTitle(into buffer: inout ScreenBuffer, state: AppState) {
        let inbox = state.inbox
        let strings = state.strings
        let separator = " \(state.glyphs.separator) "
        let band = Style(.handoff, bold: true, reverse: true)
        buffer.fill(Rect(x: 0, y: 1, width: buffer.width, height: 1), style: band)
        var parts = [
            strings(.inboxWaiting, strings.integer(inbox.waiting)), strings(.inboxOverdue, strings.integer(inbox.overdue)),
            strings(.inboxShowing, title(of: inbox.filter, strings)),
        ]
        if !inbox.marked.isEmpty { parts.append(strings(.inboxMarked, inbox.marked.count)) }
        let title = " " + strings(.inboxTitle) + "  " + parts.joined(separator: separator)
        let used = buffer.put(title, x: 0, y: 1, style: band, maxWidth: buffer.width)
        if let filter = state.filter {
            let mark = separator + strings(.columnFiltered) + ": " + filter.query + " "
            buffer.put(mark, x: used, y: 1, style: Style(.warning, bold: true, reverse: true), maxWidth: buffer.width - used)
        }
    }

    private static func drawRow(
        _ item: InboxItem, y: Int, selected: Bool, marked: Bool, columns: [Column],
        into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs
    ) {
        let lead = item.lead
        let clock = item.clock(now: state.now)
        if selected { buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: Style(.selected, reverse: true)) }
        func style(_ role: Role, bold: Bool = false) -> Style {
            Style(selected ? .selected : role, bold: bold || selected, reverse: selected)
        }
        let strings = state.strings
        let slaRole: Role = clock.state == .overdue ? .danger : clock.state == .warning ? .warning : .success
        let origin = [lead.source, lead.campaign ?? ""].filter { !$0.isEmpty }.joined(separator: " \(glyphs.separator) ")
        let handed = [item.handedOffBy ?? "", strings.ago(max(0, Timestamp.elapsed(from: item.handedOffAt, to: state.now)))].filter {
            !$0.isEmpty
        }
        .joined(separator: " \(glyphs.separator) ")
        let mine = lead.owner == state.user
        var x = 1
        for column in columns {
            let cell: (String, Style)
            switch column.field {
            case .mark: cell = (marked ? glyphs.mark : "", style(.accent, bold: true))
            // The clock keeps its colour on the selected row: urgency must stay visible.
            case .sla: cell = (strings.clock(clock), Style(slaRole, bold: clock.state != .onTime || selected, reverse: selected))
            case .id: cell = ("#\(lead.id)", style(.muted))
            case .lead: cell = (lead.name, style(.normal, bold: true))
            case .company: cell = (lead.company, style(.muted))
            case .origin: cell = (origin, style(.normal))
            case .score: cell = (String(lead.score), style(.accent, bold: true))
            case .handedOff: cell = (handed, style(.muted))
            case .owner:
                cell = (
                    lead.owner ?? strings(.unassigned), mine ? style(.accent, bold: true) : style(lead.owner == nil ? .warning : .normal)
                )
            }
            buffer.putFitted(cell.0, x: x, y: y, width: column.width, style: cell.1, alignRight: column.alignRight)
            x += column.width + 1
        }
    }

    /// The person's follow-ups with customers due within a week: what, with whom, when; the
    /// overdue ones in the danger colour. They are done in the account's detail (Enter on it in
    /// the CUSTOMER band) or with `handoff follow-up done`.
    private static func drawFollowUps(y: Int, into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let inbox = state.inbox
        let strings = state.strings
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: Style(.muted), with: glyphs.horizontal)
        let title = " " + strings(.inboxFollowUpsTitle, strings.integer(inbox.followUpsDue), strings.integer(inbox.followUpsOverdue)) + " "
        buffer.put(title, x: 2, y: y, style: Style(.customer, bold: true), maxWidth: buffer.width - 4)
        for (offset, step) in inbox.followUps.prefix(InboxLayout.maximumFollowUps).enumerated() {
            let late = step.isOverdue(now: state.now)
            let when = strings.dateTime(step.due) + (late ? " " + strings(.inboxFollowUpLate) : "")
            let text = "#\(step.id)  " + when + " \(glyphs.separator) " + step.title(strings) + " \(glyphs.separator) " + step.accountName
            buffer.putFitted(text, x: 2, y: y + 1 + offset, width: buffer.width - 4, style: Style(late ? .danger : .normal, bold: late))
        }
    }
}
