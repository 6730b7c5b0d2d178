/// One step of the funnel: of the leads created in the period, how many have reached it since.
/// The store counts; the step's words come from the person's language where it is shown.
public struct KPIFunnelStep: Sendable, Equatable {
    public enum Stage: String, Sendable, CaseIterable {
        case created, mql, sal, sql, won

        public var titleKey: StringKey {
            switch self {
            case .created: .funnelCreated
            case .mql: .funnelMQL
            case .sal: .funnelSAL
            case .sql: .funnelSQL
            case .won: .funnelWon
            }
        }
    }

    public var stage: Stage
    public var count: Int
    /// This step over the one before; nil for the first step or when the one before is empty.
    public var conversion: Double?

    public init(stage: Stage, count: Int, conversion: Double?) {
        self.stage = stage
        self.count = count
        self.conversion = conversion
    }

    public func title(_ strings: Strings) -> String { strings(stage.titleKey) }

    /// Steps from counts, each with its conversion from the step before.
    public static func steps(_ counts: [(stage: Stage, count: Int)]) -> [KPIFunnelStep] {
        counts.enumerated().map { index, step in
            KPIFunnelStep(
                stage: step.stage, count: step.count,
                conversion: index == 0 ? nil : KPIMath.ratio(step.count, counts[index - 1].count))
        }
    }
}
