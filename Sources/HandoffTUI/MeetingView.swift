import HandoffCore

/// The weekly meeting, full screen: the agenda down the side, the item being discussed beside
/// it, a banner for each win. The large layout drops the side list and draws titles five rows
/// tall, for a projector at the back of the room.
enum MeetingView {
    static let hints: [StringKey] = [.hintItem, .hintScroll, .hintDiscussed, .hintAction, .hintActionDone, .hintClose, .hintLarge, .hintLeave]

    static func draw(into buffer: inout ScreenBuffer, state: AppState, meeting: MeetingState, glyphs: Glyphs) {
        let strings = state.strings
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: buffer.height))
        drawTitle(into: &buffer, meeting: meeting, strings: strings, glyphs: glyphs)
        defer { drawFooter(into: &buffer, state: state, glyphs: glyphs) }
        guard let agenda = meeting.agenda else {
            buffer.putFitted(strings(.meetingLoading), x: 2, y: 2, width: buffer.width - 4, style: Style(.muted))
            return
        }
        if meeting.large {
            drawLarge(into: &buffer, agenda: agenda, meeting: meeting, strings: strings, glyphs: glyphs)
            return
        }
        let sidebar = min(34, max(22, buffer.width / 4))
        drawAgendaList(agenda, selected: meeting.selected, width: sidebar, strings: strings, into: &buffer, glyphs: glyphs)
        for row in 1..<(buffer.height - 2) { buffer.put(glyphs.vertical, x: sidebar, y: row, style: Style(.muted)) }
        if let item = meeting.selectedItem {
            drawItem(item, agenda: agenda, scroll: meeting.scroll, frame: Rect(x: sidebar + 2, y: 2, width: buffer.width - sidebar - 3, height: buffer.height - 4),
                     strings: strings, into: &buffer, glyphs: glyphs)
        }
    }

    private static func drawTitle(into buffer: inout ScreenBuffer, meeting: MeetingState, strings: Strings, glyphs: Glyphs) {
        let band = Style(.handoff, bold: true, reverse: true)
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: 1), style: band)
        var parts: [String] = []
        if let agenda = meeting.agenda {
            let last = agenda.previousMeeting?.nextStart == agenda.since ? " " + strings(.meetingLast) : ""
            parts.append(strings(.meetingSince, strings.dateTime(agenda.since)) + last)
            parts.append(strings(.meetingItemOf, min(meeting.selected + 1, agenda.items.count), agenda.items.count))
            parts.append(strings(.meetingDiscussedCount, agenda.discussedCount))
            parts.append(agenda.actionItems.count == 1 ? strings(.meetingActionOne) : strings(.meetingActionCount, agenda.actionItems.count))
        }
        buffer.putFitted(" " + strings(.meetingTitle) + "  " + parts.joined(separator: " \(glyphs.separator) "), x: 0, y: 0, width: buffer.width, style: band)
    }

    private static func drawFooter(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        if let status = state.status {
            let role: Role = status.tone == .error ? .danger : status.tone == .success ? .success : .normal
            buffer.putFitted(" " + status.text, x: 0, y: buffer.height - 2, width: buffer.width, style: Style(role, bold: status.tone == .error))
        }
        buffer.fill(Rect(x: 0, y: buffer.height - 1, width: buffer.width, height: 1), style: Style(.statusBar))
        buffer.putFitted(" " + hints.map { state.strings($0) }.joined(separator: " \(glyphs.separator) "), x: 0, y: buffer.height - 1,
                         width: buffer.width, style: Style(.statusBar))
    }

    private static func drawAgendaList(_ agenda: MeetingAgenda, selected: Int, width: Int, strings: Strings, into buffer: inout ScreenBuffer,
                                       glyphs: Glyphs) {
        buffer.putFitted(" " + strings(.meetingAgendaTitle), x: 0, y: 2, width: width, style: Style(.title, bold: true))
        let rows = max(1, buffer.height - 6)
        let first = max(0, min(selected - rows / 2, agenda.items.count - rows))
        for (offset, item) in agenda.items.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = 3 + offset
            let done = agenda.discussed.contains(item.key)
            let isSelected = index == selected
            let style = isSelected ? Style(.selected, bold: true, reverse: true) : Style(done ? .muted : item.kind == .win ? .success : .normal)
            if isSelected { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: style) }
            buffer.putFitted(" " + (done ? glyphs.check : " ") + " " + item.title, x: 0, y: y, width: width, style: style)
        }
    }

    /// Entries broken into lines that fit, continuation lines indented.
    static func wrapped(_ entries: [AgendaEntry], width: Int) -> [AgendaEntry] {
        entries.flatMap { entry -> [AgendaEntry] in
            // Lines that fit keep their own spacing (the KPI lines are laid out in columns).
            if TerminalText.width(entry.text) <= width { return [entry] }
            return TerminalText.wrap(entry.text, to: max(4, width - 2)).enumerated().map { index, line in
                AgendaEntry(index == 0 ? line : "  " + line, leadID: entry.leadID, tone: entry.tone)
            }
        }
    }

    static func role(for tone: AgendaEntry.Tone) -> Role {
        switch tone {
        case .normal: return .normal
        case .good: return .success
        case .bad: return .danger
        case .muted: return .muted
        }
    }

    private static func drawItem(_ item: AgendaItem, agenda: MeetingAgenda, scroll: Int, frame: Rect, strings: Strings, into buffer: inout ScreenBuffer,
                                 glyphs: Glyphs) {
        var y = frame.y
        let discussed = agenda.discussed.contains(item.key)
        let mark = discussed ? glyphs.check + " " + strings(.meetingDiscussed) : strings(.meetingMarkHint)
        let markWidth = TerminalText.width(mark)
        buffer.putFitted(item.title, x: frame.x, y: y, width: frame.width - markWidth - 1, style: Style(.title, bold: true))
        buffer.putFitted(mark, x: frame.x + frame.width - markWidth, y: y, width: markWidth, style: Style(discussed ? .success : .muted), alignRight: true)
        y += 1
        buffer.putFitted(item.headline, x: frame.x, y: y, width: frame.width, style: Style(.accent, bold: true))
        y += 2
        if let celebration = item.celebration {
            y = drawBanner(celebration, currency: agenda.kpis?.currency ?? "", x: frame.x, y: y, width: frame.width, strings: strings,
                           into: &buffer, glyphs: glyphs) + 1
        }
        // Action items raised on no topic (from the command line) are listed with the first one.
        let actions = agenda.actionItems(for: item.key) + (item.key == agenda.items.first?.key ? agenda.actionItems.filter { $0.item == nil } : [])
        let actionRows = actions.isEmpty ? 0 : actions.count + 2
        let bottom = frame.maxY - actionRows
        let visible = max(0, bottom - y)
        let lines = wrapped(item.entries, width: frame.width)
        let start = max(0, min(scroll, lines.count - visible))
        if item.entries.isEmpty { buffer.putFitted(strings(.meetingNothing), x: frame.x, y: y, width: frame.width, style: Style(.muted)) }
        for (offset, line) in lines.dropFirst(start).prefix(visible).enumerated() {
            buffer.putFitted(line.text, x: frame.x, y: y + offset, width: frame.width, style: Style(role(for: line.tone)))
        }
        if start + visible < lines.count {
            buffer.putFitted("\(glyphs.moreBelow) " + strings(.meetingMoreLines, lines.count - start - visible), x: frame.x, y: bottom - 1,
                             width: frame.width, style: Style(.accent))
        }
        if !actions.isEmpty {
            buffer.putFitted(strings(.meetingActionItems), x: frame.x, y: bottom + 1, width: frame.width, style: Style(.title, bold: true))
            for (offset, action) in actions.enumerated() {
                let due = action.due.map { " \(glyphs.separator) " + strings(.agendaDue, strings.date($0)) } ?? ""
                buffer.putFitted((action.isOpen ? glyphs.arrowRight : glyphs.check) + " " + action.body + " \(glyphs.separator) " + action.owner + due, x: frame.x, y: bottom + 2 + offset,
                                 width: frame.width, style: Style(.accent))
            }
        }
    }

    /// A box around the win: the amount, the deal, and who made it happen on each side.
    @discardableResult
    static func drawBanner(_ win: Celebration, currency: String, x: Int, y: Int, width: Int, strings: Strings, into buffer: inout ScreenBuffer,
                           glyphs: Glyphs) -> Int {
        let stars = [glyphs.star, glyphs.star, glyphs.star].joined(separator: " ")
        let amount = win.amount.map { strings.money($0) + " " + currency } ?? strings(.bannerNewCustomer)
        let marketer = win.marketer ?? strings(.bannerUnknown)
        let lines: [(String, Style)] = [
            ("\(stars)  " + strings(.bannerWon, amount) + "  \(stars)", Style(.success, bold: true)),
            ([win.company, win.lead].filter { !$0.isEmpty }.joined(separator: " \(glyphs.separator) "), Style(.normal, bold: true)),
            (win.campaign.map { strings(.bannerSourcedCampaign, marketer, $0) } ?? strings(.bannerSourced, marketer), Style(.marketing, bold: true)),
            (strings(.bannerClosed, win.rep ?? strings(.bannerUnknown)), Style(.sales, bold: true)),
            (strings(.bannerTeam), Style(.muted)),
        ]
        let boxWidth = min(width, max(40, lines.map { TerminalText.width($0.0) }.max() ?? 0) + 4)
        let border = Style(.success, bold: true)
        buffer.put(glyphs.topLeft + String(repeating: glyphs.horizontal, count: boxWidth - 2) + glyphs.topRight, x: x, y: y, style: border)
        for (offset, line) in lines.enumerated() {
            buffer.put(glyphs.vertical, x: x, y: y + 1 + offset, style: border)
            let text = TerminalText.truncate(TerminalText.sanitize(line.0), to: boxWidth - 4)
            buffer.put(text, x: x + (boxWidth - TerminalText.width(text)) / 2, y: y + 1 + offset, style: line.1)
            buffer.put(glyphs.vertical, x: x + boxWidth - 1, y: y + 1 + offset, style: border)
        }
        buffer.put(glyphs.bottomLeft + String(repeating: glyphs.horizontal, count: boxWidth - 2) + glyphs.bottomRight, x: x, y: y + lines.count + 1, style: border)
        return y + lines.count + 2
    }

    /// The projector layout: the topic in large text, the headline, and the lines double-spaced.
    private static func drawLarge(into buffer: inout ScreenBuffer, agenda: MeetingAgenda, meeting: MeetingState, strings: Strings, glyphs: Glyphs) {
        guard let item = meeting.selectedItem else {
            buffer.putFitted(strings(.meetingEmpty), x: 4, y: 3, width: buffer.width - 8, style: Style(.muted, bold: true))
            return
        }
        var y = 2
        var words = strings(item.kind.banner)
        if let amount = item.celebration?.amount { words += " " + strings.compactMoney(amount) }
        let bannerRole: Role = item.kind == .win ? .success : [.rejected, .losses, .slaBreaches, .stale].contains(item.kind) ? .danger : .title
        if BigText.width(words) <= buffer.width - 4 {
            for row in BigText.render(words, fill: glyphs.bigFill) {
                buffer.put(row, x: max(2, (buffer.width - TerminalText.width(row)) / 2), y: y, style: Style(bannerRole, bold: true))
                y += 1
            }
        } else {
            buffer.putFitted(words.uppercased(), x: 4, y: y, width: buffer.width - 8, style: Style(bannerRole, bold: true))
            y += 1
        }
        y += 1
        let discussed = agenda.discussed.contains(item.key) ? "  \(glyphs.check) " + strings(.meetingDiscussed) : ""
        let headline = TerminalText.truncate(TerminalText.sanitize(item.headline + discussed), to: buffer.width - 4)
        buffer.put(headline, x: max(2, (buffer.width - TerminalText.width(headline)) / 2), y: y, style: Style(.accent, bold: true))
        y += 2
        if let win = item.celebration {
            y = drawBanner(win, currency: agenda.kpis?.currency ?? "", x: max(2, (buffer.width - 60) / 2), y: y, width: min(buffer.width - 4, 60),
                           strings: strings, into: &buffer, glyphs: glyphs) + 1
        }
        let rows = max(0, (buffer.height - 3 - y) / 2)
        let lines = wrapped(item.entries, width: buffer.width - 8)
        let start = max(0, min(meeting.scroll, lines.count - rows))
        for (offset, line) in lines.dropFirst(start).prefix(rows).enumerated() {
            buffer.putFitted(line.text, x: 4, y: y + offset * 2, width: buffer.width - 8, style: Style(role(for: line.tone), bold: true))
        }
    }
}
