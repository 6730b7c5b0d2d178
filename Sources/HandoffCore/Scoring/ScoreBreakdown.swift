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

    /// Whether the lead qualifies, and if not, what it lacks.
    public enum Verdict: Sendable, Equatable {
        case qualifies
        case underThreshold
        case underFitMinimum
    }

    public var verdict: Verdict {
        if score.qualifies { return .qualifies }
        return total < threshold ? .underThreshold : .underFitMinimum
    }
}
