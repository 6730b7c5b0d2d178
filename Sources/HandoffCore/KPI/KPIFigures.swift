/// The figures of one period: the counts and sums read from the store, and the ratios made of
/// them. The dashboard, `handoff kpi`, the report and the meeting all show these same values.
public struct KPIFigures: Sendable, Equatable {
    // Marketing
    public var leadsCreated = 0
    /// Leads that became MQL (reached the handoff stage) for the first time in the period.
    public var mqls = 0
    public var marketingSpend = 0.0
    // Handoff
    public var handoffs = 0
    public var accepted = 0
    public var rejected = 0
    /// Handoffs whose answer was due in the period (answered or still waiting), and of those the
    /// ones answered in time.
    public var slaDue = 0
    public var slaOnTime = 0
    public var medianResponseSeconds: Double?
    // Sales
    /// Leads that became SQL for the first time in the period.
    public var sqls = 0
    /// Of the period's new MQLs, those that have become SQL since.
    public var mqlsReachingSQL = 0
    public var dealsWon = 0
    public var dealsLost = 0
    public var revenueWon = 0.0
    public var medianCycleDays: Double?
    /// Open deals as they are now; nil for periods compared against (they have no "then").
    public var pipelineValue: Double?
    public var weightedPipeline: Double?
    public var staleLeads: Int?
    // Shared
    /// The shared revenue goal for the period (goals spread over their dates); nil without one.
    public var revenueGoal: Double?
    /// Repeat wins over all time: deals won and the customers (companies) they came from.
    public var dealsWonAllTime = 0
    public var customersAllTime = 0
    public var customerLifespanYears = 1.0

    public init() {}

    public var acceptanceRate: Double? { KPIMath.ratio(accepted, accepted + rejected) }
    public var mqlToSQLRate: Double? { KPIMath.ratio(mqlsReachingSQL, mqls) }
    public var winRate: Double? { KPIMath.ratio(dealsWon, dealsWon + dealsLost) }
    public var averageDealSize: Double? { KPIMath.ratio(revenueWon, Double(dealsWon)) }
    public var costPerLead: Double? { KPIMath.ratio(marketingSpend, Double(leadsCreated)) }
    public var costPerMQL: Double? { KPIMath.ratio(marketingSpend, Double(mqls)) }
    public var roi: Double? { KPIMath.ratio(revenueWon - marketingSpend, marketingSpend) }
    public var slaCompliance: Double? { KPIMath.ratio(slaOnTime, slaDue) }
    public var medianResponseHours: Double? { medianResponseSeconds.map { $0 / 3_600 } }
    public var goalAttainment: Double? { revenueGoal.flatMap { KPIMath.ratio(revenueWon, $0) } }
    public var purchasesPerCustomer: Double? { KPIMath.ratio(dealsWonAllTime, customersAllTime) }
    public var customerLifetimeValue: Double? {
        guard let size = averageDealSize, let purchases = purchasesPerCustomer else { return nil }
        return size * purchases * customerLifespanYears
    }
}
