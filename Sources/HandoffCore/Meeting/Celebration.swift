/// A won deal, told as the team win it is: the marketer whose campaign or work brought the lead
/// in, and the rep who closed it.
public struct Celebration: Sendable, Equatable {
    public var leadID: Int64
    public var lead: String
    public var company: String
    public var amount: Double?
    public var marketer: String?
    public var campaign: String?
    public var rep: String?

    public init(leadID: Int64, lead: String, company: String, amount: Double?, marketer: String?, campaign: String?, rep: String?) {
        self.leadID = leadID
        self.lead = lead
        self.company = company
        self.amount = amount
        self.marketer = marketer
        self.campaign = campaign
        self.rep = rep
    }

    /// Who sourced the lead: the owner of its campaign, else whoever created it, else whoever
    /// handed it off; the first of them on the marketing team, else the first known.
    public static func sourcingMarketer(campaignOwner: String?, creator: String?, handedOffBy: String?, teams: [String: String]) -> String?
    {
        let candidates = [campaignOwner, creator, handedOffBy].compactMap { $0 }.filter { !$0.isEmpty }
        return candidates.first { teams[$0] == "marketing" } ?? candidates.first
    }

    /// Who closed it: the lead's owner when a sales rep owns it, else whoever marked it won.
    public static func closingRep(owner: String?, wonBy: String, teams: [String: String]) -> String {
        if let owner, teams[owner] == "sales" { return owner }
        return wonBy
    }
}
