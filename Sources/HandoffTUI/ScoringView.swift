import HandoffCore
import HandoffStore

/// The scoring panel: on the left the definition in force, every rule with what it gave the lead
/// selected on the board, and how that lead's total comes about; on the right the open leads by
/// score and the calibration against leads with a known outcome, at the threshold in force, at a
/// what-if threshold and for the previous version.
enum ScoringView {
    static func draw(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let scoring = state.scoring
        drawTitle(into: &buffer, scoring: scoring, glyphs: glyphs)
        let top = 2, bottom = buffer.height - BoardLayout.footerHeight
        guard let overview = scoring.overview, let current = overview.current else {
            let lines = ["No scoring definition yet.", "Load one: handoff scoring load FILE --comment \"why\"",
                         "sample-data/scoring.txt shows the format; the README explains it."]
            for (offset, line) in lines.enumerated() {
                buffer.putFitted(line, x: 2, y: top + 1 + offset, width: buffer.width - 4, style: Style(offset == 0 ? .title : .normal, bold: offset == 0))
            }
            return
        }
        // Wide terminals give the rules a little more room; narrow ones split evenly, and the
        // calibration table drops the columns that do not fit.
        let split = buffer.width >= 100 ? buffer.width * 53 / 100 : max(30, buffer.width / 2)
        for y in top..<bottom { buffer.put(glyphs.vertical, x: split, y: y, style: Style(.muted)) }
        let left = Rect(x: 1, y: top, width: split - 2, height: bottom - top)
        let right = Rect(x: split + 2, y: top, width: buffer.width - split - 3, height: bottom - top)
        drawDefinition(current, lead: scoring.lead, selected: state.selectedLead, into: &buffer, area: left, glyphs: glyphs)
        let used = drawHistogram(overview, threshold: current.definition.threshold, into: &buffer, area: right, glyphs: glyphs)
        drawCalibration(overview, scoring: scoring, into: &buffer,
                        area: Rect(x: right.x, y: right.y + used + 1, width: right.width, height: right.height - used - 1))
    }

    private static func drawTitle(into buffer: inout ScreenBuffer, scoring: ScoringState, glyphs: Glyphs) {
        let band = Style(.marketing, bold: true, reverse: true)
        buffer.fill(Rect(x: 0, y: 1, width: buffer.width, height: 1), style: band)
        var parts: [String] = []
        if let overview = scoring.overview, let current = overview.current {
            parts.append("version \(current.id) by \(current.author), \(Timestamp.short(current.at))")
            if !current.comment.isEmpty { parts.append("\u{201C}\(current.comment)\u{201D}") }
            parts.append("auto handoff \(overview.autoHandoff ? "on" : "off")")
        }
        buffer.putFitted(" SCORING  " + parts.joined(separator: " \(glyphs.separator) "), x: 0, y: 1, width: buffer.width, style: band)
    }

    // MARK: The definition and the selected lead

    private static func drawDefinition(_ version: ScoringVersion, lead: LeadScore?, selected: Lead?, into buffer: inout ScreenBuffer,
                                       area: Rect, glyphs: Glyphs) {
        let definition = version.definition
        let shown = lead.flatMap { $0.lead.id == selected?.id && $0.version.id == version.id ? $0 : nil }
        let fired = shown?.breakdown.lines.map(\.fired) ?? []
        let pointsWidth = 6, leadWidth = 6
        let ruleWidth = max(8, area.width - pointsWidth - leadWidth - 2)
        var y = area.y
        var lines: [(String, String, String, Style, Style)] = []
        let minimum = definition.fitMinimum.map { " \(glyphs.separator) fit minimum \($0)" } ?? ""
        buffer.putFitted("DEFINITION  threshold \(definition.threshold)\(minimum)", x: area.x, y: y, width: area.width, style: Style(.title, bold: true))
        y += 1
        var index = 0
        for group in definition.groups where !group.isEmpty {
            var notes: [String] = []
            if let cap = group.cap { notes.append("cap \(cap)") }
            if let decay = group.decay { notes.append(decay.source) }
            let title = group.kind.rawValue + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")")
            let subtotal = shown.map { group.kind == .fit ? String($0.breakdown.fit) : String($0.breakdown.engagement) } ?? ""
            lines.append((title, "", subtotal, Style(.muted, bold: true), Style(.accent, bold: true)))
            for rule in group.rules {
                let points = rule.points > 0 ? "+\(rule.points)" : String(rule.points)
                let mark: String
                let style: Style
                let hit = fired.indices.contains(index) && fired[index]
                if hit {
                    mark = points
                    style = Style(rule.points >= 0 ? .success : .danger, bold: true)
                } else {
                    mark = shown == nil ? "" : glyphs.separator
                    style = Style(.muted)
                }
                lines.append(("  " + rule.condition, points, mark, Style(hit ? .normal : .muted), style))
                index += 1
            }
        }
        let explanation = explain(shown, selected: selected, glyphs: glyphs)
        let room = max(0, area.height - 2 - explanation.count)
        buffer.putFitted("Rule", x: area.x, y: y, width: ruleWidth, style: Style(.muted))
        buffer.putFitted("Points", x: area.x + ruleWidth + 1, y: y, width: pointsWidth, style: Style(.muted), alignRight: true)
        buffer.putFitted("Lead", x: area.x + ruleWidth + pointsWidth + 2, y: y, width: leadWidth, style: Style(.muted), alignRight: true)
        y += 1
        for (offset, line) in lines.prefix(room).enumerated() {
            let last = offset == room - 1 && lines.count > room
            buffer.putFitted(last ? "\(glyphs.moreBelow) \(lines.count - offset) more (handoff scoring show)" : line.0, x: area.x, y: y,
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
    static func explain(_ score: LeadScore?, selected: Lead?, glyphs: Glyphs) -> [Panel.Line] {
        guard let selected else { return [Panel.Line("Select a lead on the board (h j k l) to see why it scores what it does.", Style(.muted))] }
        guard let score else { return [Panel.Line("LEAD \(selected.id) \(selected.name)", Style(.title, bold: true))] }
        let lead = score.lead, breakdown = score.breakdown
        let arrow = glyphs.arrowRight
        var lines = [Panel.Line("LEAD \(lead.id) \(lead.name) \(glyphs.separator) \(lead.company)", Style(.title, bold: true))]
        var fit = "fit \(breakdown.fitPoints)"
        if breakdown.fit != breakdown.fitPoints { fit += " \(arrow) \(breakdown.fit) (cap)" }
        var engagement = "engagement \(breakdown.engagementPoints)"
        if breakdown.engagementCapped != breakdown.engagementPoints { engagement += " \(arrow) \(breakdown.engagementCapped) (cap)" }
        if breakdown.decayPeriods > 0 && breakdown.engagementCapped != 0 {
            engagement += " \(arrow) \(breakdown.engagement) (\(breakdown.ageDays) days old: \(CalibrationReport.percent(breakdown.decayFactor)) kept)"
        }
        lines.append(Panel.Line("\(fit) \(glyphs.separator) \(engagement)"))
        lines.append(Panel.Line("total \(breakdown.total): \(breakdown.verdict)", Style(breakdown.qualifies ? .success : .warning, bold: true)))
        if !score.isCurrent {
            let stored = score.storedVersion.map { "version \($0)" } ?? "before any definition"
            lines.append(Panel.Line("stored score \(lead.score) (\(stored)); the lead or its age changed since", Style(.muted)))
        }
        return lines
    }

    // MARK: Open leads by score

    /// Returns the rows used.
    private static func drawHistogram(_ overview: ScoringOverview, threshold: Int, into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) -> Int {
        let distribution = overview.distribution
        let qualifying = distribution.qualifying(threshold: threshold)
        buffer.putFitted("OPEN LEADS BY SCORE  \(distribution.leads) open \(glyphs.separator) \(qualifying) MQLs at \(threshold)",
                         x: area.x, y: area.y, width: area.width, style: Style(.title, bold: true))
        let bands = distribution.bands
        let room = min(bands.count, max(0, area.height / 2 - 2))
        let shown = Array(bands.suffix(room))
        let largest = max(1, shown.map(\.leads).max() ?? 1)
        let bar = glyphs == .ascii ? "#" : "█"
        let barWidth = max(1, area.width - 16)
        for (offset, band) in shown.enumerated() {
            let y = area.y + 1 + offset
            let role: Role = band.min >= threshold ? .success : band.min + CalibrationReport.bandWidth > threshold ? .warning : .muted
            buffer.putFitted("\(band.min)-\(band.min + CalibrationReport.bandWidth - 1)", x: area.x, y: y, width: 7, style: Style(.muted), alignRight: true)
            let length = band.leads == 0 ? 0 : max(1, band.leads * barWidth / largest)
            let used = buffer.put(String(repeating: bar, count: length), x: area.x + 8, y: y, style: Style(role))
            buffer.put(" \(band.leads)", x: area.x + 8 + used, y: y, style: Style(.normal))
        }
        if bands.count > room, room > 0 {
            buffer.putFitted("(lower bands: \(bands.prefix(bands.count - room).reduce(0) { $0 + $1.leads }) leads)", x: area.x, y: area.y + 1 + room,
                             width: area.width, style: Style(.muted))
            return room + 2
        }
        return room + 1
    }

    // MARK: Calibration

    private static func drawCalibration(_ overview: ScoringOverview, scoring: ScoringState, into buffer: inout ScreenBuffer, area: Rect) {
        guard area.height > 3, let current = overview.current, let inForce = overview.report() else { return }
        buffer.putFitted("CALIBRATION  \(inForce.leads) leads with a known outcome", x: area.x, y: area.y, width: area.width,
                         style: Style(.title, bold: true))
        var y = area.y + 1
        let summaryRows = 4 + (overview.previous == nil ? 2 : 3)
        let bandRoom = max(0, area.height - 2 - summaryRows)
        if inForce.leads == 0 {
            buffer.putFitted("No lead has an outcome yet: nothing accepted, rejected, won or lost.", x: area.x, y: y, width: area.width, style: Style(.muted))
            return
        }
        let widths = [7, 6, 4, 5, 5, 4, 4, 5]
        func row(_ cells: [String], style: Style) {
            var x = area.x
            for (index, (cell, width)) in zip(cells, widths).enumerated() where x + width <= area.maxX {
                buffer.putFitted(cell, x: x, y: y, width: width, style: style, alignRight: index > 0)
                x += width + 1
            }
            y += 1
        }
        if bandRoom > 1 {
            row(["Score", "Leads", "Won", "Lost", "Win%", "Acc", "Rej", "Acc%"], style: Style(.muted))
            for band in inForce.bands.suffix(bandRoom - 1) {
                row(["\(band.min)-\(band.max)", String(band.leads), String(band.won), String(band.lost), CalibrationReport.percent(band.winRate),
                     String(band.accepted), String(band.rejected), CalibrationReport.percent(band.acceptanceRate)],
                    style: Style(band.min >= current.definition.threshold ? .normal : .muted))
            }
        }
        y += 1
        let columns = [17, 5, 5, 6, 5, 5]
        func summary(_ cells: [String], style: Style) {
            var x = area.x
            for (index, (cell, width)) in zip(cells, columns).enumerated() where x + width <= area.maxX {
                buffer.putFitted(cell, x: x, y: y, width: width, style: style, alignRight: index > 0)
                x += width + 1
            }
            y += 1
        }
        func cells(_ label: String, _ report: CalibrationReport, open: Int?) -> [String] {
            [label, String(report.mqls), CalibrationReport.percent(report.precisionWon), CalibrationReport.percent(report.recallWon),
             CalibrationReport.percent(report.precisionAccepted), open.map(String.init) ?? "-"]
        }
        summary(["Threshold", "MQLs", "Won%", "Recall", "Acc%", "Open"], style: Style(.muted))
        let distribution = overview.distribution
        summary(cells("\(inForce.threshold) in force", inForce, open: distribution.qualifying(threshold: inForce.threshold)), style: Style(.normal, bold: true))
        if let threshold = scoring.whatIfThreshold, let whatIf = overview.report(threshold: threshold) {
            summary(cells("\(threshold) what if (+/-)", whatIf, open: distribution.qualifying(threshold: threshold)), style: Style(.accent, bold: true))
        }
        if let previous = overview.previous, let report = overview.previousReport {
            summary(cells("\(report.threshold) version \(previous.id)", report, open: nil), style: Style(.muted))
        }
        for line in legend where y < area.maxY {
            buffer.putFitted(line, x: area.x, y: y, width: area.width, style: Style(.muted))
            y += 1
        }
    }

    static let legend = ["Won%: MQLs won / MQLs won or lost. Recall: of all won.", "Acc%: MQLs accepted / answered. Open: open leads now."]

}
