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

    /// What the board's inbox says when nothing passes the filter: a sentence of its own for
    /// each, since a filter's name does not fit one frame ("No mine leads").
    public var emptyKey: StringKey {
        switch self {
        case .all: return .inboxEmptyAll
        case .mine: return .inboxEmptyMine
        case .unassigned: return .inboxEmptyUnassigned
        case .overdue: return .inboxEmptyOverdue
        }
    }

    /// The same for `handoff inbox`.
    public var emptyMessage: Message {
        switch self {
        case .all: return Message(.inboxIsEmptyEvery)
        case .mine: return Message(.noLeadWaitingIs)
        case .unassigned: return Message(.noLeadWaitingIsUnassigned)
        case .overdue: return Message(.noLeadWaitingIsOverdue)
        }
    }

    public func cycled() -> InboxFilter {
        let all = InboxFilter.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
