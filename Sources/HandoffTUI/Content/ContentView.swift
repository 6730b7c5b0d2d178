import HandoffCore

/// The content view: pieces on their own pipeline (idea, drafting, sales review, published,
/// retired), one column per stage, and under it the selected piece: who from each team took part,
/// the insights behind it, and how the leads it reached did beside comparable leads.
enum ContentView {
    /// Lines of the selected piece's pane at the foot of the view.
    static func paneHeight(_ height: Int) -> Int { height >= 30 ? 9 : 7 }
    static let cardsTop = 4
    static let cardHeight = 4

    static func draw(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let strings = state.strings
        let content = state.content
        let paneTop = buffer.height - 2 - paneHeight(buffer.height)
        drawTitle(into: &buffer, state: state)
        let stages = ContentStage.allCases
        let columnWidth = buffer.width / stages.count
        for (index, stage) in stages.enumerated() {
            let x = index * columnWidth
            let width = index == stages.count - 1 ? buffer.width - x : columnWidth
            let selected = index == content.column
            let role = role(stage)
            let pieces = content.pieces(in: stage)
            buffer.putFitted(
                strings(stage.titleKey) + " " + strings.integer(pieces.count), x: x + 1, y: 2, width: width - 2,
                style: Style(role, bold: true, underline: selected))
            buffer.fill(Rect(x: x, y: 3, width: width, height: 1), style: Style(selected ? role : .muted), with: glyphs.horizontal)
            let fits = max(1, (paneTop - cardsTop) / cardHeight)
            let row = content.selectedRow(in: stage)
            let first = max(0, min(row - fits + 1, pieces.count - fits))
            if first > 0 { buffer.put("\(glyphs.moreAbove)\(first)", x: x + 1, y: 3, style: Style(.accent), maxWidth: width - 2) }
            for (offset, piece) in pieces.dropFirst(first).prefix(fits).enumerated() {
                drawCard(
                    piece, selected: selected && first + offset == row, into: &buffer, x: x + 1, y: cardsTop + offset * cardHeight,
                    width: width - 2, state: state)
            }
            if pieces.count > first + fits {
                buffer.putFitted(
                    strings(.columnMore, glyphs.moreBelow, strings.integer(pieces.count - first - fits)), x: x + 1, y: paneTop - 1,
                    width: width - 2, style: Style(.accent))
            }
            if pieces.isEmpty { buffer.putFitted(strings(.columnEmpty), x: x + 1, y: cardsTop, width: width - 2, style: Style(.muted)) }
            for y in 2..<paneTop where y != 3 { buffer.put(glyphs.vertical, x: x + width - 1, y: y, style: Style(.muted)) }
        }
        if content.pieces.isEmpty {
            buffer.putFitted(
                strings(.contentEmpty), x: 2, y: cardsTop + cardHeight, width: buffer.width - 4, style: Style(.title, bold: true))
        }
        drawPane(into: &buffer, state: state, top: paneTop, glyphs: glyphs)
    }

    static func role(_ stage: ContentStage) -> Role {
        switch stage {
        case .idea, .drafting: return .marketing
        case .salesReview: return .handoff
        case .published: return .success
        case .retired: return .muted
        }
    }

    private static func drawTitle(into buffer: inout ScreenBuffer, state: AppState) {
        let strings = state.strings
        let content = state.content
        let waiting = content.pieces(in: .salesReview).filter { $0.approvedBy == nil }.count
        var title = strings(.contentTitle) + "  " + strings(.contentCount, strings.integer(content.pieces.count))
        if waiting > 0 { title += " · " + strings(.contentWaiting, strings.integer(waiting)) }
        title += " · " + strings(content.approvalRequired ? .contentRuleOn : .contentRuleOff)
        buffer.putFitted(title, x: 1, y: 1, width: buffer.width - 2, style: Style(.title, bold: true))
    }

    /// Title and id; kind and owner; then what it waits for, or what it did.
    private static func drawCard(
        _ piece: ContentPiece, selected: Bool, into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, state: AppState
    ) {
        let strings = state.strings
        let base: Style = selected ? Style(.selected, bold: true, reverse: true) : .normal
        if selected { buffer.fill(Rect(x: x, y: y, width: width, height: 3), style: base) }
        let id = "#\(piece.id)"
        let idWidth = TerminalText.width(id)
        let showsID = TerminalText.width(piece.title) + 1 + idWidth <= width
        buffer.putFitted(
            piece.title, x: x, y: y, width: showsID ? width - idWidth - 1 : width,
            style: Style(base.role, bold: true, reverse: base.reverse))
        if showsID { buffer.put(id, x: x + width - idWidth, y: y, style: Style(selected ? .selected : .muted, reverse: base.reverse)) }
        let second = [strings(piece.kind.nameKey), piece.owner ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
        buffer.putFitted(second, x: x, y: y + 1, width: width, style: selected ? base : Style(.muted))
        let third: (String, Role)
        switch piece.stage {
        case .salesReview where piece.approvedBy == nil:
            third = (strings(.cardWaitsForSales), .warning)
        case .salesReview:
            third = (strings(.cardApprovedBy, piece.approvedBy ?? ""), .success)
        case .published, .retired:
            third = (strings(.cardReached, strings.integer(piece.leadsReached)), .accent)
        case .idea, .drafting:
            third = (strings(.cardInsights, strings.integer(piece.insights.count)), .normal)
        }
        let days = strings(.daysShort, piece.daysInStage(now: state.now))
        let daysWidth = TerminalText.width(days)
        buffer.putFitted(
            third.0, x: x, y: y + 2, width: max(0, width - daysWidth - 1),
            style: Style(selected ? .selected : third.1, reverse: base.reverse))
        if daysWidth < width {
            buffer.put(days, x: x + width - daysWidth, y: y + 2, style: Style(selected ? .selected : .muted, reverse: base.reverse))
        }
    }

    /// The selected piece: what it is, who took part by team, the insights behind it, and how
    /// the leads it reached did beside comparable leads (said to be a comparison, not proof).
    private static func drawPane(into buffer: inout ScreenBuffer, state: AppState, top: Int, glyphs: Glyphs) {
        let strings = state.strings
        buffer.fill(Rect(x: 0, y: top, width: buffer.width, height: 1), style: Style(.muted), with: glyphs.horizontal)
        let width = buffer.width - 2
        var lines: [(String, Style)] = []
        if let piece = state.content.selectedPiece {
            lines = paneLines(piece, state: state).map { ($0.text, $0.style) }
        } else {
            lines = [(strings(.contentNothingSelected), Style(.muted))]
        }
        let rows = paneHeight(buffer.height) - 2
        for (offset, line) in lines.prefix(rows).enumerated() {
            buffer.putFitted(line.0, x: 1, y: top + 1 + offset, width: width, style: line.1)
        }
        let hint = strings(state.content.selectedPiece?.stage == .salesReview ? .contentHintReview : .contentHint)
        buffer.putFitted(hint, x: 1, y: top + 1 + rows, width: width, style: Style(.muted))
    }

    static func paneLines(_ piece: ContentPiece, state: AppState) -> [Panel.Line] {
        let strings = state.strings
        let dot = " \(state.glyphs.separator) "
        var lines: [Panel.Line] = []
        var head =
            "#\(piece.id) \(piece.title)" + dot + strings(piece.kind.nameKey) + dot
            + strings(.stageForDays, strings(piece.stage.titleKey), piece.daysInStage(now: state.now))
        if !piece.link.isEmpty { head += dot + piece.link }
        lines.append(Panel.Line(head, Style(.title, bold: true)))
        lines.append(Panel.Line(participation(piece, state: state), Style(.normal)))
        if piece.stage == .salesReview {
            lines.append(
                piece.approvedBy.map { Panel.Line(strings(.paneApproved, state.name($0)), Style(.success)) }
                    ?? Panel.Line(
                        strings(state.content.approvalRequired ? .paneWaitsForSales : .paneWaitsOptional), Style(.warning, bold: true)))
        }
        let insights = state.content.recentInsights.filter { piece.insights.contains($0.id) }
        if piece.insights.isEmpty {
            lines.append(Panel.Line(strings(.paneNoInsights), Style(.muted)))
        } else {
            let first = insights.last.map { strings($0.kind.nameKey) + ": " + $0.text + ($0.quote.map { " “\($0)”" } ?? "") } ?? ""
            lines.append(Panel.Line(strings(.paneInsights, strings.integer(piece.insights.count), first), Style(.normal)))
        }
        if let reach = state.content.reach, reach.pieceID == piece.id, reach.leadsReached > 0 {
            lines += reachLines(reach, state: state)
        } else if piece.stage == .published || piece.stage == .retired {
            lines.append(Panel.Line(strings(.paneNotSent), Style(.muted)))
        }
        return lines
    }

    /// `marketing: Lucía Fernández (owner) · sales: Ana López (co-author, approved)`.
    static func participation(_ piece: ContentPiece, state: AppState) -> String {
        let strings = state.strings
        let teams = Dictionary(state.reference.members.map { ($0.login, $0.team) }, uniquingKeysWith: { first, _ in first })
        return piece.participation(teams: teams).map { team, people in
            let who = people.map { login -> String in
                var roles: [String] = []
                if login == piece.owner { roles.append(strings(.roleOwner)) }
                if piece.authors.contains(login) { roles.append(strings(.roleCoAuthor)) }
                if login == piece.approvedBy { roles.append(strings(.roleApproved)) }
                return state.name(login) + " (" + roles.joined(separator: ", ") + ")"
            }.joined(separator: ", ")
            return strings.team(team) + ": " + who
        }.joined(separator: " · ")
    }

    /// How the leads that got the piece did, beside comparable leads that did not.
    static func reachLines(_ reach: ContentReach, state: AppState) -> [Panel.Line] {
        let strings = state.strings
        func outcome(_ group: ContentReach.Outcomes) -> String {
            strings(
                .reachOutcome, strings.integer(group.closed), strings.integer(group.won),
                KPIFormat.value(group.winRate, unit: .percent, strings: strings),
                KPIFormat.value(group.medianCycleDays, unit: .days, strings: strings))
        }
        let stages = reach.stages.map { state.pipeline.stage($0)?.title ?? $0 }.joined(separator: ", ")
        return [
            Panel.Line(strings(.reachGotIt, strings.integer(reach.leadsReached), outcome(reach.reached)), Style(.accent)),
            Panel.Line(strings(.reachComparable, stages, outcome(reach.comparable)), Style(.normal)),
            Panel.Line(strings(.reachNotProof), Style(.muted)),
        ]
    }
}
