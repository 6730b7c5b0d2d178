/// Engagement points lose `percent` of their value for every whole `days` of the lead's age:
/// `decay 30 days 50%` halves them at 30 days and quarters them at 60.
public struct ScoringDecay: Sendable, Equatable {
    public var days: Int
    public var percent: Int

    public init(days: Int, percent: Int) {
        self.days = days
        self.percent = percent
    }

    /// Whole periods elapsed at this age.
    public func periods(ageDays: Int) -> Int { days > 0 ? max(0, ageDays) / days : 0 }

    /// What is left of the points after `periods`: (1 - percent/100)^periods.
    public func factor(periods: Int) -> Double {
        var factor = 1.0
        let keep = Double(100 - percent) / 100
        for _ in 0..<min(periods, 10_000) {
            factor *= keep
            if factor == 0 { break }
        }
        return factor
    }

    public var source: String { "decay \(days) \(days == 1 ? "day" : "days") \(percent)%" }
}
