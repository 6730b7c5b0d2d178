/// What removing a member let go of, to tell the admin and to keep in the audit.
public struct MemberRemoval: Sendable, Equatable {
    public var member: Member
    /// Routing rules that sent this member handoffs, deleted with the member.
    public var routingRules: Int
    /// Campaigns this member owned, now without an owner.
    public var campaigns: [String]
    /// Open leads still owned by the login, left as they are for someone to take over.
    public var openLeads: Int

    public init(member: Member, routingRules: Int, campaigns: [String], openLeads: Int) {
        self.member = member
        self.routingRules = routingRules
        self.campaigns = campaigns
        self.openLeads = openLeads
    }

    /// "Ana Ruiz, sales; 1 routing rule deleted; campaigns spring-webinar without an owner; 3 open leads still owned".
    public var summary: String {
        var parts = ["\(member.name), \(member.team)"]
        if routingRules > 0 { parts.append("\(routingRules) routing rule\(routingRules == 1 ? "" : "s") deleted") }
        if !campaigns.isEmpty {
            parts.append("campaign\(campaigns.count == 1 ? "" : "s") \(campaigns.joined(separator: ", ")) without an owner")
        }
        if openLeads > 0 { parts.append("\(openLeads) open lead\(openLeads == 1 ? "" : "s") still owned") }
        return parts.joined(separator: "; ")
    }
}
