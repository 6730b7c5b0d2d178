/// The groups of figures on the dashboard, one per side of the handoff and one for both.
public enum KPISection: String, Sendable, Equatable, CaseIterable {
    case marketing, handoff, sales, shared

    public var title: String { rawValue.uppercased() }
}
