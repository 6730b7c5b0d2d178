import HandoffCore

/// One piece in full: what it is, who from each team took part, the insights behind it with the
/// leads' own words, the leads it was sent to, and how they did beside comparable leads.
enum PieceDetailView {
    static func draw(into buffer: inout ScreenBuffer, detail: PieceDetail, state: AppState) {
        let strings = state.strings
        Panel(
            title: strings(.pieceTitle, detail.piece.id, detail.piece.title), lines: lines(for: detail, state: state),
            footer: strings(.pieceFooter)
        )
        .draw(into: &buffer, scroll: detail.scroll, maxWidth: 100, glyphs: state.glyphs)
    }

    static func lines(for detail: PieceDetail, state: AppState) -> [Panel.Line] {
        let strings = state.strings
        let piece = detail.piece
        func field(_ name: StringKey, _ value: String?) -> Panel.Line? {
            guard let value, !value.isEmpty else { return nil }
            return Panel.Line(TerminalText.fit(strings(name), to: 14) + value)
        }
        var lines: [Panel.Line] = [
            field(.labelKind, strings(piece.kind.nameKey)),
            field(.fieldStage, strings(.stageForDays, strings(piece.stage.titleKey), piece.daysInStage(now: state.now))),
            field(.fieldOwner, piece.owner.map(state.name)),
            field(.labelLink, piece.link),
            field(.fieldCreated, strings.dateTime(piece.createdAt) + " · " + state.name(piece.createdBy)),
            field(.labelApproved, piece.approvedBy.map { state.name($0) + " · " + strings.dateTime(piece.approvedAt ?? piece.enteredAt) }),
            field(.labelPublished, piece.publishedAt.map(strings.dateTime)),
        ].compactMap { $0 }
        if piece.stage == .salesReview, piece.approvedBy == nil {
            lines.append(
                Panel.Line(strings(state.content.approvalRequired ? .paneWaitsForSales : .paneWaitsOptional), Style(.warning, bold: true)))
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line(strings(.pieceWhoTookPart), Style(.title, bold: true)))
        lines.append(Panel.Line(ContentView.participation(piece, state: state)))
        lines.append(Panel.Line(""))
        lines.append(Panel.Line(strings(.pieceInsightsTitle), Style(.title, bold: true)))
        if detail.insights.isEmpty { lines.append(Panel.Line(strings(.paneNoInsights), Style(.muted))) }
        for insight in detail.insights {
            let lead = insight.company.isEmpty ? insight.leadName : "\(insight.leadName), \(insight.company)"
            lines.append(
                Panel.Line(
                    "#\(insight.id) " + strings.date(insight.at) + "  " + strings(insight.kind.nameKey) + ": " + insight.text
                        + "  (#\(insight.leadID) \(lead) · \(state.name(insight.author)))"))
            if let quote = insight.quote { lines.append(Panel.Line("      “\(quote)”", Style(.accent))) }
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line(strings(.pieceSentTitle), Style(.title, bold: true)))
        if detail.sends.isEmpty { lines.append(Panel.Line(strings(.paneNotSent), Style(.muted))) }
        for send in detail.sends {
            lines.append(
                Panel.Line(
                    strings.dateTime(send.at) + "  " + state.name(send.actor) + " \(state.glyphs.arrowRight) #\(send.leadID) "
                        + send.leadName
                        + " (" + (state.pipeline.stage(send.stage)?.title ?? send.stage) + ")"))
        }
        if detail.reach.leadsReached > 0 {
            lines.append(Panel.Line(""))
            lines.append(Panel.Line(strings(.pieceInDealsTitle), Style(.title, bold: true)))
            lines += ContentView.reachLines(detail.reach, state: state)
        }
        return lines
    }
}
