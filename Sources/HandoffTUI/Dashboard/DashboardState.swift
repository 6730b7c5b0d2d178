import HandoffCore

/// The dashboard: its period, the figures last read for it, which figure is selected, how far the
/// page is scrolled, and how the two tables are sorted.
public struct DashboardState: Sendable, Equatable {
    /// Chosen when the dashboard is first shown (it depends on today).
    public var period: KPIPeriod?
    public var report: KPIReport?
    /// Index into `DashboardLayout.itemIDs`.
    public var selected = 0
    /// The first line of the page on screen.
    public var scroll = 0
    public var repSort: KPIRepSort = .revenue
    public var campaignSort: KPICampaignSort = .revenue

    public init() {}

    public var selectedID: String { DashboardLayout.itemIDs[min(max(0, selected), DashboardLayout.itemIDs.count - 1)] }
}
