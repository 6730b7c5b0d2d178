/// Everything the dashboard shows for a period: the figures, the same figures for the period
/// before, the breakdowns, the funnel, twelve weeks of trend and the rep and campaign tables.
public struct KPIReport: Sendable, Equatable {
    public var period: KPIPeriod
    public var previousPeriod: KPIPeriod?
    public var current: KPIFigures
    public var previous: KPIFigures?
    public var leadsBySource: [KPIGroupCount]
    public var rejectionReasons: [KPIGroupCount]
    public var funnel: [KPIFunnelStep]
    public var weekly: KPIWeeklySeries
    public var campaigns: [KPICampaignRow]
    public var reps: [KPIRepRow]
    /// The latest scoring version (`scoring_versions`), nil when the board has none.
    public var scoringVersion: Int?
    public var currency: String
    /// When the figures were read: "now" for open deals and stale leads.
    public var asOf: Int64
    /// Leads created in the period that reached SQL without being MQLs: deals that began in the
    /// sales stages, which the funnel counts from SQL on.
    public var beganInSales = 0
    /// Leads imported with no date at all, left out of every figure by period.
    public var undatedLeads = 0

    public init(
        period: KPIPeriod, previousPeriod: KPIPeriod?, current: KPIFigures, previous: KPIFigures?,
        leadsBySource: [KPIGroupCount] = [], rejectionReasons: [KPIGroupCount] = [], funnel: [KPIFunnelStep] = [],
        weekly: KPIWeeklySeries, campaigns: [KPICampaignRow] = [], reps: [KPIRepRow] = [], scoringVersion: Int? = nil,
        currency: String = "EUR", asOf: Int64
    ) {
        self.period = period
        self.previousPeriod = previousPeriod
        self.current = current
        self.previous = previous
        self.leadsBySource = leadsBySource
        self.rejectionReasons = rejectionReasons
        self.funnel = funnel
        self.weekly = weekly
        self.campaigns = campaigns
        self.reps = reps
        self.scoringVersion = scoringVersion
        self.currency = currency
        self.asOf = asOf
    }

    /// Lead velocity rate = (MQLs this period - MQLs the period before) / MQLs the period before.
    public var leadVelocityRate: Double? {
        guard let previous else { return nil }
        return KPIMath.change(from: Double(previous.mqls), to: Double(current.mqls))
    }

    /// "v3", or "none" before the first scoring version is saved.
    public var scoringVersionText: String { scoringVersionText(.english) }

    public func scoringVersionText(_ strings: Strings) -> String { scoringVersion.map { "v\($0)" } ?? strings(.scoringNone) }

    /// What the funnel is counted from, when some leads do not come through it whole: nil when
    /// every lead does.
    public func funnelNote(_ strings: Strings) -> String? {
        var parts: [String] = []
        if beganInSales > 0 { parts.append(strings(.dashFunnelBeganInSales, strings.integer(beganInSales))) }
        if undatedLeads > 0 { parts.append(strings(.dashFunnelUndated, strings.integer(undatedLeads))) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
