/// The topics of the weekly meeting, in agenda order.
public enum AgendaItemKind: String, Sendable, Equatable, CaseIterable {
    case followUps = "follow_ups"
    case kpis
    case win
    case newMQLs = "new_mqls"
    case accepted
    case rejected
    case moves
    case losses
    /// What sales heard since the last meeting, by theme.
    case insights
    /// Pieces waiting for sales review, published, and in the deals won.
    case content
    case slaBreaches = "sla_breaches"
    case stale = "stale_leads"
    case customers

    /// A short word for the projector's large text.
    public var banner: StringKey {
        switch self {
        case .followUps: return .bigFollowUps
        case .kpis: return .bigKPIs
        case .win: return .bigWon
        case .newMQLs: return .bigMQLs
        case .accepted: return .bigAccepted
        case .rejected: return .bigRejected
        case .moves: return .bigMoves
        case .losses: return .bigLosses
        case .insights: return .bigInsights
        case .content: return .bigContent
        case .slaBreaches: return .bigSLA
        case .stale: return .bigStale
        case .customers: return .bigCustomers
        }
    }
}
