import HandoffCore

/// The weekly meeting, full screen: the agenda down the side (as wide as the screen allows), the
/// item being discussed beside it with its selected line, a banner for each win. The large layout
/// drops the side list and draws titles five rows tall and the lines double-spaced, for a
/// projector at the back of the room.
enum MeetingView {
    static func draw(into buffer: inout ScreenBuffer, state: AppState, meeting: MeetingState, glyphs: Glyphs) {
        let strings = state.strings
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: buffer.height))
        drawTitle(into: &buffer, state: state, meeting: meeting, strings: strings, glyphs: glyphs)
        defer { drawFooter(into: &buffer, state: state, meeting: meeting, glyphs: glyphs) }
        guard let agenda = meeting.agenda else {
            buffer.putFitted(strings(.meetingLoading), x: 2, y: 2, width: buffer.width - 4, style: Style(.muted))
            return
        }
        if meeting.large {
            drawLarge(into: &buffer, agenda: agenda, meeting: meeting, strings: strings, glyphs: glyphs)
            return
        }
        let sidebar = sidebarWidth(agenda, width: buffer.width)
        drawAgendaList(agenda, selected: meeting.selected, width: sidebar, strings: strings, into: &buffer, glyphs: glyphs)
        for row in 1..<(buffer.height - 2) { buffer.put(glyphs.vertical, x: sidebar, y: row, style: Style(.muted)) }
        if let item = meeting.selectedItem {
            drawItem(
                item, agenda: agenda, meeting: meeting,
                frame: Rect(x: sidebar + 2, y: 2, width: buffer.width - sidebar - 3, height: buffer.height - 4),
                strings: strings, into: &buffer, glyphs: glyphs)
        }
    }

    /// The agenda list is as wide as its longest title needs, up to a third of the screen, never
    /// under 22 columns: on a wide screen every title is whole.
    static func sidebarWidth(_ agenda: MeetingAgenda, width: Int) -> Int {
        let longest = agenda.items.map { TerminalText.width($0.title) }.max() ?? 0
        return max(22, min(width / 3, longest + 5))
    }

    /// "2:13" for a clock.
    static func clock(_ seconds: Int64) -> String {
        let minutes = max(0, seconds) / 60, rest = max(0, seconds) % 60
        return "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    private static func drawTitle(into buffer: inout ScreenBuffer, state: AppState, meeting: MeetingState, strings: Strings, glyphs: Glyphs)
    {
        let band = Style(.handoff, bold: true, reverse: true)
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: 1), style: band)
        var parts: [String] = []
        if let agenda = meeting.agenda {
            let last = agenda.previousMeeting?.nextStart == agenda.since ? " " + strings(.meetingLast) : ""
            parts.append(strings(.meetingSince, strings.dateTime(KPIPeriod.nearestMinute(agenda.since))) + last)
            parts.append(strings(.meetingItemOf, min(meeting.selected + 1, agenda.items.count), agenda.items.count))
            parts.append(strings(.meetingDiscussedCount, agenda.discussedCount))
            parts.append(
                agenda.actionItems.count == 1 ? strings(.meetingActionOne) : strings(.meetingActionCount, agenda.actionItems.count))
            if !agenda.attendees.isEmpty { parts.append(strings(.meetingAttendeesCount, strings.integer(agenda.attendees.count))) }
        }
        // The item's clock, at the right end, red once the item has run over its time.
        var clockWidth = 0
        if let box = meeting.timebox {
            let elapsed = meeting.elapsed(now: state.now)
            let text = " " + strings(.meetingClock, clock(elapsed), clock(box)) + " "
            clockWidth = TerminalText.width(text)
            buffer.put(
                text, x: max(0, buffer.width - clockWidth), y: 0,
                style: Style(elapsed > box ? .danger : .handoff, bold: true, reverse: true))
        }
        buffer.putFitted(
            " " + strings(.meetingTitle) + "  " + parts.joined(separator: " \(glyphs.separator) "), x: 0, y: 0,
            width: max(0, buffer.width - clockWidth), style: band)
    }

    /// The keys this screen can use, fitted to the line, ending always with help and how to leave.
    static func hints(state: AppState, meeting: MeetingState) -> (first: [String], last: [String]) {
        let strings = state.strings
        if let followed = meeting.following {
            // A chair who left the meeting (or went quiet) is waited for; the screen stays put.
            let who =
                followed.live
                ? followed.name.map { strings(.hintFollowing, $0) } ?? strings(.hintFollowWaiting) : strings(.hintFollowWaiting)
            return ([who], [strings(.hintLarge), strings(.hintLeave)])
        }
        let records = state.refusal(.runMeeting) == nil
        // Most used first: what does not fit is left out from the end, help lists it all.
        let keys: [(StringKey, Bool)] = [
            (.hintItem, false), (.hintLine, false), (.hintOpen, false), (.hintDiscussed, true), (.hintAction, true),
            (.hintWrite, true), (.hintClose, true), (.hintActionDone, true), (.hintDelete, true), (.hintAttendees, true),
            (.hintClock, false), (.hintLarge, false),
        ]
        return (keys.filter { records || !$0.1 }.map { strings($0.0) }, [strings(.hintKeys), strings(.hintLeave)])
    }

    private static func drawFooter(into buffer: inout ScreenBuffer, state: AppState, meeting: MeetingState, glyphs: Glyphs) {
        if let status = state.status {
            let role: Role = status.tone == .error ? .danger : status.tone == .success ? .success : .normal
            buffer.putFitted(
                " " + status.text, x: 0, y: buffer.height - 2, width: buffer.width, style: Style(role, bold: status.tone == .error))
        }
        buffer.fill(Rect(x: 0, y: buffer.height - 1, width: buffer.width, height: 1), style: Style(.statusBar))
        let separator = " \(glyphs.separator) "
        let (first, last) = hints(state: state, meeting: meeting)
        var shown: [String] = []
        let reserved = TerminalText.width(last.joined(separator: separator)) + 1
        var used = 0
        for hint in first {
            let width = TerminalText.width(hint) + TerminalText.width(separator)
            if used + width + reserved > buffer.width { break }
            shown.append(hint)
            used += width
        }
        buffer.putFitted(
            " " + (shown + last).joined(separator: separator), x: 0, y: buffer.height - 1, width: buffer.width, style: Style(.statusBar))
    }

    private static func drawAgendaList(
        _ agenda: MeetingAgenda, selected: Int, width: Int, strings: Strings, into buffer: inout ScreenBuffer,
        glyphs: Glyphs
    ) {
        buffer.putFitted(" " + strings(.meetingAgendaTitle), x: 0, y: 2, width: width, style: Style(.title, bold: true))
        let rows = max(1, buffer.height - 6)
        let first = max(0, min(selected - rows / 2, agenda.items.count - rows))
        for (offset, item) in agenda.items.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = 3 + offset
            let done = agenda.discussed.contains(item.key)
            let isSelected = index == selected
            let style =
                isSelected ? Style(.selected, bold: true, reverse: true) : Style(done ? .muted : item.kind == .win ? .success : .normal)
            if isSelected { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: style) }
            buffer.putFitted(" " + (done ? glyphs.check : " ") + " " + item.title, x: 0, y: y, width: width, style: style)
        }
    }

    private static func drawItem(
        _ item: AgendaItem, agenda: MeetingAgenda, meeting: MeetingState, frame: Rect, strings: Strings,
        into buffer: inout ScreenBuffer, glyphs: Glyphs
    ) {
        var y = frame.y
        let discussed = agenda.discussed.contains(item.key)
        let mark = discussed ? glyphs.check + " " + strings(.meetingDiscussed) : strings(.meetingMarkHint)
        let markWidth = TerminalText.width(mark)
        buffer.putFitted(item.title, x: frame.x, y: y, width: frame.width - markWidth - 1, style: Style(.title, bold: true))
        buffer.putFitted(
            mark, x: frame.x + frame.width - markWidth, y: y, width: markWidth, style: Style(discussed ? .success : .muted),
            alignRight: true)
        y += 1
        for line in TerminalText.wrap(item.headline, to: frame.width).prefix(2) {
            buffer.putFitted(line, x: frame.x, y: y, width: frame.width, style: Style(.accent, bold: true))
            y += 1
        }
        y += 1
        if let celebration = item.celebration {
            y =
                drawBanner(
                    celebration, currency: agenda.kpis?.currency ?? "", x: frame.x, y: y, width: frame.width, strings: strings,
                    into: &buffer, glyphs: glyphs) + 1
        }
        if item.entries.isEmpty && meeting.lines(of: item).isEmpty {
            buffer.putFitted(strings(.meetingNothing), x: frame.x, y: y, width: frame.width, style: Style(.muted))
            return
        }
        let rows = MeetingRows(item: item, meeting: meeting, width: frame.width, strings: strings, glyphs: glyphs)
        drawRows(
            rows, line: meeting.line, x: frame.x, y: y, width: frame.width, visible: max(0, frame.maxY - y), strings: strings,
            into: &buffer,
            glyphs: glyphs)
    }

    /// The rows in view around the selected line, with markers for what is above and below.
    static func drawRows(
        _ rows: MeetingRows, line: Int, x: Int, y: Int, width: Int, visible: Int, strings: Strings, into buffer: inout ScreenBuffer,
        glyphs: Glyphs, indent: Int = 0
    ) {
        guard visible > 0 else { return }
        let start = rows.firstRow(showing: line, visible: visible)
        let shown = Array(rows.rows.dropFirst(start).prefix(visible))
        for (offset, row) in shown.enumerated() {
            let selected = row.line == line
            let style = selected ? Style(.selected, bold: true, reverse: true) : Style(row.role, bold: row.bold)
            if selected { buffer.fill(Rect(x: x, y: y + offset, width: width, height: 1), style: style) }
            buffer.putFitted(String(repeating: " ", count: indent) + row.text, x: x, y: y + offset, width: width, style: style)
        }
        // A marker takes the place of a row: it counts what it hides, blank rows aside.
        if start > 0 {
            let above = rows.rows.prefix(start + 1).filter { !$0.spacer }.count
            buffer.putFitted("\(glyphs.moreAbove) " + strings(.meetingLinesAbove, above), x: x, y: y, width: width, style: Style(.accent))
        }
        if start + visible < rows.rows.count {
            let below = rows.rows.dropFirst(start + visible - 1).filter { !$0.spacer }.count
            buffer.putFitted(
                "\(glyphs.moreBelow) " + strings(.meetingMoreLines, below), x: x, y: y + visible - 1, width: width, style: Style(.accent))
        }
    }

    /// A box around the win: the amount, the deal, and who made it happen on each side; every
    /// line wrapped inside the box, never cut.
    @discardableResult
    static func drawBanner(
        _ win: Celebration, currency: String, x: Int, y: Int, width: Int, strings: Strings, into buffer: inout ScreenBuffer,
        glyphs: Glyphs
    ) -> Int {
        let lines = bannerLines(win, currency: currency, strings: strings, glyphs: glyphs)
        let boxWidth = min(width, max(40, lines.map { TerminalText.width($0.0) }.max() ?? 0) + 4)
        // A line that fits keeps its spacing; a longer one wraps inside the box.
        let wrapped = lines.flatMap { line in
            (TerminalText.width(line.0) <= boxWidth - 4 ? [line.0] : TerminalText.wrap(line.0, to: max(4, boxWidth - 4))).map {
                ($0, line.1)
            }
        }
        let border = Style(.success, bold: true)
        buffer.put(glyphs.topLeft + String(repeating: glyphs.horizontal, count: boxWidth - 2) + glyphs.topRight, x: x, y: y, style: border)
        for (offset, line) in wrapped.enumerated() {
            buffer.fill(Rect(x: x, y: y + 1 + offset, width: boxWidth, height: 1))
            buffer.put(glyphs.vertical, x: x, y: y + 1 + offset, style: border)
            buffer.put(line.0, x: x + (boxWidth - TerminalText.width(line.0)) / 2, y: y + 1 + offset, style: line.1)
            buffer.put(glyphs.vertical, x: x + boxWidth - 1, y: y + 1 + offset, style: border)
        }
        buffer.put(
            glyphs.bottomLeft + String(repeating: glyphs.horizontal, count: boxWidth - 2) + glyphs.bottomRight, x: x,
            y: y + wrapped.count + 1, style: border)
        return y + wrapped.count + 2
    }

    /// The banner's lines: the amount, the deal, who sourced it, who closed it, a team win.
    static func bannerLines(_ win: Celebration, currency: String, strings: Strings, glyphs: Glyphs) -> [(String, Style)] {
        let stars = [glyphs.star, glyphs.star, glyphs.star].joined(separator: " ")
        let amount = win.amount.map { strings.money($0) + " " + currency } ?? strings(.bannerNewCustomer)
        let marketer = win.marketer ?? strings(.bannerUnknown)
        return [
            ("\(stars)  " + strings(.bannerWon, amount) + "  \(stars)", Style(.success, bold: true)),
            ([win.company, win.lead].filter { !$0.isEmpty }.joined(separator: " \(glyphs.separator) "), Style(.normal, bold: true)),
            (
                win.campaign.map { strings(.bannerSourcedCampaign, marketer, $0) } ?? strings(.bannerSourced, marketer),
                Style(.marketing, bold: true)
            ),
            (strings(.bannerClosed, win.rep ?? strings(.bannerUnknown)), Style(.sales, bold: true)),
            (strings(.bannerTeam), Style(.muted)),
        ]
    }

    /// The projector layout: the topic in large text, the headline, and the lines double-spaced.
    private static func drawLarge(
        into buffer: inout ScreenBuffer, agenda: MeetingAgenda, meeting: MeetingState, strings: Strings, glyphs: Glyphs
    ) {
        guard let item = meeting.selectedItem else {
            buffer.putFitted(strings(.meetingEmpty), x: 4, y: 3, width: buffer.width - 8, style: Style(.muted, bold: true))
            return
        }
        var y = 2
        var words = strings(item.kind.banner)
        if let amount = item.celebration?.amount { words += " " + strings.compactMoney(amount) }
        let bannerRole: Role =
            item.kind == .win ? .success : [.rejected, .losses, .slaBreaches, .stale].contains(item.kind) ? .danger : .title
        // Five rows tall where the screen has room for them and a few lines under them.
        if BigText.width(words) <= buffer.width - 4, buffer.height >= 30 || item.celebration == nil && buffer.height >= 20 {
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
        for line in TerminalText.wrap(item.headline + discussed, to: buffer.width - 4).prefix(2) {
            buffer.put(line, x: max(2, (buffer.width - TerminalText.width(line)) / 2), y: y, style: Style(.accent, bold: true))
            y += 1
        }
        y += 1
        if let win = item.celebration {
            let width = min(buffer.width - 4, 60)
            y =
                drawBanner(
                    win, currency: agenda.kpis?.currency ?? "", x: max(2, (buffer.width - width) / 2), y: y, width: width,
                    strings: strings, into: &buffer, glyphs: glyphs) + 1
        }
        let rows = MeetingRows(item: item, meeting: meeting, width: buffer.width - 8, strings: strings, glyphs: glyphs, doubleSpaced: true)
        drawRows(
            rows, line: meeting.line, x: 4, y: y, width: buffer.width - 8, visible: max(0, buffer.height - 3 - y), strings: strings,
            into: &buffer, glyphs: glyphs)
    }
}
