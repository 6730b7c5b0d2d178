import HandoffCore

/// The small lists forms need to offer choices and check input without asking the database from
/// `update`: reason lists, the team, campaign ids, sources (for completing `source:`), the
/// currency. Reloaded when the data changes.
public struct ReferenceData: Sendable, Equatable {
    public var rejectReasons: [Reason]
    public var lostReasons: [Reason]
    public var members: [Member]
    public var campaigns: [String]
    public var sources: [String]
    public var currency: String

    public init(rejectReasons: [Reason] = [], lostReasons: [Reason] = [], members: [Member] = [], campaigns: [String] = [],
                sources: [String] = [], currency: String = "EUR") {
        self.rejectReasons = rejectReasons
        self.lostReasons = lostReasons
        self.members = members
        self.campaigns = campaigns
        self.sources = sources
        self.currency = currency
    }

    public var salesReps: [Member] { members.filter { $0.team == "sales" } }
}
