/// One row of the insights panel: a theme (or a kind, source, campaign or stage) with how often
/// it was heard in the period, week by week, and how much of it content already answers.
public struct InsightTheme: Sendable, Equatable {
    /// What the insights have in common: a theme's words, a kind's code, a source, a campaign id
    /// or a stage id ('' for none).
    public var key: String
    /// For a theme: its kind, and the words as first written.
    public var kind: InsightKind?
    public var label: String
    public var count: Int
    /// Insights of this group answered by a published piece.
    public var answered: Int
    /// Leads the group's insights came from.
    public var leads: Int
    /// Counts per week, oldest first, the last week ending with the period.
    public var weekly: [Int]
    public var latest: Int64

    public init(
        key: String, kind: InsightKind? = nil, label: String, count: Int, answered: Int = 0, leads: Int = 0, weekly: [Int] = [],
        latest: Int64 = 0
    ) {
        self.key = key
        self.kind = kind
        self.label = label
        self.count = count
        self.answered = answered
        self.leads = leads
        self.weekly = weekly
        self.latest = latest
    }

    /// How many weeks of trend a row carries.
    public static let weeks = 8

    public enum Direction: Sendable, Equatable { case rising, falling, steady }

    /// Heard more, less or as often: the last two weeks against the two before.
    public var direction: Direction {
        let recent = weekly.suffix(2).reduce(0, +), before = weekly.dropLast(2).suffix(2).reduce(0, +)
        if recent == before { return .steady }
        return recent > before ? .rising : .falling
    }
}
