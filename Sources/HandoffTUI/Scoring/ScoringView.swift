import HandoffCore
import HandoffStore

/// The scoring panel: on the left the definition in force, every rule with what it gave the lead
/// selected on the board, and how that lead's total comes about; on the right the open leads by
/// score and the calibration against leads with a known outcome, at the threshold in force, at a
/// what-if threshold and for the previous version. Rules are shown as the file writes them.
enum ScoringView {
    static func draw(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let scoring = state.scoring, strings = state.strings
        drawTitle(into: &buffer, scoring: scoring, strings: strings, glyphs: glyphs)
        let top = 2, bottom = buffer.height - BoardLayout.footerHeight
        guard let overview = scoring.overview, let current = overview.current else {
            let lines = [strings(.scoringEmpty), strings(.scoringNoneLoad), strings(.scoringNoneSample)]
            for (offset, line) in lines.enumerated() {
                buffer.putFitted(
                    line, x: 2, y: top + 1 + offset, width: buffer.width - 4,
                    style: Style(offset == 0 ? .title : .normal, bold: offset == 0))
            }
            return
        }
        // Wide terminals give the rules a little more room; narrow ones split evenly, and the
        // calibration table drops the columns that do not fit.
        let split = buffer.width >= 100 ? buffer.width * 53 / 100 : max(30, buffer.width / 2)
        for y in top..<bottom { buffer.put(glyphs.vertical, x: split, y: y, style: Style(.muted)) }
        let left = Rect(x: 1, y: top, width: split - 2, height: bottom - top)
        let right = Rect(x: split + 2, y: top, width: buffer.width - split - 3, height: bottom - top)
        drawDefinition(
            current, lead: scoring.lead, selected: state.selectedLead, into: &buffer, area: left, strings: strings, glyphs: glyphs)
        let used = drawHistogram(
            overview, threshold: current.definition.threshold, into: &buffer, area: right, strings: strings, glyphs: glyphs)
        drawCalibration(
            overview, scoring: scoring, into: &buffer,
            area: Rect(x: right.x, y: right.y + used + 1, width: right.width, height: right.height - used - 1), strings: strings)
    }

    private static func drawTitle(into buffer: inout ScreenBuffer, scoring: ScoringState, strings: Strings, glyphs: Glyphs) {
        let band = Style(.marketing, bold: true, reverse: true)
        buffer.fill(Rect(x: 0, y: 1, width: buffer.width, height: 1), style: band)
        var parts: [String] = []
        if let overview = scoring.overview, let current = overview.current {
            parts.append(strings(.scoringVersionBy, current.id, current.author, strings.dateTime(current.at)))
            let quotes = glyphs == .ascii ? ("\"", "\"") : ("\u{201C}", "\u{201D}")
            if !current.comment.isEmpty { parts.append(quotes.0 + current.comment + quotes.1) }
            parts.append(strings(overview.autoHandoff ? .scoringAutoHandoffOn : .scoringAutoHandoffOff))
        }
        buffer.putFitted(
            " \(strings(.scoringTitle))  " + parts.joined(separator: " \(glyphs.separator) "), x: 0, y: 1, width: buffer.width, style: band)
    }

    // MARK: The definition and the selected lead

    private static func drawDefinition(
        _ version: ScoringVersion, lead: LeadScore?, selected: Lead?, into buffer: inout ScreenBuffer,
        area: Rect, strings: Strings, glyphs: Glyphs
    ) {
        let definition = version.definition
        let shown = lead.flatMap { $0.lead.id == selected?.id && $0.version.id == version.id ? $0 : nil }
        let fired = shown?.breakdown.lines.map(\.fired) ?? []
        let pointsWidth = 6, leadWidth = 6
        let ruleWidth = max(8, area.width - pointsWidth - leadWidth - 2)
        var y = area.y
        var lines: [(String, String, String, Style, Style)] = []
        let minimum = definition.fitMinimum.map { " \(glyphs.separator) " + strings(.scoringFitMinimum, $0) } ?? ""
        buffer.putFitted(
            strings(.scoringDefinition, definition.threshold) + minimum, x: area.x, y: y, width: area.width,
            style: Style(.title, bold: true))
        y += 1
        var index = 0
        for group in definition.groups where !group.isEmpty {
            // The section as the file writes it: `[engagement]  decay 60 days 50% · cap 50`.
            let notes = [group.decay?.source, group.cap.map { "cap \($0)" }].compactMap { $0 }
            let title = "[\(group.kind.rawValue)]" + (notes.isEmpty ? "" : "  " + notes.joined(separator: " \(glyphs.separator) "))
            let subtotal = shown.map { strings.integer(group.kind == .fit ? $0.breakdown.fit : $0.breakdown.engagement) } ?? ""
            lines.append((title, "", subtotal, Style(.muted, bold: true), Style(.accent, bold: true)))
            for rule in group.rules {
                let points = rule.points > 0 ? "+\(rule.points)" : String(rule.points)
                let hit = fired.indices.contains(index) && fired[index]
                let mark = hit ? points : shown == nil ? "" : glyphs.separator
                let style = hit ? Style(rule.points >= 0 ? .success : .danger, bold: true) : Style(.muted)
                lines.append(("  " + rule.condition, points, mark, Style(hit ? .normal : .muted), style))
                index += 1
            }
        }
        // Long explanations (Spanish ones above all) wrap instead of being cut.
        let explanation = explain(shown, selected: selected, strings: strings, glyphs: glyphs).flatMap { line in
            wrap(line.text, to: area.width).map { Panel.Line($0, line.style) }
        }
        let room = max(0, area.height - 2 - explanation.count)
        buffer.putFitted(strings(.scoringHeaderRule), x: area.x, y: y, width: ruleWidth, style: Style(.muted))
        buffer.putFitted(
            strings(.scoringHeaderPoints), x: area.x + ruleWidth + 1, y: y, width: pointsWidth, style: Style(.muted), alignRight: true)
        buffer.putFitted(
            strings(.scoringHeaderLead), x: area.x + ruleWidth + pointsWidth + 2, y: y, width: leadWidth, style: Style(.muted),
            alignRight: true)
        y += 1
        for (offset, line) in lines.prefix(room).enumerated() {
            let last = offset == room - 1 && lines.count > room
            buffer.putFitted(
                last ? "\(glyphs.moreBelow) " + strings(.scoringMoreRules, lines.count - offset) : line.0, x: area.x, y: y,
                width: ruleWidth, style: last ? Style(.accent) : line.3)
            if !last {
                buffer.putFitted(line.1, x: area.x + ruleWidth + 1, y: y, width: pointsWidth, style: Style(.accent), alignRight: true)
                buffer.putFitted(line.2, x: area.x + ruleWidth + pointsWidth + 2, y: y, width: leadWidth, style: line.4, alignRight: true)
            }
            y += 1
        }
        y += 1
        for line in explanation where y < area.maxY {
            buffer.putFitted(line.text, x: area.x, y: y, width: area.width, style: line.style)
            y += 1
        }
    }

    /// The selected lead's way from points to total, and whether it qualifies.
    static func explain(_ score: LeadScore?, selected: Lead?, strings: Strings, glyphs: Glyphs) -> [Panel.Line] {
        guard let selected else { return [Panel.Line(strings(.scoringSelectLead), Style(.muted))] }
        guard let score else { return [Panel.Line(strings(.scoringLead, selected.id, selected.name), Style(.title, bold: true))] }
        let lead = score.lead, breakdown = score.breakdown
        let arrow = " \(glyphs.arrowRight) "
        var lines = [
            Panel.Line(strings(.scoringLead, lead.id, lead.name) + " \(glyphs.separator) \(lead.company)", Style(.title, bold: true))
        ]
        var fit = strings(.scoringFit, breakdown.fitPoints)
        if breakdown.fit != breakdown.fitPoints { fit += arrow + strings(.scoringCapped, breakdown.fit) }
        var engagement = strings(.scoringEngagement, breakdown.engagementPoints)
        if breakdown.engagementCapped != breakdown.engagementPoints {
            engagement += arrow + strings(.scoringCapped, breakdown.engagementCapped)
        }
        if breakdown.decayPeriods > 0 && breakdown.engagementCapped != 0 {
            engagement += arrow + strings(.scoringDecayed, breakdown.engagement, breakdown.ageDays, strings.percent(breakdown.decayFactor))
        }
        lines.append(Panel.Line("\(fit) \(glyphs.separator) \(engagement)"))
        let verdict: String
        switch breakdown.verdict {
        case .qualifies: verdict = strings(.scoringQualifies, breakdown.total, breakdown.threshold)
        case .underThreshold: verdict = strings(.scoringUnderThreshold, breakdown.total, breakdown.threshold)
        case .underFitMinimum: verdict = strings(.scoringUnderFitMinimum, breakdown.fit, breakdown.fitMinimum ?? 0)
        }
        lines.append(
            Panel.Line(strings(.scoringTotal, breakdown.total, verdict), Style(breakdown.qualifies ? .success : .warning, bold: true)))
        if !score.isCurrent {
            let stored = score.storedVersion.map { strings(.scoringStoredVersion, $0) } ?? strings(.scoringStoredNone)
            lines.append(Panel.Line(strings(.scoringStored, lead.score, stored), Style(.muted)))
        }
        return lines
    }

    // MARK: Open leads by score

    /// Returns the rows used.
    private static func drawHistogram(
        _ overview: ScoringOverview, threshold: Int, into buffer: inout ScreenBuffer, area: Rect,
        strings: Strings, glyphs: Glyphs
    ) -> Int {
        let distribution = overview.distribution
        let qualifying = distribution.qualifying(threshold: threshold)
        let title =
            strings(.scoringOpen) + "  "
            + [
                strings(.scoringOpenCount, strings.integer(distribution.leads)),
                strings(.scoringOpenMqls, strings.integer(qualifying), threshold),
            ].joined(separator: " \(glyphs.separator) ")
        buffer.putFitted(title, x: area.x, y: area.y, width: area.width, style: Style(.title, bold: true))
        let bands = distribution.bands
        let room = min(bands.count, max(0, area.height / 2 - 2))
        let shown = Array(bands.suffix(room))
        let largest = max(1, shown.map(\.leads).max() ?? 1)
        let bar = glyphs == .ascii ? "#" : "█"
        let barWidth = max(1, area.width - 16)
        for (offset, band) in shown.enumerated() {
            let y = area.y + 1 + offset
            let role: Role = band.min >= threshold ? .success : band.min + CalibrationReport.bandWidth > threshold ? .warning : .muted
            buffer.putFitted(
                "\(band.min)-\(band.min + CalibrationReport.bandWidth - 1)", x: area.x, y: y, width: 7, style: Style(.muted),
                alignRight: true)
            let length = band.leads == 0 ? 0 : max(1, band.leads * barWidth / largest)
            let used = buffer.put(String(repeating: bar, count: length), x: area.x + 8, y: y, style: Style(role))
            buffer.put(" " + strings.integer(band.leads), x: area.x + 8 + used, y: y, style: Style(.normal))
        }
        if bands.count > room, room > 0 {
            let lower = bands.prefix(bands.count - room).reduce(0) { $0 + $1.leads }
            buffer.putFitted(
                strings(.scoringLowerBands, strings.integer(lower)), x: area.x, y: area.y + 1 + room, width: area.width,
                style: Style(.muted))
            return room + 2
        }
        return room + 1
    }

    // MARK: Calibration

    private static func drawCalibration(
        _ overview: ScoringOverview, scoring: ScoringState, into buffer: inout ScreenBuffer, area: Rect,
        strings: Strings
    ) {
        guard area.height > 3, let current = overview.current, let inForce = overview.report() else { return }
        buffer.putFitted(
            strings(.scoringCalibration, strings.integer(inForce.leads)), x: area.x, y: area.y, width: area.width,
            style: Style(.title, bold: true))
        var y = area.y + 1
        let legend = [strings(.scoringLegendWon), strings(.scoringLegendAccepted)].flatMap { wrap($0, to: area.width) }
        let summaryRows = 2 + legend.count + (overview.previous == nil ? 2 : 3)
        let bandRoom = max(0, area.height - 2 - summaryRows)
        if inForce.leads == 0 {
            buffer.putFitted(strings(.scoringNoOutcomes), x: area.x, y: y, width: area.width, style: Style(.muted))
            return
        }
        func row(_ cells: [String], widths: [Int], style: Style) {
            var x = area.x
            for (index, (cell, width)) in zip(cells, widths).enumerated() where x + width <= area.maxX {
                buffer.putFitted(cell, x: x, y: y, width: width, style: style, alignRight: index > 0)
                x += width + 1
            }
            y += 1
        }
        let bandWidths = [7, 6, 4, 5, 5, 4, 4, 5]
        if bandRoom > 1 {
            row(
                [
                    .scoringHeaderScore, .scoringHeaderLeads, .scoringHeaderWon, .scoringHeaderLost, .scoringHeaderWinRate,
                    .scoringHeaderAccepted,
                    .scoringHeaderRejected, .scoringHeaderAcceptance,
                ].map { strings($0) }, widths: bandWidths, style: Style(.muted))
            for band in inForce.bands.suffix(bandRoom - 1) {
                row(
                    [
                        "\(band.min)-\(band.max)", strings.integer(band.leads), strings.integer(band.won), strings.integer(band.lost),
                        strings.percent(band.winRate), strings.integer(band.accepted), strings.integer(band.rejected),
                        strings.percent(band.acceptanceRate),
                    ],
                    widths: bandWidths, style: Style(band.min >= current.definition.threshold ? .normal : .muted))
            }
        }
        y += 1
        let summaryWidths = [18, 5, 5, 7, 5, 7]
        func cells(_ label: String, _ report: CalibrationReport, open: Int?) -> [String] {
            [
                label, strings.integer(report.mqls), strings.percent(report.precisionWon), strings.percent(report.recallWon),
                strings.percent(report.precisionAccepted), open.map(strings.integer) ?? "-",
            ]
        }
        row(
            [
                .scoringHeaderThreshold, .scoringHeaderMqls, .scoringHeaderWinRate, .scoringHeaderRecall, .scoringHeaderAcceptance,
                .scoringHeaderOpen,
            ]
            .map { strings($0) }, widths: summaryWidths, style: Style(.muted))
        let distribution = overview.distribution
        row(
            cells(strings(.scoringInForce, inForce.threshold), inForce, open: distribution.qualifying(threshold: inForce.threshold)),
            widths: summaryWidths, style: Style(.normal, bold: true))
        if let threshold = scoring.whatIfThreshold, let whatIf = overview.report(threshold: threshold) {
            row(
                cells(strings(.scoringWhatIf, threshold), whatIf, open: distribution.qualifying(threshold: threshold)),
                widths: summaryWidths, style: Style(.accent, bold: true))
        }
        if let previous = overview.previous, let report = overview.previousReport {
            row(
                cells(strings(.scoringPrevious, report.threshold, previous.id), report, open: nil), widths: summaryWidths,
                style: Style(.muted))
        }
        for line in legend where y < area.maxY {
            buffer.putFitted(line, x: area.x, y: y, width: area.width, style: Style(.muted))
            y += 1
        }
    }

    /// Lines of at most `width` cells, never parting a number from its `%` (`50 %` in Spanish).
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard TerminalText.width(text) > width else { return [text] }
        return TerminalText.wrap(text.replacingOccurrences(of: " %", with: "\u{00A0}%"), to: width)
    }
}
