import HandoffCore

/// `?` on the dashboard: how the selected figure is computed, with this period's numbers, the
/// scoring version in force, then every other formula and the dashboard's keys.
enum FormulaView {
    static func draw(into buffer: inout ScreenBuffer, id: String, scroll: Int, state: AppState, glyphs: Glyphs) {
        let width = min(buffer.width - 4, 96)
        let title = KPIDefinition.named(id)?.title ?? id
        Panel(title: "How \(title) is computed", lines: lines(for: id, report: state.dashboard.report, keyMap: state.keyMap, strings: state.strings,
                                                              width: width - 4),
              footer: "j/k scroll · Esc close")
            .draw(into: &buffer, scroll: scroll, maxWidth: width, glyphs: glyphs)
    }

    static func lines(for id: String, report: KPIReport?, keyMap: KeyMap, strings: Strings, width: Int) -> [Panel.Line] {
        var lines: [Panel.Line] = []
        func paragraph(_ text: String, _ style: Style = .normal, indent: String = "") {
            for line in TerminalText.wrap(text, to: width - indent.count) { lines.append(Panel.Line(indent + line, style)) }
        }
        guard let definition = KPIDefinition.named(id) else { return [Panel.Line("No formula for \(id)")] }
        paragraph(definition.formula, Style(.normal, bold: true))
        if let report {
            lines.append(Panel.Line(""))
            paragraph("Period: \(report.period.title), \(report.period.rangeText)" + (report.previousPeriod.map { "; compared with \($0.rangeText)" } ?? "") + ".")
            if !definition.isChart {
                let now = KPIFormat.value(definition.value(in: report), unit: definition.unit)
                var text = "This period: \(now)"
                if let inputs = definition.inputs(in: report) { text += " = " + inputs }
                if definition.isSnapshot { text += " (as of \(Timestamp.short(report.asOf)) UTC)" }
                paragraph(text + ".", Style(.accent))
            }
            paragraph("Scoring version in force: " + (report.scoringVersion.map { "v\($0)" } ?? "none (no scoring version saved yet)") + ".")
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line("Every figure", Style(.title, bold: true)))
        for other in KPIDefinition.figures + KPIDefinition.charts where other.id != id {
            paragraph(other.formula, Style(.normal), indent: "  ")
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line("Keys on the dashboard", Style(.title, bold: true)))
        for binding in keyMap.bindings(in: .dashboard) {
            lines.append(Panel.Line("  " + TerminalText.fit(binding.keys.map(\.label).joined(separator: " "), to: 16) + strings(binding.summary)))
        }
        return lines
    }
}
