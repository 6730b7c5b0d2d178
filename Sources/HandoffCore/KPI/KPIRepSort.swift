/// The columns the reps table sorts by, cycled with `s`. Numbers sort largest first (fastest
/// first for the response time), names alphabetically.
public enum KPIRepSort: String, Sendable, Equatable, CaseIterable {
    case revenue, won, accepted, response, name

    /// The column's name in the status line and the table's title.
    public var nameKey: StringKey {
        switch self {
        case .revenue: return .sortRevenue
        case .won: return .sortWon
        case .accepted: return .sortAccepted
        case .response: return .sortResponse
        case .name: return .sortName
        }
    }

    public func cycled() -> KPIRepSort {
        let all = KPIRepSort.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    public func sorted(_ rows: [KPIRepRow]) -> [KPIRepRow] {
        rows.sorted { a, b in
            switch self {
            case .revenue: if a.revenue != b.revenue { return a.revenue > b.revenue }
            case .won: if a.won != b.won { return a.won > b.won }
            case .accepted: if a.accepted != b.accepted { return a.accepted > b.accepted }
            case .response:
                // Reps with no answers go last.
                switch (a.medianResponseSeconds, b.medianResponseSeconds) {
                case let (x?, y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: break
                }
            case .name: break
            }
            return a.name.lowercased() < b.name.lowercased()
        }
    }
}
