import HandoffCore

/// Draws the `:import` panel: the file, how its columns map, the first rows as they would be stored
/// (or their problems), and the keys; after a refused import or a dry run, the report instead.
enum ImportPanelView {
    static func draw(into buffer: inout ScreenBuffer, panel: ImportPanel, stages: [String], glyphs: Glyphs) {
        let footer = panel.awaitsConfirmation ? "Enter or y import · j/k scroll · Esc cancel" : "j/k scroll · Esc close"
        let name = panel.preview.path.split(separator: "/").last.map(String.init) ?? panel.preview.path
        Panel(title: "Import \(name) (\(panel.preview.options.kind.rawValue))", lines: lines(for: panel, stages: stages), footer: footer)
            .draw(into: &buffer, scroll: panel.scroll, maxWidth: 130, glyphs: glyphs)
    }

    static func lines(for panel: ImportPanel, stages: [String]) -> [Panel.Line] {
        let title = Style(.title, bold: true)
        if let report = panel.report {
            var lines = report.summaryLines.map { Panel.Line($0) }
            lines.append(Panel.Line(""))
            lines += report.problemLines(stages: stages).map { Panel.Line($0, Style(.danger)) }
            return lines
        }
        let preview = panel.preview
        var lines = [Panel.Line(preview.path, Style(.muted)),
                     Panel.Line("\(MoneyFormat.whole(Double(preview.bytes))) bytes, fields separated by '\(preview.delimiterName)'", Style(.muted))]
        lines.append(Panel.Line(""))
        lines.append(Panel.Line("Columns", title))
        lines += preview.mapping.map { Panel.Line("  " + $0) }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line("First rows as they will be stored", title))
        let widths = preview.columns.map { column in
            min(20, max(TerminalText.width(column), preview.rows.map { row in row.isEmpty ? 0 : TerminalText.width(TerminalText.sanitize(row[preview.columns.firstIndex(of: column)!])) }.max() ?? 0))
        }
        func row(_ cells: [String]) -> String {
            zip(cells, widths).map { TerminalText.fit(TerminalText.sanitize($0.0), to: $0.1) }.joined(separator: "  ")
        }
        lines.append(Panel.Line("  " + row(preview.columns), Style(.muted)))
        for (index, values) in preview.rows.enumerated() {
            lines.append(values.isEmpty ? Panel.Line("  (row \(index + 2) cannot be imported, see below)", Style(.danger)) : Panel.Line("  " + row(values)))
        }
        if !preview.problems.isEmpty {
            lines.append(Panel.Line(""))
            lines.append(Panel.Line("Problems in these rows", Style(.danger, bold: true)))
            lines += preview.problems.map { Panel.Line("  " + $0.description, Style(.danger)) }
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line("The whole file is checked when you confirm; if any row is rejected nothing is imported.", Style(.muted)))
        return lines
    }
}
