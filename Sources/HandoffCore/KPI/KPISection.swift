/// The groups of figures on the dashboard, one per side of the handoff and one for both.
public enum KPISection: String, Sendable, Equatable, CaseIterable {
    case marketing, handoff, sales, shared

    public var title: String { rawValue.uppercased() }

    /// The title in a printed report, in the person's language.
    public var heading: Message {
        switch self {
        case .marketing: return "MARKETING"
        case .handoff: return "HANDOFF"
        case .sales: return "SALES"
        case .shared: return "SHARED"
        }
    }
}
