import HandoffCore

/// Where the dashboard's parts go on its page (taller than the screen; it scrolls). Two columns
/// side by side on a wide terminal (marketing and handoff on the left, sales and shared on the
/// right), one column on a narrow one, then the reps and campaigns tables across the width.
/// Shared by the renderer (to draw) and `update` (to scroll the selection into view).
public struct DashboardLayout: Sendable {
    public static let minimumTwoColumnWidth = 110
    /// Tab bar and the dashboard's title line above the page; message and status lines below.
    public static let pageTop = 2
    public static let barRows = 6
    public static let funnelRows = 5
    public static let trendRows = 3
    /// Columns kept free at the right edge for the ▲ and ▼ that say the page goes on, so they never
    /// cover a figure's change.
    public static let scrollGutter = 2

    /// The selectable parts, in the order j and k visit them.
    public static let itemIDs: [String] = {
        func figures(_ section: KPISection) -> [String] { KPIDefinition.figures.filter { $0.section == section }.map(\.id) }
        return figures(.marketing) + ["leads_by_source"] + figures(.handoff) + ["rejection_reasons"] + figures(.sales) + figures(.shared)
            + ["funnel", "weekly", "reps", "campaigns"]
    }()

    public let width: Int
    public let height: Int
    public let twoColumns: Bool
    public let columnWidth: Int
    /// Each part's place on the page, by id.
    public private(set) var frames: [String: Rect] = [:]
    public private(set) var headers: [(section: KPISection, frame: Rect)] = []
    public private(set) var pageHeight = 0

    public init(width: Int, height: Int, reps: Int, campaigns: Int) {
        self.width = width
        self.height = height
        twoColumns = width >= DashboardLayout.minimumTwoColumnWidth
        let usable = width - DashboardLayout.scrollGutter
        columnWidth = twoColumns ? (usable - 5) / 2 : max(10, usable - 2)
        let leftX = 1, rightX = twoColumns ? columnWidth + 4 : 1
        var y = 0
        y = place(sections: [.marketing], chart: "leads_by_source", chartRows: DashboardLayout.barRows, x: leftX, y: y)
        y = place(sections: [.handoff], chart: "rejection_reasons", chartRows: DashboardLayout.barRows, x: leftX, y: y + 1)
        let leftBottom = y
        y = twoColumns ? 0 : y + 1
        y = place(sections: [.sales, .shared], chart: nil, chartRows: 0, x: rightX, y: y)
        frames["funnel"] = Rect(x: rightX, y: y + 1, width: columnWidth, height: DashboardLayout.funnelRows + 1)
        y += 2 + DashboardLayout.funnelRows
        frames["weekly"] = Rect(x: rightX, y: y + 1, width: columnWidth, height: DashboardLayout.trendRows + 1)
        y += 2 + DashboardLayout.trendRows
        y = max(y, leftBottom) + 1
        frames["reps"] = Rect(x: 1, y: y, width: usable - 2, height: 2 + max(1, reps))
        y += 3 + max(1, reps)
        frames["campaigns"] = Rect(x: 1, y: y, width: usable - 2, height: 2 + max(1, campaigns))
        pageHeight = y + 2 + max(1, campaigns)
    }

    /// Section headers and their figures, one line each, then a chart under them.
    private mutating func place(sections: [KPISection], chart: String?, chartRows: Int, x: Int, y start: Int) -> Int {
        var y = start
        for (index, section) in sections.enumerated() {
            if index > 0 { y += 1 }
            headers.append((section, Rect(x: x, y: y, width: columnWidth, height: 1)))
            y += 1
            for definition in KPIDefinition.figures where definition.section == section {
                frames[definition.id] = Rect(x: x, y: y, width: columnWidth, height: 1)
                y += 1
            }
        }
        if let chart {
            frames[chart] = Rect(x: x, y: y + 1, width: columnWidth, height: chartRows + 1)
            y += 2 + chartRows
        }
        return y
    }

    /// Where the line between the two columns goes.
    public var separatorX: Int { columnWidth + 2 }

    /// Lines of the page on screen at once.
    public var viewHeight: Int { max(1, height - DashboardLayout.pageTop - BoardLayout.footerHeight) }

    /// The scroll that shows `id` whole, moving as little as possible from `scroll`.
    public func scroll(showing id: String, from scroll: Int) -> Int {
        guard let frame = frames[id] else { return scroll }
        var top = scroll
        if frame.maxY > top + viewHeight { top = frame.maxY - viewHeight }
        if frame.y < top { top = frame.y }
        return clamped(top)
    }

    public func clamped(_ scroll: Int) -> Int { max(0, min(scroll, pageHeight - viewHeight)) }
}
