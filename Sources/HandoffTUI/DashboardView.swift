import HandoffCore

/// The KPI dashboard: every figure with the period before and its change, bars for sources and
/// rejection reasons, the funnel, twelve weeks of sparklines, and the reps and campaigns tables.
/// Drawn on a page as tall as it needs, shown through the screen from `dashboard.scroll`.
enum DashboardView {
    static let valueWidth = 12
    static let changeWidth = 10

    static func draw(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let dashboard = state.dashboard
        drawTitle(into: &buffer, dashboard: dashboard, glyphs: glyphs)
        guard let report = dashboard.report else {
            buffer.putFitted("Reading the figures…", x: 2, y: DashboardLayout.pageTop + 1, width: buffer.width - 4, style: Style(.muted))
            return
        }
        let layout = DashboardLayout(width: buffer.width, height: buffer.height, reps: report.reps.count, campaigns: report.campaigns.count)
        var page = ScreenBuffer(width: buffer.width, height: layout.pageHeight)
        let selected = dashboard.selectedID
        for (section, frame) in layout.headers { drawHeader(section, frame: frame, into: &page) }
        for definition in KPIDefinition.figures {
            guard let frame = layout.frames[definition.id] else { continue }
            drawFigure(definition, report: report, frame: frame, selected: definition.id == selected, into: &page)
        }
        if layout.twoColumns {
            for row in 0..<(layout.frames["reps"]?.y ?? layout.pageHeight) - 1 {
                page.put(glyphs.vertical, x: layout.separatorX, y: row, style: Style(.muted))
            }
        }
        func frame(_ id: String) -> Rect { layout.frames[id] ?? Rect(x: 0, y: 0, width: 0, height: 0) }
        drawBars("Leads by source", report.leadsBySource, frame: frame("leads_by_source"), selected: selected == "leads_by_source",
                 role: .marketing, into: &page, glyphs: glyphs)
        drawBars("Rejection reasons", report.rejectionReasons, frame: frame("rejection_reasons"), selected: selected == "rejection_reasons",
                 role: .danger, into: &page, glyphs: glyphs)
        drawFunnel(report.funnel, frame: frame("funnel"), selected: selected == "funnel", into: &page, glyphs: glyphs)
        drawTrends(report, frame: frame("weekly"), selected: selected == "weekly", into: &page, glyphs: glyphs)
        drawReps(report, sort: dashboard.repSort, frame: frame("reps"), selected: selected == "reps", into: &page)
        drawCampaigns(report, sort: dashboard.campaignSort, frame: frame("campaigns"), selected: selected == "campaigns", into: &page)
        let scroll = layout.clamped(dashboard.scroll)
        buffer.paste(page, from: scroll, to: DashboardLayout.pageTop, rows: layout.viewHeight)
        if scroll > 0 { buffer.put(" \(glyphs.moreAbove) ", x: buffer.width - 4, y: DashboardLayout.pageTop, style: Style(.accent)) }
        if scroll + layout.viewHeight < layout.pageHeight {
            buffer.put(" \(glyphs.moreBelow) ", x: buffer.width - 4, y: DashboardLayout.pageTop + layout.viewHeight - 1, style: Style(.accent))
        }
    }

    private static func drawTitle(into buffer: inout ScreenBuffer, dashboard: DashboardState, glyphs: Glyphs) {
        let band = Style(.outcome, bold: true, reverse: true)
        buffer.fill(Rect(x: 0, y: 1, width: buffer.width, height: 1), style: band)
        var parts: [String] = []
        if let period = dashboard.period {
            parts.append(period.title + ": " + period.rangeText)
            if let previous = period.previous { parts.append("vs " + previous.rangeText) }
        }
        if let report = dashboard.report { parts.append("scoring " + report.scoringVersionText) }
        parts.append(["[ ] step", "p P period", "? formula"].joined(separator: " \(glyphs.separator) "))
        buffer.putFitted(" DASHBOARD  " + parts.joined(separator: " \(glyphs.separator) "), x: 0, y: 1, width: buffer.width, style: band)
    }

    static func role(for section: KPISection) -> Role {
        switch section {
        case .marketing: return .marketing
        case .handoff: return .handoff
        case .sales: return .sales
        case .shared: return .outcome
        }
    }

    /// Name on the left; the period, the one before and the change in right-aligned columns.
    static func columns(_ frame: Rect) -> (name: Int, value: Int, before: Int, change: Int) {
        let change = frame.x + frame.width - changeWidth
        let before = change - 1 - valueWidth
        let value = before - 1 - valueWidth
        return (frame.x, value, before, change)
    }

    private static func drawHeader(_ section: KPISection, frame: Rect, into page: inout ScreenBuffer) {
        let style = Style(role(for: section), bold: true, underline: true)
        let at = columns(frame)
        page.putFitted(section.title, x: frame.x, y: frame.y, width: at.value - frame.x - 1, style: style)
        page.putFitted("now", x: at.value, y: frame.y, width: valueWidth, style: Style(.muted, bold: true), alignRight: true)
        page.putFitted("before", x: at.before, y: frame.y, width: valueWidth, style: Style(.muted, bold: true), alignRight: true)
        page.putFitted("change", x: at.change, y: frame.y, width: changeWidth, style: Style(.muted, bold: true), alignRight: true)
    }

    private static func drawFigure(_ definition: KPIDefinition, report: KPIReport, frame: Rect, selected: Bool, into page: inout ScreenBuffer) {
        let at = columns(frame)
        if selected { page.fill(frame, style: Style(.selected, reverse: true)) }
        func style(_ role: Role, bold: Bool = false) -> Style { Style(selected ? .selected : role, bold: bold || selected, reverse: selected) }
        let now = definition.value(in: report)
        page.putFitted(definition.title, x: at.name, y: frame.y, width: at.value - at.name - 1, style: style(.normal))
        page.putFitted(KPIFormat.value(now, unit: definition.unit), x: at.value, y: frame.y, width: valueWidth,
                       style: style(now == nil ? .muted : .normal, bold: now != nil), alignRight: true)
        if definition.isSnapshot {
            page.putFitted("(now)", x: at.before, y: frame.y, width: valueWidth, style: style(.muted), alignRight: true)
            return
        }
        guard report.previous != nil else { return }
        let before = definition.previousValue(in: report)
        page.putFitted(KPIFormat.value(before, unit: definition.unit), x: at.before, y: frame.y, width: valueWidth, style: style(.muted), alignRight: true)
        let trend = KPIFormat.trend(from: before, to: now, direction: definition.direction)
        let role: Role = trend == .better ? .success : trend == .worse ? .danger : .muted
        page.putFitted(KPIFormat.change(from: before, to: now, unit: definition.unit), x: at.change, y: frame.y, width: changeWidth,
                       style: style(role, bold: trend == .better || trend == .worse), alignRight: true)
    }

    private static func drawTitleRow(_ title: String, detail: String, frame: Rect, selected: Bool, into page: inout ScreenBuffer) {
        let style = selected ? Style(.selected, bold: true, reverse: true) : Style(.title, bold: true)
        page.fill(Rect(x: frame.x, y: frame.y, width: frame.width, height: 1), style: selected ? style : .normal)
        let used = page.put(title, x: frame.x, y: frame.y, style: style, maxWidth: frame.width)
        page.putFitted(detail, x: frame.x + used + 2, y: frame.y, width: max(0, frame.width - used - 2), style: selected ? style : Style(.muted))
    }

    /// A bar per key, longest first, scaled to the largest.
    private static func drawBars(_ title: String, _ counts: [KPIGroupCount], frame: Rect, selected: Bool, role: Role,
                                 into page: inout ScreenBuffer, glyphs: Glyphs) {
        let total = counts.reduce(0) { $0 + $1.count }
        drawTitleRow(title, detail: "\(total) in the period", frame: frame, selected: selected, into: &page)
        guard let top = counts.first?.count, top > 0 else {
            page.putFitted("none in this period", x: frame.x + 2, y: frame.y + 1, width: frame.width - 2, style: Style(.muted))
            return
        }
        let labelWidth = min(18, max(8, frame.width / 3)), countWidth = 6
        let barWidth = max(1, frame.width - labelWidth - countWidth - 3)
        let shown = counts.count > DashboardLayout.barRows ? DashboardLayout.barRows - 1 : counts.count
        for (offset, entry) in counts.prefix(shown).enumerated() {
            let y = frame.y + 1 + offset
            page.putFitted(entry.key.isEmpty ? "(none)" : entry.key, x: frame.x + 1, y: y, width: labelWidth)
            page.putFitted(String(entry.count), x: frame.x + 1 + labelWidth, y: y, width: countWidth, style: Style(.normal, bold: true), alignRight: true)
            page.put(ChartText.bar(Double(entry.count), maximum: Double(top), width: barWidth, full: glyphs.barFull, partials: glyphs.barPartials),
                     x: frame.x + 2 + labelWidth + countWidth, y: y, style: Style(role))
        }
        if shown < counts.count {
            let rest = counts.dropFirst(shown).reduce(0) { $0 + $1.count }
            page.putFitted("\(counts.count - shown) more: \(rest)", x: frame.x + 1, y: frame.y + 1 + shown, width: frame.width - 1, style: Style(.muted))
        }
    }

    /// Each step a bar centred under the one before, so the funnel narrows towards the win.
    private static func drawFunnel(_ steps: [KPIFunnelStep], frame: Rect, selected: Bool, into page: inout ScreenBuffer, glyphs: Glyphs) {
        drawTitleRow("Funnel", detail: "leads created in the period, and how far they got", frame: frame, selected: selected, into: &page)
        let labelWidth = 15, numbersWidth = 14
        let barWidth = max(1, frame.width - labelWidth - numbersWidth - 3)
        let top = Double(steps.first?.count ?? 0)
        let roles: [Role] = [.marketing, .handoff, .sales, .sales, .outcome]
        for (offset, step) in steps.prefix(DashboardLayout.funnelRows).enumerated() {
            let y = frame.y + 1 + offset
            page.putFitted(step.title, x: frame.x + 1, y: y, width: labelWidth)
            page.put(ChartText.centredBar(Double(step.count), maximum: top, width: barWidth, full: glyphs.barFull),
                     x: frame.x + 2 + labelWidth, y: y, style: Style(roles[min(offset, roles.count - 1)]))
            let numbers = String(step.count) + (step.conversion.map { "  " + KPIFormat.value($0, unit: .percent) } ?? "")
            page.putFitted(numbers, x: frame.x + 3 + labelWidth + barWidth, y: y, width: numbersWidth, style: Style(.normal, bold: true))
        }
    }

    /// Twelve weeks of leads, MQLs and revenue as sparklines, with the last week and the total.
    private static func drawTrends(_ report: KPIReport, frame: Rect, selected: Bool, into page: inout ScreenBuffer, glyphs: Glyphs) {
        let weekly = report.weekly
        drawTitleRow("Weekly trend", detail: "12 weeks to \(Timestamp.date(weekly.end - KPIPeriod.day))", frame: frame, selected: selected, into: &page)
        let rows: [(String, [Double], Role, (Double) -> String)] = [
            ("Leads", weekly.leads.map(Double.init), .marketing, { MoneyFormat.whole($0) }),
            ("MQLs", weekly.mqls.map(Double.init), .handoff, { MoneyFormat.whole($0) }),
            ("Revenue", weekly.revenue, .sales, { MoneyFormat.compact($0) }),
        ]
        for (offset, row) in rows.enumerated() {
            let y = frame.y + 1 + offset
            page.putFitted(row.0, x: frame.x + 1, y: y, width: 9)
            let line = ChartText.sparkline(row.1, levels: glyphs.sparkLevels)
            let used = page.put(line, x: frame.x + 11, y: y, style: Style(row.2, bold: true))
            let summary = "last week \(row.3(row.1.last ?? 0)) \(glyphs.separator) 12 weeks \(row.3(row.1.reduce(0, +)))"
            page.putFitted(summary, x: frame.x + 13 + used, y: y, width: max(0, frame.width - 13 - used), style: Style(.muted))
        }
    }

    /// A table's column: title, width (0 takes what is left) and alignment.
    typealias Column = (title: String, width: Int, right: Bool)

    private static func drawTable(_ title: String, sortHint: String, columns: [Column], rows: [[String]], frame: Rect, selected: Bool,
                                  into page: inout ScreenBuffer) {
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
            page.putFitted("nothing in this period", x: frame.x + 1, y: frame.y + 2, width: frame.width - 1, style: Style(.muted))
        }
        for (offset, row) in rows.enumerated() { drawRow(row, y: frame.y + 2 + offset, style: .normal) }
    }

    private static func drawReps(_ report: KPIReport, sort: KPIRepSort, frame: Rect, selected: Bool, into page: inout ScreenBuffer) {
        let columns: [Column] = [("Rep", 0, false), ("Accepted", 9, true), ("Won", 6, true), ("Revenue", 13, true), ("Response", 10, true)]
        let rows = sort.sorted(report.reps).map { rep in
            [rep.name, String(rep.accepted), String(rep.won), KPIFormat.value(rep.revenue, unit: .money),
             KPIFormat.value(rep.medianResponseSeconds.map { $0 / 3_600 }, unit: .hours)]
        }
        drawTable("REPS", sortHint: "sorted by \(sort.rawValue) (s)", columns: columns, rows: rows, frame: frame, selected: selected, into: &page)
    }

    private static func drawCampaigns(_ report: KPIReport, sort: KPICampaignSort, frame: Rect, selected: Bool, into page: inout ScreenBuffer) {
        let columns: [Column] = [("Campaign", 0, false), ("Owner", 8, false), ("Spend", 10, true), ("Leads", 6, true), ("MQLs", 6, true),
                                 ("Accepted", 9, true), ("Won", 5, true), ("Revenue", 11, true), ("CPL", 8, true), ("ROI", 9, true)]
        let rows = sort.sorted(report.campaigns).map { row in
            [row.name, row.owner ?? "", KPIFormat.value(row.spend, unit: .money), String(row.leads), String(row.mqls), String(row.accepted),
             String(row.won), KPIFormat.value(row.revenue, unit: .money), KPIFormat.value(row.costPerLead, unit: .money),
             KPIFormat.value(row.roi, unit: .percent)]
        }
        drawTable("CAMPAIGNS", sortHint: "sorted by \(sort.rawValue) (S)", columns: columns, rows: rows, frame: frame, selected: selected, into: &page)
    }
}
