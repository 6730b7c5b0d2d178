/// One lead's activity as the rules read it, as of the moment its score is computed: activity
/// after that moment (a lead scored as of its outcome, for calibration) does not count. Each
/// action counts 1, or with an activity decay (1 - P/100) to the power of the whole periods of its
/// own age, so last week's click outweighs last year's; the 30-day counts are plain counts.
public struct ActivityTally: Sendable {
    public let decay: ScoringDecay?
    private var now: Int64 = 0
    private var weighted = Array(repeating: 0.0, count: ActivityKind.allCases.count)
    private var recent = Array(repeating: 0, count: ActivityKind.allCases.count)
    private var latest: Int64?

    /// The days the `_30d` fields look back.
    public static let window: Int64 = 30

    public init(decay: ScoringDecay?) {
        self.decay = decay
    }

    /// Forgets the previous lead; `now` is when this one is scored.
    public mutating func begin(at now: Int64) {
        self.now = now
        for index in weighted.indices {
            weighted[index] = 0
            recent[index] = 0
        }
        latest = nil
    }

    public mutating func add(_ kind: ActivityKind, at: Int64) {
        guard at <= now else { return }
        let ageDays = Int((now - at) / 86_400)
        weighted[kind.index] += decay.map { $0.factor(periods: $0.periods(ageDays: ageDays)) } ?? 1
        if now - at < ActivityTally.window * 86_400 { recent[kind.index] += 1 }
        if kind.isPersons, at > (latest ?? Int64.min) { latest = at }
    }

    /// The field's value for this lead; nil only for `days_since_activity` without any action.
    public func value(of field: ScoringActivityField) -> Double? {
        guard let kind = field.kind else { return latest.map { Double((now - $0) / 86_400) } }
        if field.isWindow { return Double(recent[kind.index]) }
        // Sums of factors such as 0.7^n are off in the last binary digit; `clicks >= 2` must not
        // depend on that.
        return (weighted[kind.index] * 1e6).rounded() / 1e6
    }
}
