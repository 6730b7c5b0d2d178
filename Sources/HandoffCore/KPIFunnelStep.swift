/// One step of the funnel: of the leads created in the period, how many have reached it since.
public struct KPIFunnelStep: Sendable, Equatable {
    public var title: String
    public var count: Int
    /// This step over the one before; nil for the first step or when the one before is empty.
    public var conversion: Double?

    public init(title: String, count: Int, conversion: Double?) {
        self.title = title
        self.count = count
        self.conversion = conversion
    }

    /// Steps from counts, each with its conversion from the step before.
    public static func steps(_ counts: [(title: String, count: Int)]) -> [KPIFunnelStep] {
        counts.enumerated().map { index, step in
            KPIFunnelStep(title: step.title, count: step.count,
                          conversion: index == 0 ? nil : KPIMath.ratio(step.count, counts[index - 1].count))
        }
    }
}
