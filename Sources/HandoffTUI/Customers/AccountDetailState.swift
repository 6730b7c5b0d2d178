import HandoffCore

/// What an account's panel shows: the account and what it did, read when it was opened (and again
/// after every change anyone makes).
public struct AccountDetailState: Sendable, Equatable {
    public var account: Account
    /// Its deals, newest first, with the kind of each repeat deal.
    public var deals: [Lead]
    public var dealKinds: [Int64: DealKind]
    /// Open follow-ups first (soonest due first), then those done.
    public var followUps: [FollowUp]
    /// Newest first.
    public var answers: [SatisfactionAnswer]
    public var referrals: [Lead]
    /// The account's board events, newest first.
    public var history: [BoardEvent]
    public var scroll: Int

    public init(
        account: Account, deals: [Lead] = [], dealKinds: [Int64: DealKind] = [:], followUps: [FollowUp] = [],
        answers: [SatisfactionAnswer] = [],
        referrals: [Lead] = [], history: [BoardEvent] = [], scroll: Int = 0
    ) {
        self.account = account
        self.deals = deals
        self.dealKinds = dealKinds
        self.followUps = followUps
        self.answers = answers
        self.referrals = referrals
        self.history = history
        self.scroll = scroll
    }

    public var openFollowUps: [FollowUp] { followUps.filter(\.isOpen) }
}
