/// A customer: a company that won at least one deal, carried on after the win by its account
/// manager, through the customer band's stages. Times are Unix seconds (UTC).
public struct Account: Sendable, Equatable, Identifiable {
    public var id: Int64
    /// The company, as its deals name it.
    public var name: String
    /// The account manager.
    public var owner: String?
    public var stage: String
    /// When it became a customer: its first win (or the date its CRM gave, when imported).
    public var since: Int64
    /// When it entered its current stage: the base of "days in stage" and staleness.
    public var enteredAt: Int64
    public var renewalAt: Int64?
    /// When it first left onboarding for a later stage (onboarding done); nil until then.
    public var onboardedAt: Int64?
    /// When it entered the churned stage; nil while it is a customer.
    public var churnedAt: Int64?
    /// Revenue to date: its deals won on the board, and what its CRM said it had bought before.
    public var revenue: Double
    /// Purchases to date, counted the same way.
    public var deals: Int
    /// The latest satisfaction answer (0-10), if any.
    public var lastScore: Int?
    /// Optimistic concurrency, as for leads.
    public var version: Int

    public init(
        id: Int64, name: String, owner: String? = nil, stage: String, since: Int64, enteredAt: Int64, renewalAt: Int64? = nil,
        onboardedAt: Int64? = nil, churnedAt: Int64? = nil, revenue: Double = 0, deals: Int = 0, lastScore: Int? = nil, version: Int = 1
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.stage = stage
        self.since = since
        self.enteredAt = enteredAt
        self.renewalAt = renewalAt
        self.onboardedAt = onboardedAt
        self.churnedAt = churnedAt
        self.revenue = revenue
        self.deals = deals
        self.lastScore = lastScore
        self.version = version
    }

    public func daysInStage(now: Int64) -> Int { Int(max(0, Timestamp.elapsed(from: enteredAt, to: now)) / 86_400) }

    /// Whole days from the first win to now (or to the churn).
    public func ageDays(now: Int64) -> Int { Int(max(0, Timestamp.elapsed(from: since, to: churnedAt ?? now)) / 86_400) }
}
