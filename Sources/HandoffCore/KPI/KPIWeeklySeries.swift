/// Twelve weeks of leads, MQLs and revenue, oldest first, for the sparklines. Week i covers
/// [firstWeekStart + 7i days, firstWeekStart + 7(i+1) days).
public struct KPIWeeklySeries: Sendable, Equatable {
    public static let weeks = 12

    public var firstWeekStart: Int64
    public var leads: [Int]
    public var mqls: [Int]
    public var revenue: [Double]

    public init(firstWeekStart: Int64, leads: [Int], mqls: [Int], revenue: [Double]) {
        self.firstWeekStart = firstWeekStart
        self.leads = leads
        self.mqls = mqls
        self.revenue = revenue
    }

    /// The end of the last week (excluded).
    public var end: Int64 { firstWeekStart + Int64(KPIWeeklySeries.weeks) * 7 * KPIPeriod.day }
}
