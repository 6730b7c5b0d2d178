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
    case slaBreaches = "sla_breaches"
    case stale = "stale_leads"

    /// A short word for the projector's large text.
    public var banner: String {
        switch self {
        case .followUps: return "Follow-ups"
        case .kpis: return "KPIs"
        case .win: return "Won!"
        case .newMQLs: return "New MQLs"
        case .accepted: return "Accepted"
        case .rejected: return "Rejected"
        case .moves: return "Moves"
        case .losses: return "Lost"
        case .slaBreaches: return "SLA"
        case .stale: return "Stale"
        }
    }
}
