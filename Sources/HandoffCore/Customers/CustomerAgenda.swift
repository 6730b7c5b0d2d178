/// What the weekly meeting looks at about customers: follow-ups past due, renewals coming in the
/// next 30 days, accounts at risk, the detractors' answers and the referrals won in the window.
public struct CustomerAgenda: Sendable, Equatable {
    public var overdueFollowUps = AgendaMaterial.Capped<FollowUp>()
    public var renewalsDue = AgendaMaterial.Capped<Account>()
    public var atRisk = AgendaMaterial.Capped<Account>()
    public var detractors = AgendaMaterial.Capped<SatisfactionAnswer>()
    /// Referred deals won in the window, to celebrate with the customer that referred them.
    public var referralsWon = AgendaMaterial.Capped<Lead>()
    /// Account names by number, for the answers and the referrals.
    public var accountNames: [Int64: String] = [:]
    /// Who referred each referred deal won, by lead.
    public var referrers: [Int64: Int64] = [:]

    public init() {}

    public var isEmpty: Bool {
        overdueFollowUps.total + renewalsDue.total + atRisk.total + detractors.total + referralsWon.total == 0
    }
}
