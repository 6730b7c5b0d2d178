/// Which handed-off leads the inbox shows.
public enum InboxFilter: String, Sendable, Equatable, CaseIterable {
    case all
    /// Owned by (routed to) the person looking.
    case mine
    case unassigned
    case overdue

    public var title: String {
        switch self {
        case .all: return "all"
        case .mine: return "mine"
        case .unassigned: return "unassigned"
        case .overdue: return "overdue"
        }
    }

    public func cycled() -> InboxFilter {
        let all = InboxFilter.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
