import HandoffCore

/// The insights panel: what sales heard in the period, the most heard first, grouped by theme,
/// kind, source, campaign or stage, each with eight weeks of trend and how much of it published
/// content answers; Enter opens a group: its leads and their own words.
enum InsightsView {
    static let listTop = 4

    static func draw(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        if let drill = state.insights.drill {
            drawDrill(drill, into: &buffer, state: state, glyphs: glyphs)
        } else {
            drawThemes(into: &buffer, state: state, glyphs: glyphs)
        }
    }

    /// Rows the list has before the hint line and the status lines.
    static func rows(_ height: Int) -> Int { max(1, height - listTop - 3) }

    private static func drawThemes(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let strings = state.strings
        let insights = state.insights
        let title =
            strings(.insightsTitle) + "  " + strings(.insightsPeriod, insights.days) + " · "
            + strings(.insightsGrouping, strings(insights.grouping.nameKey))
            + " · " + strings(.insightsCount, strings.integer(insights.total)) + " · "
            + strings(.insightsAnsweredCount, strings.integer(insights.answered))
        buffer.putFitted(title, x: 1, y: 1, width: buffer.width - 2, style: Style(.title, bold: true))
        let numbers = 8, spark = InsightTheme.weeks, trend = 10
        let labelWidth = max(10, buffer.width - 2 - 3 * (numbers + 1) - (spark + 1) - trend)
        let headers: [(String, Int, Bool)] = [
            (strings(groupHeader(insights.grouping)), labelWidth, false), (strings(.headerHeard), numbers, true),
            (strings(.headerLeads), numbers, true), (strings(.headerAnswered), numbers, true),
            (strings(.headerWeeks), spark + 1, false), ("", trend, false),
        ]
        var x = 1
        for (text, width, right) in headers {
            buffer.putFitted(text, x: x, y: 2, width: width, style: Style(.muted, bold: true), alignRight: right)
            x += width + 1
        }
        buffer.fill(Rect(x: 0, y: 3, width: buffer.width, height: 1), style: Style(.muted), with: glyphs.horizontal)
        if insights.themes.isEmpty {
            buffer.putFitted(strings(.insightsEmpty), x: 2, y: listTop + 1, width: buffer.width - 4, style: Style(.muted))
        }
        let shown = rows(buffer.height)
        let selected = insights.selectedRow
        let first = max(0, min(selected - shown + 1, insights.themes.count - shown))
        for (offset, theme) in insights.themes.dropFirst(first).prefix(shown).enumerated() {
            let y = listTop + offset
            let isSelected = first + offset == selected
            let base: Style = isSelected ? Style(.selected, bold: true, reverse: true) : .normal
            if isSelected { buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: base) }
            var x = 1
            var label = theme.label.isEmpty ? strings(.insightsNone) : theme.label
            if insights.grouping == .kind, let kind = InsightKind(rawValue: theme.key) { label = strings(kind.nameKey) }
            if insights.grouping == .stage { label = state.pipeline.stage(theme.key)?.title ?? label }
            if let kind = theme.kind {
                let prefix = strings(kind.nameKey) + ": "
                x += buffer.put(prefix, x: x, y: y, style: isSelected ? base : Style(.accent), maxWidth: labelWidth)
                buffer.putFitted(label, x: x, y: y, width: max(0, labelWidth - TerminalText.width(prefix)), style: base)
            } else {
                buffer.putFitted(label, x: x, y: y, width: labelWidth, style: base)
            }
            x = 1 + labelWidth + 1
            for value in [theme.count, theme.leads, theme.answered] {
                buffer.putFitted(strings.integer(value), x: x, y: y, width: numbers, style: base, alignRight: true)
                x += numbers + 1
            }
            buffer.put(
                " " + ChartText.sparkline(theme.weekly.map(Double.init), levels: glyphs.sparkLevels), x: x, y: y,
                style: isSelected ? base : Style(.accent))
            x += spark + 2
            let (word, role): (StringKey, Role) =
                switch theme.direction {
                case .rising: (.trendRising, .warning)
                case .falling: (.trendFalling, .success)
                case .steady: (.trendSteady, .muted)
                }
            buffer.putFitted(strings(word), x: x, y: y, width: max(0, buffer.width - x - 1), style: isSelected ? base : Style(role))
        }
        buffer.putFitted(strings(.insightsHint), x: 1, y: buffer.height - 3, width: buffer.width - 2, style: Style(.muted))
    }

    static func groupHeader(_ grouping: InsightGrouping) -> StringKey {
        switch grouping {
        case .theme: return .headerTheme
        case .kind: return .headerKind
        case .source: return .headerOrigin
        case .campaign: return .headerCampaign
        case .stage: return .headerStage
        }
    }

    /// One group's insights, two lines each: who heard it from which lead, and what they said.
    private static func drawDrill(_ drill: InsightDrill, into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let strings = state.strings
        let insights = state.insights
        var label = drill.label.isEmpty ? strings(.insightsNone) : drill.label
        if let kind = drill.kind { label = strings(kind.nameKey) + ": " + label }
        if insights.grouping == .kind, let kind = InsightKind(rawValue: drill.key) { label = strings(kind.nameKey) }
        if insights.grouping == .stage { label = state.pipeline.stage(drill.key)?.title ?? label }
        let title =
            strings(.insightsDrillTitle, label) + " · " + strings(.insightsCount, strings.integer(drill.insights.count))
            + " · " + strings(.insightsPeriod, insights.days)
        buffer.putFitted(title, x: 1, y: 1, width: buffer.width - 2, style: Style(.title, bold: true))
        buffer.fill(Rect(x: 0, y: 3, width: buffer.width, height: 1), style: Style(.muted), with: glyphs.horizontal)
        let shown = max(1, rows(buffer.height) / 2)
        let selected = drill.selectedRow
        let first = max(0, min(selected - shown + 1, drill.insights.count - shown))
        for (offset, insight) in drill.insights.dropFirst(first).prefix(shown).enumerated() {
            let y = listTop + offset * 2
            let isSelected = first + offset == selected
            let base: Style = isSelected ? Style(.selected, bold: true, reverse: true) : .normal
            if isSelected { buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 2), style: base) }
            let lead = insight.company.isEmpty ? insight.leadName : "\(insight.leadName) (\(insight.company))"
            let stage = state.pipeline.stage(insight.stage)?.title ?? insight.stage
            let answered =
                insight.answered
                ? strings(.insightAnsweredBy, insight.pieces.map { "#\($0)" }.joined(separator: ", "))
                : insight.pieces.isEmpty
                    ? strings(.insightNotAnswered) : strings(.insightLinkedTo, insight.pieces.map { "#\($0)" }.joined(separator: ", "))
            let meta = strings.date(insight.at) + "  " + state.name(insight.author) + "  #\(insight.leadID) " + lead + " · " + stage
            let answeredWidth = TerminalText.width(answered)
            buffer.putFitted(meta, x: 1, y: y, width: max(0, buffer.width - answeredWidth - 3), style: base)
            buffer.put(
                answered, x: max(1, buffer.width - answeredWidth - 1), y: y,
                style: isSelected ? base : Style(insight.answered ? .success : .warning))
            var words = insights.grouping == .theme ? "" : strings(insight.kind.nameKey) + ": " + insight.text
            if let quote = insight.quote { words += (words.isEmpty ? "" : "  ") + "“\(quote)”" }
            if words.isEmpty { words = insight.text }
            buffer.putFitted("   " + words, x: 1, y: y + 1, width: buffer.width - 2, style: isSelected ? base : Style(.accent))
        }
        if drill.insights.isEmpty {
            buffer.putFitted(strings(.insightsEmpty), x: 2, y: listTop + 1, width: buffer.width - 4, style: Style(.muted))
        }
        buffer.putFitted(strings(.insightsDrillHint), x: 1, y: buffer.height - 3, width: buffer.width - 2, style: Style(.muted))
    }
}
