import HandoffCore

/// The KPI dashboard: every figure with the period before and its change, bars for sources and
/// rejection reasons, the funnel, twelve weeks of sparklines, and the reps and campaigns tables.
/// Drawn on a page as tall as it needs, shown through the screen from `dashboard.scroll`.
enum DashboardView {
    static let valueWidth = 12
    static let changeWidth = 10

    static func draw(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let dashboard = state.dashboard
        let strings = state.strings
        drawTitle(into: &buffer, dashboard: dashboard, strings: strings, glyphs: glyphs)
        guard let report = dashboard.report else {
            buffer.putFitted(strings(.dashLoading), x: 2, y: DashboardLayout.pageTop + 1, width: buffer.width - 4, style: Style(.muted))
            return
        }
        let layout = DashboardLayout(width: buffer.width, height: buffer.height, reps: report.reps.count, campaigns: report.campaigns.count)
        var page = ScreenBuffer(width: buffer.width, height: layout.pageHeight)
        let selected = dashboard.selectedID
        for (section, frame) in layout.headers { drawHeader(section, frame: frame, strings: strings, into: &page) }
        for definition in KPIDefinition.figures {
            guard let frame = layout.frames[definition.id] else { continue }
            drawFigure(definition, report: report, frame: frame, selected: definition.id == selected, strings: strings, into: &page)
        }
        if layout.twoColumns {
            for row in 0..<(layout.frames["reps"]?.y ?? layout.pageHeight) - 1 {
                page.put(glyphs.vertical, x: layout.separatorX, y: row, style: Style(.muted))
            }
        }
        func frame(_ id: String) -> Rect { layout.frames[id] ?? Rect(x: 0, y: 0, width: 0, height: 0) }
        func title(_ id: String) -> String { KPIDefinition.named(id)?.title(strings) ?? id }
        drawBars(
            title("leads_by_source"), report.leadsBySource, frame: frame("leads_by_source"), selected: selected == "leads_by_source",
            role: .marketing, strings: strings, into: &page, glyphs: glyphs)
        drawBars(
            title("rejection_reasons"), report.rejectionReasons, frame: frame("rejection_reasons"),
            selected: selected == "rejection_reasons",
            role: .danger, strings: strings, into: &page, glyphs: glyphs)
        drawFunnel(
            report.funnel, note: report.funnelNote(strings), title: title("funnel"), frame: frame("funnel"), selected: selected == "funnel",
            strings: strings, into: &page, glyphs: glyphs)
        drawTrends(
            report, title: title("weekly"), frame: frame("weekly"), selected: selected == "weekly", strings: strings, into: &page,
            glyphs: glyphs)
        drawReps(report, sort: dashboard.repSort, frame: frame("reps"), selected: selected == "reps", strings: strings, into: &page)
        drawCampaigns(
            report, sort: dashboard.campaignSort, frame: frame("campaigns"), selected: selected == "campaigns", strings: strings,
            into: &page)
        let scroll = layout.clamped(dashboard.scroll)
        buffer.paste(page, from: scroll, to: DashboardLayout.pageTop, rows: layout.viewHeight)
        let markerX = buffer.width - DashboardLayout.scrollGutter
        if scroll > 0 { buffer.put(glyphs.moreAbove, x: markerX, y: DashboardLayout.pageTop, style: Style(.accent)) }
        if scroll + layout.viewHeight < layout.pageHeight {
            buffer.put(glyphs.moreBelow, x: markerX, y: DashboardLayout.pageTop + layout.viewHeight - 1, style: Style(.accent))
        }
    }

    private static func drawTitle(into buffer: inout ScreenBuffer, dashboard: DashboardState, strings: Strings, glyphs: Glyphs) {
        let band = Style(.outcome, bold: true, reverse: true)
        buffer.fill(Rect(x: 0, y: 1, width: buffer.width, height: 1), style: band)
        var parts: [String] = []
        if let period = dashboard.period {
            parts.append(period.title(strings) + ": " + period.rangeText(strings))
            if let previous = period.previous { parts.append(strings(.dashVersus, previous.rangeText(strings))) }
        }
        if let report = dashboard.report { parts.append(strings(.dashScoring, report.scoringVersionText(strings))) }
        parts += [strings(.dashHintStep), strings(.dashHintPeriod), strings(.dashHintFormula)]
        buffer.putFitted(
            " " + strings(.dashTitle) + "  " + parts.joined(separator: " \(glyphs.separator) "), x: 0, y: 1, width: buffer.width,
            style: band)
    }

    static func role(for section: KPISection) -> Role {
        switch section {
        case .marketing: return .marketing
        case .handoff: return .handoff
        case .sales: return .sales
        case .shared: return .outcome
        case .customers: return .customer
        }
    }

    static func title(of section: KPISection, _ strings: Strings) -> String {
        switch section {
        case .marketing: return strings(.sideMarketing)
        case .handoff: return strings(.sideHandoff)
        case .sales: return strings(.sideSales)
        case .shared: return strings(.sectionShared)
        case .customers: return strings(.sectionCustomers)
        }
    }

    /// Name on the left; the period, the one before and the change in right-aligned columns.
    static func columns(_ frame: Rect) -> (name: Int, value: Int, before: Int, change: Int) {
        let change = frame.x + frame.width - changeWidth
        let before = change - 1 - valueWidth
        let value = before - 1 - valueWidth
        return (frame.x, value, before, change)
    }

    private static func drawHeader(_ section: KPISection, frame: Rect, strings: Strings, into page: inout ScreenBuffer) {
        let style = Style(role(for: section), bold: true, underline: true)
        let at = columns(frame)
        page.putFitted(title(of: section, strings), x: frame.x, y: frame.y, width: at.value - frame.x - 1, style: style)
        page.putFitted(strings(.dashNow), x: at.value, y: frame.y, width: valueWidth, style: Style(.muted, bold: true), alignRight: true)
        page.putFitted(
            strings(.dashBefore), x: at.before, y: frame.y, width: valueWidth, style: Style(.muted, bold: true), alignRight: true)
        page.putFitted(
            strings(.dashChange), x: at.change, y: frame.y, width: changeWidth, style: Style(.muted, bold: true), alignRight: true)
    }

    private static func drawFigure(
        _ definition: KPIDefinition, report: KPIReport, frame: Rect, selected: Bool, strings: Strings,
        into page: inout ScreenBuffer
    ) {
        let at = columns(frame)
        if selected { page.fill(frame, style: Style(.selected, reverse: true)) }
        func style(_ role: Role, bold: Bool = false) -> Style {
            Style(selected ? .selected : role, bold: bold || selected, reverse: selected)
        }
        let now = definition.value(in: report)
        page.putFitted(definition.title(strings), x: at.name, y: frame.y, width: at.value - at.name - 1, style: style(.normal))
        page.putFitted(
            KPIFormat.value(now, unit: definition.unit, strings: strings), x: at.value, y: frame.y, width: valueWidth,
            style: style(now == nil ? .muted : .normal, bold: now != nil), alignRight: true)
        if definition.isSnapshot {
            page.putFitted(strings(.dashSnapshot), x: at.before, y: frame.y, width: valueWidth, style: style(.muted), alignRight: true)
            return
        }
        guard report.previous != nil else { return }
        let before = definition.previousValue(in: report)
        page.putFitted(
            KPIFormat.value(before, unit: definition.unit, strings: strings), x: at.before, y: frame.y, width: valueWidth,
            style: style(.muted), alignRight: true)
        let trend = KPIFormat.trend(from: before, to: now, direction: definition.direction)
        let role: Role = trend == .better ? .success : trend == .worse ? .danger : .muted
        page.putFitted(
            KPIFormat.change(from: before, to: now, unit: definition.unit, strings: strings), x: at.change, y: frame.y, width: changeWidth,
            style: style(role, bold: trend == .better || trend == .worse), alignRight: true)
    }

    private static func drawTitleRow(_ title: String, detail: String, frame: Rect, selected: Bool, into page: inout ScreenBuffer) {
        let style = selected ? Style(.selected, bold: true, reverse: true) : Style(.title, bold: true)
        page.fill(Rect(x: frame.x, y: frame.y, width: frame.width, height: 1), style: selected ? style : .normal)
        let used = page.put(title, x: frame.x, y: frame.y, style: style, maxWidth: frame.width)
        page.putFitted(
            detail, x: frame.x + used + 2, y: frame.y, width: max(0, frame.width - used - 2), style: selected ? style : Style(.muted))
    }

    /// A bar per key, longest first, scaled to the largest.
    private static func drawBars(
        _ title: String, _ counts: [KPIGroupCount], frame: Rect, selected: Bool, role: Role, strings: Strings,
        into page: inout ScreenBuffer, glyphs: Glyphs
    ) {
        let total = counts.reduce(0) { $0 + $1.count }
        drawTitleRow(title, detail: strings(.dashInPeriod, strings.integer(total)), frame: frame, selected: selected, into: &page)
        guard let top = counts.first?.count, top > 0 else {
            page.putFitted(strings(.dashNone), x: frame.x + 2, y: frame.y + 1, width: frame.width - 2, style: Style(.muted))
            return
        }
        let labelWidth = min(18, max(8, frame.width / 3)), countWidth = 6
        let barWidth = max(1, frame.width - labelWidth - countWidth - 3)
        let shown = counts.count > DashboardLayout.barRows ? DashboardLayout.barRows - 1 : counts.count
        for (offset, entry) in counts.prefix(shown).enumerated() {
            let y = frame.y + 1 + offset
            page.putFitted(entry.key.isEmpty ? strings(.feedbackNoGroup) : entry.key, x: frame.x + 1, y: y, width: labelWidth)
            page.putFitted(
                strings.integer(entry.count), x: frame.x + 1 + labelWidth, y: y, width: countWidth, style: Style(.normal, bold: true),
                alignRight: true)
            page.put(
                ChartText.bar(
                    Double(entry.count), maximum: Double(top), width: barWidth, full: glyphs.barFull, partials: glyphs.barPartials),
                x: frame.x + 2 + labelWidth + countWidth, y: y, style: Style(role))
        }
        if shown < counts.count {
            let rest = counts.dropFirst(shown).reduce(0) { $0 + $1.count }
            page.putFitted(
                strings(.dashMoreGroups, counts.count - shown, strings.integer(rest)), x: frame.x + 1, y: frame.y + 1 + shown,
                width: frame.width - 1, style: Style(.muted))
        }
    }

    /// Each step a bar centred under the one before, so the funnel narrows towards the win.
    private static func drawFunnel(
        _ steps: [KPIFunnelStep], note: String?, title: String, frame: Rect, selected: Bool, strings: Strings,
        into page: inout ScreenBuffer, glyphs: Glyphs
    ) {
        drawTitleRow(title, detail: note ?? strings(.dashFunnelDetail), frame: frame, selected: selected, into: &page)
        let labelWidth = 16, numbersWidth = 14
        let barWidth = max(1, frame.width - labelWidth - numbersWidth - 3)
        let top = Double(steps.first?.count ?? 0)
        for (offset, step) in steps.prefix(DashboardLayout.funnelRows).enumerated() {
            let y = frame.y + 1 + offset
            page.putFitted(step.title(strings), x: frame.x + 1, y: y, width: labelWidth)
            page.put(
                ChartText.centredBar(Double(step.count), maximum: top, width: barWidth, full: glyphs.barFull),
                x: frame.x + 2 + labelWidth, y: y, style: Style(funnelRole(step.stage)))
            let numbers =
                strings.integer(step.count) + (step.conversion.map { "  " + KPIFormat.value($0, unit: .percent, strings: strings) } ?? "")
            page.putFitted(numbers, x: frame.x + 3 + labelWidth + barWidth, y: y, width: numbersWidth, style: Style(.normal, bold: true))
        }
    }

    /// Each step in the colour of the side of the board where the leads are when they reach it.
    private static func funnelRole(_ stage: KPIFunnelStep.Stage) -> Role {
        switch stage {
        case .created: .marketing
        case .mql: .handoff
        case .sal, .sql: .sales
        case .won: .outcome
        }
    }

    /// Twelve weeks of leads, MQLs and revenue as sparklines, with the last week and the total.
    private static func drawTrends(
        _ report: KPIReport, title: String, frame: Rect, selected: Bool, strings: Strings,
        into page: inout ScreenBuffer, glyphs: Glyphs
    ) {
        let weekly = report.weekly
        drawTitleRow(
            title, detail: strings(.dashWeeksTo, strings.date(weekly.end - KPIPeriod.day)), frame: frame, selected: selected, into: &page)
        let rows: [(StringKey, [Double], Role, (Double) -> String)] = [
            (.trendLeads, weekly.leads.map(Double.init), .marketing, { strings.money($0) }),
            (.trendMQLs, weekly.mqls.map(Double.init), .handoff, { strings.money($0) }),
            (.trendRevenue, weekly.revenue, .sales, { strings.compactMoney($0) }),
        ]
        for (offset, row) in rows.enumerated() {
            let y = frame.y + 1 + offset
            page.putFitted(strings(row.0), x: frame.x + 1, y: y, width: 12)
            let line = ChartText.sparkline(row.1, levels: glyphs.sparkLevels)
            let used = page.put(line, x: frame.x + 14, y: y, style: Style(row.2, bold: true))
            let summary =
                strings(.dashLastWeek, row.3(row.1.last ?? 0)) + " \(glyphs.separator) "
                + strings(.dashTwelveWeeks, row.3(row.1.reduce(0, +)))
            page.putFitted(summary, x: frame.x + 16 + used, y: y, width: max(0, frame.width - 16 - used), style: Style(.muted))
        }
    }

    /// A table's column: title, width (0 takes what is left) and alignment.
    typealias Column = (title: String, width: Int, right: Bool)

    private static func drawTable(
        _ title: String, sortHint: String, columns: [Column], rows: [[String]], frame: Rect, selected: Bool,
        strings: Strings, into page: inout ScreenBuffer
    ) {
        drawTitleRow(title, detail: sortHint, frame: frame, selected: selected, into: &page)
        let fixed = columns.reduce(0) { $0 + $1.width } + columns.count
        let widths = columns.map { $0.width == 0 ? max(8, frame.width - fixed) : $0.width }
        func drawRow(_ cells: [String], y: Int, style: Style) {
            var x = frame.x + 1
            for (index, cell) in cells.enumerated() where index < widths.count {
                page.putFitted(cell, x: x, y: y, width: widths[index], style: style, alignRight: columns[index].right)
                x += widths[index] + 1
            }
        }
        drawRow(columns.map(\.title), y: frame.y + 1, style: Style(.muted, bold: true))
        if rows.isEmpty {
            page.putFitted(strings(.dashNone), x: frame.x + 1, y: frame.y + 2, width: frame.width - 1, style: Style(.muted))
        }
        for (offset, row) in rows.enumerated() { drawRow(row, y: frame.y + 2 + offset, style: .normal) }
    }

    private static func drawReps(
        _ report: KPIReport, sort: KPIRepSort, frame: Rect, selected: Bool, strings: Strings, into page: inout ScreenBuffer
    ) {
        let columns: [Column] = [
            (strings(.colRep), 0, false), (strings(.headerAccepted), 10, true), (strings(.colWon), 8, true),
            (strings(.colRevenue), 13, true), (strings(.colResponse), 11, true),
        ]
        let rows = sort.sorted(report.reps).map { rep in
            [
                rep.name, strings.integer(rep.accepted), strings.integer(rep.won),
                KPIFormat.value(rep.revenue, unit: .money, strings: strings),
                KPIFormat.value(rep.medianResponseSeconds.map { $0 / 3_600 }, unit: .hours, strings: strings),
            ]
        }
        drawTable(
            strings(.dashRepsTitle), sortHint: strings(.dashSortedBy, strings(sort.nameKey), "s"), columns: columns, rows: rows,
            frame: frame,
            selected: selected, strings: strings, into: &page)
    }

    private static func drawCampaigns(
        _ report: KPIReport, sort: KPICampaignSort, frame: Rect, selected: Bool, strings: Strings,
        into page: inout ScreenBuffer
    ) {
        let columns: [Column] = [
            (strings(.headerCampaign), 0, false), (strings(.headerOwner), 11, false), (strings(.colSpend), 10, true),
            (strings(.colLeads), 12, true), (strings(.colMQLs), 6, true), (strings(.headerAccepted), 10, true),
            (strings(.colWon), 7, true), (strings(.colRevenue), 11, true), (strings(.colCPL), 10, true), (strings(.colROI), 9, true),
        ]
        let rows = sort.sorted(report.campaigns).map { row in
            [
                row.title(strings), row.owner ?? "", KPIFormat.value(row.spend, unit: .money, strings: strings),
                strings.integer(row.leads), strings.integer(row.mqls), strings.integer(row.accepted), strings.integer(row.won),
                KPIFormat.value(row.revenue, unit: .money, strings: strings),
                KPIFormat.value(row.costPerLead, unit: .money, strings: strings),
                KPIFormat.value(row.roi, unit: .percent, strings: strings),
            ]
        }
        drawTable(
            strings(.dashCampaignsTitle), sortHint: strings(.dashSortedBy, strings(sort.nameKey), "S"), columns: columns, rows: rows,
            frame: frame, selected: selected, strings: strings, into: &page)
    }
}
