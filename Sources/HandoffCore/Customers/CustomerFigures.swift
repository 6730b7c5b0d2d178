/// The customer band's figures for one period, read from the accounts, their deals, their answers
/// and the referred leads (not from the leads' daily rollup: a customer is not a lead). The counts
/// are kept beside the ratios so every division can be redone by hand (`handoff kpi --json`).
public struct CustomerFigures: Sendable, Equatable {
    /// Accounts that were customers (and not churned) when the period began; of those, the ones
    /// that churned before it ended.
    public var customersAtStart = 0
    public var customersLost = 0
    /// Accounts that had bought by the period's end, and of those the ones that had bought at
    /// least twice (an import's earlier purchases count).
    public var customersByEnd = 0
    public var repeatCustomers = 0
    /// Revenue won in the period from the customers at its start, and what the same customers
    /// were won in the period of the same length just before.
    public var startingCustomersRevenue = 0.0
    public var startingCustomersRevenueBefore = 0.0
    /// Deals won in the period for existing customers (upsell, renewal, cross-sell) and their revenue.
    public var repeatDealsWon = 0
    public var repeatRevenue = 0.0
    /// Satisfaction answers recorded in the period, by NPS category.
    public var promoters = 0
    public var passives = 0
    public var detractors = 0
    /// Every account as it is now: how many, their revenue to date (imported purchases included)
    /// and their ages in years, each counted as at least one year (an account a week old has not
    /// shown what it buys in a year).
    public var accounts = 0
    public var accountRevenue = 0.0
    public var accountYears = 0.0
    /// Median days from a customer's first win to the end of its onboarding, for the accounts
    /// whose onboarding ended in the period.
    public var medianOnboardingDays: Double?
    public var onboarded = 0
    /// Referred leads created in the period, and referred deals won and lost in it.
    public var referrals = 0
    public var referralsWon = 0
    public var referralsLost = 0
    public var referralRevenue = 0.0

    public init() {}

    public var answers: Int { promoters + passives + detractors }
    public var repeatPurchaseRate: Double? { KPIMath.ratio(repeatCustomers, customersByEnd) }
    public var retentionRate: Double? { KPIMath.ratio(customersAtStart - customersLost, customersAtStart) }
    public var churnRate: Double? { KPIMath.ratio(customersLost, customersAtStart) }
    public var netRevenueRetention: Double? { KPIMath.ratio(startingCustomersRevenue, startingCustomersRevenueBefore) }
    /// Net promoter score: % promoters - % detractors, from -100 to +100.
    public var netPromoterScore: Double? { NPSCategory.score(promoters: promoters, detractors: detractors, answers: answers) }
    public var averageRevenuePerAccount: Double? { KPIMath.ratio(accountRevenue, Double(accounts)) }
    /// Revenue per account-year, from what accounts have really bought over how long they have been customers.
    public var revenuePerAccountYear: Double? { KPIMath.ratio(accountRevenue, accountYears) }
    public var referralWinRate: Double? { KPIMath.ratio(referralsWon, referralsWon + referralsLost) }
}
