/// What marketing and sales agreed a qualified lead is: fit and engagement rules, their caps,
/// engagement decay, and the threshold. A lead is an MQL when its total reaches the threshold and
/// (when a fit minimum is set) its fit points reach the fit minimum.
public struct ScoringDefinition: Sendable, Equatable {
    public var threshold: Int
    public var fitMinimum: Int?
    public var fit: ScoringGroup
    public var engagement: ScoringGroup

    public init(threshold: Int, fitMinimum: Int? = nil, fit: ScoringGroup = ScoringGroup(kind: .fit),
                engagement: ScoringGroup = ScoringGroup(kind: .engagement)) {
        self.threshold = threshold
        self.fitMinimum = fitMinimum
        self.fit = fit
        self.engagement = engagement
    }

    public var groups: [ScoringGroup] { [fit, engagement] }
    public var rules: [ScoringRule] { fit.rules + engagement.rules }

    /// Reads the file format (see `ScoringParser`); errors name the line and column.
    public static func parse(_ text: String) throws(ScoringError) -> ScoringDefinition {
        try ScoringParser(text: text).parse()
    }

    /// Attribute names the rules read, in the order they first appear.
    public var attributeNames: [String] {
        var seen: [String] = []
        for rule in rules {
            if case let .attribute(name) = rule.target, !seen.contains(name) { seen.append(name) }
        }
        return seen
    }
}
