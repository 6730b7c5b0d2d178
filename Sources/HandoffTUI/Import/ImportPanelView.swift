import HandoffCore

/// Draws the `:import` panel: the file, how its columns map, the first rows as they would be stored
/// (or their problems), and the keys; after a refused import or a dry run, the report instead.
enum ImportPanelView {
    static func draw(into buffer: inout ScreenBuffer, panel: ImportPanel, state: AppState) {
        let strings = state.strings
        let footer = panel.awaitsConfirmation ? strings(.importFooter) : strings(.panelFooter)
        let name = panel.preview.path.split(separator: "/").last.map(String.init) ?? panel.preview.path
        Panel(
            title: strings(.importTitle, name, panel.preview.options.kind.rawValue), lines: lines(for: panel, state: state), footer: footer
        )
        .draw(into: &buffer, scroll: panel.scroll, maxWidth: 130, glyphs: state.glyphs)
    }

    static func lines(for panel: ImportPanel, state: AppState) -> [Panel.Line] {
        let strings = state.strings
        let title = Style(.title, bold: true)
        if let report = panel.report {
            var lines = report.summaryLines.map { Panel.Line(state.strings($0)) }
            lines.append(Panel.Line(""))
            lines += report.problemLines(stages: state.pipeline.leadStages.map(\.id)).map { Panel.Line(state.strings($0), Style(.danger)) }
            return lines
        }
        let preview = panel.preview
        var lines: [Panel.Line] = []
        if let progress = panel.progress {
            lines.append(
                Panel.Line(
                    strings(
                        .importRunning, strings.integer(progress.rows), String(progress.percent),
                        strings.integer(progress.rowsPerSecond)), Style(.accent, bold: true)))
            lines.append(Panel.Line(""))
        }
        lines += [
            Panel.Line(preview.path, Style(.muted)),
            Panel.Line(strings(.importBytes, strings.integer(preview.bytes), preview.delimiterName), Style(.muted)),
        ]
        lines.append(Panel.Line(""))
        lines.append(Panel.Line(strings(.importColumns), title))
        lines += preview.mapping.map { Panel.Line("  " + state.strings($0)) }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line(strings(.importFirstRows), title))
        let widths = preview.columns.indices.map { column in
            min(
                20,
                max(
                    TerminalText.width(preview.columns[column]),
                    preview.rows.map { $0.isEmpty ? 0 : TerminalText.width(TerminalText.sanitize($0[column])) }.max() ?? 0))
        }
        func row(_ cells: [String]) -> String {
            zip(cells, widths).map { TerminalText.fit(TerminalText.sanitize($0.0), to: $0.1) }.joined(separator: "  ")
        }
        lines.append(Panel.Line("  " + row(preview.columns), Style(.muted)))
        for (index, values) in preview.rows.enumerated() {
            lines.append(
                values.isEmpty ? Panel.Line("  " + strings(.importRowRejected, index + 2), Style(.danger)) : Panel.Line("  " + row(values)))
        }
        if !preview.problems.isEmpty {
            lines.append(Panel.Line(""))
            lines.append(Panel.Line(strings(.importProblems), Style(.danger, bold: true)))
            lines += preview.problems.map { Panel.Line("  " + state.strings($0.message), Style(.danger)) }
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line(strings(.importWholeFile), Style(.muted)))
        return lines
    }
}
