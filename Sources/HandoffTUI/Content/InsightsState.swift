import HandoffCore

/// The insights panel: what sales heard in a period, grouped by theme, kind, source, campaign or
/// stage, with eight weeks of trend; Enter opens one group's insights (the leads and their words).
public struct InsightsState: Sendable, Equatable {
    public static let periods = [7, 30, 90, 365]

    public var grouping: InsightGrouping = .theme
    public var days = 30
    public var themes: [InsightTheme] = []
    /// The group selected, by key: it stays selected when counts reorder the list.
    public var selectedKey: String?
    /// One group opened with Enter; nil shows the groups.
    public var drill: InsightDrill?

    public init() {}

    public var selectedRow: Int { selectedKey.flatMap { key in themes.firstIndex { $0.key == key } } ?? 0 }

    public var selectedTheme: InsightTheme? { themes.isEmpty ? nil : themes[selectedRow] }

    /// Insights heard in the period, and those a published piece answers.
    public var total: Int { themes.reduce(0) { $0 + $1.count } }
    public var answered: Int { themes.reduce(0) { $0 + $1.answered } }
}
