/// The groups of figures on the dashboard, one per side of the handoff, one for both, and the
/// customers that the wins became.
public enum KPISection: String, Sendable, Equatable, CaseIterable {
    case marketing, handoff, sales, shared, customers

    public var title: String { rawValue.uppercased() }

    /// The title in a printed report, in the person's language.
    public var heading: Message {
        switch self {
        case .marketing: return Message(.marketing)
        case .handoff: return Message(.handoff)
        case .sales: return Message(.sales)
        case .shared: return Message(.shared)
        case .customers: return Message(.customers)
        }
    }
}
