/// The columns the campaigns table sorts by, cycled with `S`. Amounts and counts largest first,
/// cost per lead cheapest first, names alphabetically; undefined values go last.
public enum KPICampaignSort: String, Sendable, Equatable, CaseIterable {
    case revenue, roi, spend, leads, mqls, accepted, won, cpl, name

    /// The column's name in the status line and the table's title.
    public var nameKey: StringKey {
        switch self {
        case .revenue: return .sortRevenue
        case .roi: return .sortROI
        case .spend: return .sortSpend
        case .leads: return .sortLeads
        case .mqls: return .sortMQLs
        case .accepted: return .sortAccepted
        case .won: return .sortWon
        case .cpl: return .sortCPL
        case .name: return .sortName
        }
    }

    public func cycled() -> KPICampaignSort {
        let all = KPICampaignSort.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    public func sorted(_ rows: [KPICampaignRow]) -> [KPICampaignRow] {
        func optional(_ x: Double?, _ y: Double?, ascending: Bool) -> Bool? {
            switch (x, y) {
            case let (x?, y?) where x != y: return ascending ? x < y : x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return nil
            }
        }
        return rows.sorted { a, b in
            let decided: Bool?
            switch self {
            case .revenue: decided = a.revenue != b.revenue ? a.revenue > b.revenue : nil
            case .roi: decided = optional(a.roi, b.roi, ascending: false)
            case .spend: decided = a.spend != b.spend ? a.spend > b.spend : nil
            case .leads: decided = a.leads != b.leads ? a.leads > b.leads : nil
            case .mqls: decided = a.mqls != b.mqls ? a.mqls > b.mqls : nil
            case .accepted: decided = a.accepted != b.accepted ? a.accepted > b.accepted : nil
            case .won: decided = a.won != b.won ? a.won > b.won : nil
            case .cpl: decided = optional(a.costPerLead, b.costPerLead, ascending: true)
            case .name: decided = nil
            }
            return decided ?? (a.name.lowercased() < b.name.lowercased())
        }
    }
}
