import HandoffCore

/// `?` on the dashboard: how the selected figure is computed, with this period's numbers, the
/// scoring version in force, then every other formula and the dashboard's keys.
enum FormulaView {
    static func draw(into buffer: inout ScreenBuffer, id: String, scroll: Int, state: AppState, glyphs: Glyphs) {
        let strings = state.strings
        let width = min(buffer.width - 4, 96)
        let title = KPIDefinition.named(id)?.title(strings) ?? id
        Panel(
            title: strings(.formulaTitle, title),
            lines: lines(for: id, report: state.dashboard.report, keyMap: state.keyMap, strings: strings, width: width - 4),
            footer: strings(.panelFooter)
        )
        .draw(into: &buffer, scroll: scroll, maxWidth: width, glyphs: glyphs)
    }

    static func lines(for id: String, report: KPIReport?, keyMap: KeyMap, strings: Strings, width: Int) -> [Panel.Line] {
        var lines: [Panel.Line] = []
        func paragraph(_ text: String, _ style: Style = .normal, indent: String = "") {
            for line in TerminalText.wrap(text, to: width - indent.count) { lines.append(Panel.Line(indent + line, style)) }
        }
        guard let definition = KPIDefinition.named(id) else { return [] }
        paragraph(definition.formula(strings), Style(.normal, bold: true))
        if let report {
            lines.append(Panel.Line(""))
            let period = report.period
            paragraph(
                report.previousPeriod.map {
                    strings(.formulaPeriodCompared, period.title(strings), period.rangeText(strings), $0.rangeText(strings))
                }
                    ?? strings(.formulaPeriod, period.title(strings), period.rangeText(strings)))
            if !definition.isChart {
                var text = strings(
                    .formulaThisPeriod, KPIFormat.value(definition.value(in: report), unit: definition.unit, strings: strings))
                if let inputs = definition.inputs(in: report, strings: strings) { text += " = " + inputs }
                if definition.isSnapshot { text += " " + strings(.formulaAsOf, strings.dateTime(report.asOf)) }
                paragraph(text + ".", Style(.accent))
            }
            paragraph(strings(.formulaScoring, report.scoringVersion.map { "v\($0)" } ?? strings(.formulaNoScoring)))
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line(strings(.formulaEvery), Style(.title, bold: true)))
        for other in KPIDefinition.figures + KPIDefinition.charts where other.id != id {
            paragraph(other.formula(strings), Style(.normal), indent: "  ")
        }
        lines.append(Panel.Line(""))
        lines.append(Panel.Line(strings(.helpDashboard), Style(.title, bold: true)))
        for binding in keyMap.bindings(in: .dashboard) {
            lines.append(
                Panel.Line(
                    "  " + TerminalText.fit(binding.keys.map { $0.label(strings) }.joined(separator: " "), to: 16)
                        + strings(binding.summary)))
        }
        return lines
    }
}
