/// A section of a scoring definition: its rules, an optional cap on the points it gives, and (for
/// engagement) an optional decay with age.
public struct ScoringGroup: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Who they are: company size, industry, role, country, source.
        case fit
        /// What they did: visits, pages, email clicks, a demo request.
        case engagement
    }

    public var kind: Kind
    public var rules: [ScoringRule]
    public var cap: Int?
    public var decay: ScoringDecay?
    /// Engagement only: how each recorded action counts less with its own age in the activity
    /// counts (`activity decay 30 days 50%`), apart from `decay`, which is by the lead's age.
    public var activityDecay: ScoringDecay?

    public init(kind: Kind, rules: [ScoringRule] = [], cap: Int? = nil, decay: ScoringDecay? = nil, activityDecay: ScoringDecay? = nil) {
        self.kind = kind
        self.rules = rules
        self.cap = cap
        self.decay = decay
        self.activityDecay = activityDecay
    }

    public var isEmpty: Bool { rules.isEmpty && cap == nil && decay == nil && activityDecay == nil }
}
