import HandoffCore

/// The kanban: marketing columns, the handoff, sales columns and the outcome, side by side.
enum BoardView {
    static func draw(into buffer: inout ScreenBuffer, state: AppState, layout: BoardLayout, glyphs: Glyphs) {
        guard !state.columns.isEmpty else { return }
        let first = layout.firstVisibleColumn(selected: state.selectedColumn)
        let shown = min(layout.visibleColumnCount, state.columns.count - first)
        drawSideBands(into: &buffer, state: state, layout: layout, first: first, shown: shown)
        for slot in 0..<shown {
            let index = first + slot
            let frame = layout.columnFrame(slot: slot)
            drawColumn(
                state.columns[index], isSelected: index == state.selectedColumn, into: &buffer,
                x: frame.x, width: frame.width, layout: layout, state: state)
        }
        if state.totalLeads == 0 { drawEmptyHint(into: &buffer, layout: layout, strings: state.strings) }
        if first > 0 { buffer.put(glyphs.moreLeft, x: 0, y: 2, style: Style(.accent, bold: true)) }
        if first + shown < state.columns.count {
            buffer.put(glyphs.moreRight, x: buffer.width - TerminalText.width(glyphs.moreRight), y: 2, style: Style(.accent, bold: true))
        }
    }

    /// A new board says how to fill it instead of showing nine blank columns.
    private static func drawEmptyHint(into buffer: inout ScreenBuffer, layout: BoardLayout, strings: Strings) {
        let lines = [strings(.boardEmptyTitle), strings(.boardEmptyImport), strings(.boardEmptyDemo)]
        let top = layout.cardsTop + max(0, layout.cardsHeight / 2 - 2)
        let width = min(buffer.width - 4, 44)
        let x = (buffer.width - width) / 2
        buffer.fill(Rect(x: x, y: top - 1, width: width, height: lines.count + 2))
        for (offset, line) in lines.enumerated() {
            buffer.putFitted(
                line, x: x + 2, y: top + offset, width: width - 4, style: Style(offset == 0 ? .title : .normal, bold: offset == 0))
        }
    }

    static func role(for side: Side) -> Role {
        switch side {
        case .marketing: return .marketing
        case .handoff: return .handoff
        case .sales: return .sales
        case .outcome: return .outcome
        case .customer: return .customer
        }
    }

    static func label(for side: Side, _ strings: Strings) -> String {
        switch side {
        case .marketing: return strings(.sideMarketing)
        case .handoff: return strings(.sideHandoff)
        case .sales: return strings(.sideSales)
        case .outcome: return strings(.sideOutcome)
        case .customer: return strings(.sideCustomer)
        }
    }

    /// One band over each run of same-side columns: MARKETING | HANDOFF | SALES | OUTCOME.
    private static func drawSideBands(into buffer: inout ScreenBuffer, state: AppState, layout: BoardLayout, first: Int, shown: Int) {
        var slot = 0
        while slot < shown {
            let side = state.columns[first + slot].stage.side
            var end = slot
            while end + 1 < shown && state.columns[first + end + 1].stage.side == side { end += 1 }
            let start = layout.columnFrame(slot: slot).x
            let last = layout.columnFrame(slot: end)
            let width = last.x + last.width - start
            let style = Style(role(for: side), bold: true, reverse: true)
            buffer.fill(Rect(x: start, y: 1, width: width, height: 1), style: style)
            let label = label(for: side, state.strings)
            buffer.put(label, x: start + max(0, (width - TerminalText.width(label)) / 2), y: 1, style: style, maxWidth: width)
            slot = end + 1
        }
    }

    /// The header counts what the filter lets through, and says so in the rule under it, so a
    /// filtered total is never taken for the whole column.
    private static func drawColumn(
        _ column: ColumnState, isSelected: Bool, into buffer: inout ScreenBuffer,
        x: Int, width: Int, layout: BoardLayout, state: AppState
    ) {
        let strings = state.strings
        let glyphs = state.glyphs
        let filtered = state.filter != nil
        let projector = layout.style == .projector
        let inner = max(1, width - 2)
        let sideRole = role(for: column.stage.side)
        buffer.putFitted(column.stage.title, x: x + 1, y: 2, width: inner, style: Style(sideRole, bold: true, underline: isSelected))
        let value = column.total.value > 0 ? " \(glyphs.separator) " + strings.compactMoney(column.total.value) : ""
        buffer.putFitted(
            strings.integer(column.total.leads) + value, x: x + 1, y: 3, width: inner,
            style: filtered ? Style(.warning, bold: true) : Style(.muted, bold: projector))
        buffer.fill(Rect(x: x, y: 4, width: width, height: 1), style: Style(isSelected ? sideRole : .muted), with: glyphs.horizontal)
        var ruleUsed = 0
        if column.firstRank > 0 {
            ruleUsed = buffer.put("\(glyphs.moreAbove)\(column.firstRank)", x: x + 1, y: 4, style: Style(.accent), maxWidth: inner) + 1
        }
        if filtered {
            let word = strings(.columnFiltered)
            let mark = TerminalText.width(word) + 2 <= inner - ruleUsed ? " \(word) " : word
            let markWidth = TerminalText.width(mark)
            if markWidth <= inner - ruleUsed { buffer.put(mark, x: x + 1 + inner - markWidth, y: 4, style: Style(.warning, bold: true)) }
        }
        for (offset, lead) in column.rows.enumerated() {
            let top = layout.cardTop(offset)
            guard top + 3 <= layout.cardsTop + layout.cardsHeight else { break }
            let activity = column.activity[lead.id] ?? LeadActivity()
            let stale = activity.isStale(enteredAt: lead.enteredAt, idleDays: column.stage.idleDays, now: state.now)
            drawCard(
                lead, selected: isSelected && offset == column.selected, stale: stale, step: NextStep(activity, now: state.now),
                mine: lead.owner == state.user,
                into: &buffer, x: x + 1, y: top, width: inner, state: state, projector: projector)
        }
        if column.isCustomer {
            drawAccounts(column, isSelected: isSelected, into: &buffer, x: x + 1, width: inner, layout: layout, state: state)
        }
        if column.hasMoreBelow {
            let more = strings(.columnMore, glyphs.moreBelow, strings.integer(column.total.leads - column.firstRank - column.count))
            buffer.putFitted(more, x: x + 1, y: layout.cardsTop + layout.cardsHeight - 1, width: inner, style: Style(.accent))
        }
        if column.rows.isEmpty && column.total.leads == 0 {
            buffer.putFitted(
                strings(filtered ? .columnNoMatch : .columnEmpty), x: x + 1, y: layout.cardsTop, width: inner, style: Style(.muted))
        }
        for row in 2..<(layout.cardsTop + layout.cardsHeight) where row != 4 {
            buffer.put(glyphs.vertical, x: x + width - 1, y: row, style: Style(.muted))
        }
    }

    /// A card's first line, for a lead or an account: the name, and right of it the id every
    /// command takes when both fit whole; a selected card is filled first. Returns the card's style.
    static func drawCardTitle(
        _ name: String, id number: Int64, selected: Bool, into buffer: inout ScreenBuffer,
        x: Int, y: Int, width: Int
    ) -> Style {
        let base: Style = selected ? Style(.selected, bold: true, reverse: true) : .normal
        if selected { buffer.fill(Rect(x: x, y: y, width: width, height: 3), style: base) }
        let id = "#\(number)"
        let idWidth = TerminalText.width(id)
        let showsID = TerminalText.width(name) + 1 + idWidth <= width
        buffer.putFitted(
            name, x: x, y: y, width: showsID ? width - idWidth - 1 : width, style: Style(base.role, bold: true, reverse: base.reverse))
        if showsID { buffer.put(id, x: x + width - idWidth, y: y, style: Style(selected ? .selected : .muted, reverse: base.reverse)) }
        return base
    }

    /// Name and id / company / score, value, owner, days in stage and the next-step mark (the
    /// legend is in `?`). When the column is narrow the facts that matter least (owner, then value)
    /// drop out first; a roomy column adds the source and
    /// campaign after the company. A stale lead's days turn red with a `!`; the owner is
    /// highlighted on the owner's own terminal. The projector makes every fact bold.
    private static func drawCard(
        _ lead: Lead, selected: Bool, stale: Bool, step: NextStep?, mine: Bool, into buffer: inout ScreenBuffer,
        x: Int, y: Int, width: Int, state: AppState, projector: Bool
    ) {
        let strings = state.strings
        let separator = " \(state.glyphs.separator) "
        let base = drawCardTitle(lead.name, id: lead.id, selected: selected, into: &buffer, x: x, y: y, width: width)
        var second = lead.company
        if width >= BoardLayout.roomyColumnWidth {
            let origin = [lead.source, lead.campaign ?? ""].filter { !$0.isEmpty }.joined(separator: separator)
            if !origin.isEmpty { second = second.isEmpty ? origin : second + separator + origin }
        }
        buffer.putFitted(second, x: x, y: y + 1, width: width, style: selected ? base : Style(projector ? .normal : .muted))
        func style(_ role: Role, bold: Bool = false) -> Style {
            Style(selected ? .selected : role, bold: bold || selected || projector, reverse: base.reverse)
        }
        let days = strings(.daysShort, lead.daysInStage(now: state.now)) + (stale ? "!" : "")
        var facts: [(text: String, style: Style)?] = [
            (String(lead.score), style(.accent, bold: true)),
            lead.value.map { (strings.compactMoney($0), style(.normal)) },
            lead.owner.map { ($0, mine ? style(.accent, bold: true) : style(.normal)) },
            (days, stale ? Style(.danger, bold: true, reverse: base.reverse) : style(.normal)),
            step.map { (state.glyphs.nextStep, Style($0 == .overdue ? .danger : .warning, bold: true, reverse: base.reverse)) },
        ]
        func length() -> Int { facts.compactMap { $0 }.reduce(0) { $0 + TerminalText.width($1.text) + 1 } - 1 }
        if length() > width { facts[2] = nil }
        if length() > width { facts[1] = nil }
        buffer.putFitted("", x: x, y: y + 2, width: width, style: selected ? base : .normal)
        var cursor = x
        for fact in facts.compactMap({ $0 }) where cursor < x + width {
            cursor += buffer.put(fact.text, x: cursor, y: y + 2, style: fact.style, maxWidth: x + width - cursor) + 1
        }
    }

    /// A next step that asks for attention today: due later today, or already overdue.
    enum NextStep: Equatable {
        case dueToday, overdue

        init?(_ activity: LeadActivity, now: Int64) {
            guard let due = activity.nextStepDue else { return nil }
            if due < now { self = .overdue; return }
            let endOfToday = (now / 86_400 + 1) * 86_400
            guard due < endOfToday else { return nil }
            self = .dueToday
        }
    }
}
