/// Why a lead has its score: every rule with whether it fired, and each step from the points to
/// the total (cap, decay with age), so a rep can see why a lead is qualified.
public struct ScoreBreakdown: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var rule: ScoringRule
        public var group: ScoringGroup.Kind
        public var fired: Bool

        public init(rule: ScoringRule, group: ScoringGroup.Kind, fired: Bool) {
            self.rule = rule
            self.group = group
            self.fired = fired
        }
    }

    public var lines: [Line]
    /// Fit points of the rules that fired, and after the fit cap.
    public var fitPoints: Int
    public var fit: Int
    /// Engagement points of the rules that fired, after the cap, and after decay.
    public var engagementPoints: Int
    public var engagementCapped: Int
    public var engagement: Int
    public var ageDays: Int
    public var decayPeriods: Int
    public var decayFactor: Double
    public var score: Score
    public var threshold: Int
    public var fitMinimum: Int?

    public var total: Int { score.total }
    public var qualifies: Bool { score.qualifies }

    /// One sentence: `qualifies: 72 reaches the threshold 60`, or what is missing.
    public var verdict: String {
        if score.qualifies { return "qualifies: \(total) reaches the threshold \(threshold)" }
        if total < threshold { return "not qualified: \(total) is under the threshold \(threshold)" }
        return "not qualified: fit \(fit) is under the fit minimum \(fitMinimum ?? 0)"
    }
}
