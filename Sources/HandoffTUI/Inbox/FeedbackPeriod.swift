/// The periods the feedback panel offers, cycled with `p`.
public enum FeedbackPeriod: Int, Sendable, Equatable, CaseIterable {
    case week = 7
    case month = 30
    case quarter = 90
    case year = 365

    public var days: Int { rawValue }

    public func cycled() -> FeedbackPeriod {
        let all = FeedbackPeriod.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
