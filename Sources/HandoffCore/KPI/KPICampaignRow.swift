/// One campaign over a period: what it cost and what came of it.
public struct KPICampaignRow: Sendable, Equatable {
    /// The campaign id; "" for leads without a campaign.
    public var id: String
    /// The campaign's name as stored; "" for leads without a campaign (`title` words it).
    public var name: String
    public var owner: String?
    public var spend: Double
    public var leads: Int
    public var mqls: Int
    public var accepted: Int
    public var won: Int
    public var revenue: Double

    public init(
        id: String, name: String, owner: String? = nil, spend: Double = 0, leads: Int = 0, mqls: Int = 0, accepted: Int = 0,
        won: Int = 0, revenue: Double = 0
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.spend = spend
        self.leads = leads
        self.mqls = mqls
        self.accepted = accepted
        self.won = won
        self.revenue = revenue
    }

    public var costPerLead: Double? { KPIMath.ratio(spend, Double(leads)) }
    public var roi: Double? { KPIMath.ratio(revenue - spend, spend) }
}

extension KPICampaignRow {
    /// A campaign's spend in a period: spread evenly over its dates; without dates it counts only
    /// in all time.
    public static func spend(_ total: Double, started: Int64?, ended: Int64?, in period: KPIPeriod) -> Double {
        guard let started, let ended, ended > started else { return period.isAllTime ? total : 0 }
        return KPIMath.prorate(total, from: started, to: ended, start: period.start, end: period.end)
    }

    /// The name a person reads: the leads without a campaign are named in their language.
    public func title(_ strings: Strings) -> String { id.isEmpty ? strings(.noCampaign) : name }
}
