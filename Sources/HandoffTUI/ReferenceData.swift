import HandoffCore

/// The small lists forms need to offer choices and check input without asking the database from
/// `update`: reason lists, the team, campaign ids, the currency, the permissions. Reloaded when the data changes.
public struct ReferenceData: Sendable, Equatable {
    public var rejectReasons: [Reason]
    public var lostReasons: [Reason]
    public var members: [Member]
    public var campaigns: [String]
    public var currency: String
    /// Who may do what, so keys can be refused before a form opens.
    public var permissions: Permissions

    public init(rejectReasons: [Reason] = [], lostReasons: [Reason] = [], members: [Member] = [], campaigns: [String] = [], currency: String = "EUR",
                permissions: Permissions = Permissions()) {
        self.rejectReasons = rejectReasons
        self.lostReasons = lostReasons
        self.members = members
        self.campaigns = campaigns
        self.currency = currency
        self.permissions = permissions
    }

    public var salesReps: [Member] { members.filter { $0.team == "sales" } }
}
