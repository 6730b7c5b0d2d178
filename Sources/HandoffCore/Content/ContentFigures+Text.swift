import Foundation

/// The loop's figures as `handoff kpi` prints them, after the dashboard's and in the same
/// columns, and as the `content` object of its JSON.
extension ContentFigures {
    /// Six columns wider than the dashboard's names: "Win rate without content" is long in Spanish.
    public func textLines(_ strings: Strings, previous: ContentFigures?) -> [String] {
        var lines = [
            TerminalText.fit(strings(Message(.contentMADEWITHSALES)), to: 32)
                + TerminalText.fit(strings(Message(.now)), to: 14, alignRight: true)
                + TerminalText.fit(strings(Message(.before)), to: 14, alignRight: true)
                + TerminalText.fit(strings(Message(.change)), to: 10, alignRight: true)
        ]
        for figure in ContentFigures.figures {
            let now = figure.read(self), before = previous.flatMap(figure.read)
            var line =
                "  " + TerminalText.fit(strings(figure.title), to: 30)
                + TerminalText.fit(KPIFormat.value(now, unit: figure.unit, strings: strings), to: 14, alignRight: true)
            if figure.isSnapshot {
                line += "  " + strings(Message(.nowMarker))
            } else if previous != nil {
                line +=
                    TerminalText.fit(KPIFormat.value(before, unit: figure.unit, strings: strings), to: 14, alignRight: true)
                    + TerminalText.fit(
                        KPIFormat.change(from: before, to: now, unit: figure.unit, strings: strings), to: 10, alignRight: true)
            }
            lines.append(line)
        }
        // The two win rates side by side invite a conclusion the data cannot carry.
        lines.append(
            "  " + strings(Message(.winRatesWithAnd)))
        return lines
    }

    public func jsonObject(previous: ContentFigures?) -> [String: Any] {
        func values(_ figures: ContentFigures) -> [String: Any] {
            var object: [String: Any] = [:]
            for figure in ContentFigures.figures { object[figure.id] = figure.read(figures).map { $0 as Any } ?? NSNull() }
            object["inputs"] = figures.inputs
            return object
        }
        var object = values(self)
        if let previous { object["previous"] = values(previous) }
        return object
    }
}
