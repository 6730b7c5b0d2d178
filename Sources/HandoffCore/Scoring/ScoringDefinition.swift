/// What marketing and sales agreed a qualified lead is: fit and engagement rules, their caps,
/// engagement decay, and the threshold. A lead is an MQL when its total reaches the threshold and
/// (when a fit minimum is set) its fit points reach the fit minimum.
public struct ScoringDefinition: Sendable, Equatable {
    public var threshold: Int
    public var fitMinimum: Int?
    public var fit: ScoringGroup
    public var engagement: ScoringGroup

    public init(
        threshold: Int, fitMinimum: Int? = nil, fit: ScoringGroup = ScoringGroup(kind: .fit),
        engagement: ScoringGroup = ScoringGroup(kind: .engagement)
    ) {
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

    // Every open lead is scored against every rule and every value of its lists, a million times
    // on a large board: a definition of 200,000 values took thirty seconds on 82,000 leads. These
    // limits keep the worst case to a few seconds while leaving room for any real agreement.

    /// Values in one rule's `in` list.
    public static let maximumListValues = 1_000
    /// Rules in a definition.
    public static let maximumRules = 200
    /// Values in all the rules together.
    public static let maximumValues = 10_000
    /// The size of a definition's text, in bytes.
    public static let maximumBytes = 1 << 20

    /// Whether any rule reads the lead's recorded activity: only then is it read while scoring.
    public var usesActivity: Bool {
        rules.contains { if case .activity = $0.target { return true } else { return false } }
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
