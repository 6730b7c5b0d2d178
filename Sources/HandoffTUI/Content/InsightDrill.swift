import HandoffCore

/// One group of the insights panel opened: its insights, newest first, and the one selected.
public struct InsightDrill: Sendable, Equatable {
    public var key: String
    public var label: String
    public var kind: InsightKind?
    public var insights: [Insight]
    /// The insight selected, by id.
    public var selectedID: Int64?

    public init(key: String, label: String, kind: InsightKind? = nil, insights: [Insight] = [], selectedID: Int64? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.insights = insights
        self.selectedID = selectedID
    }

    public var selectedRow: Int { selectedID.flatMap { id in insights.firstIndex { $0.id == id } } ?? 0 }

    public var selectedInsight: Insight? { insights.isEmpty ? nil : insights[selectedRow] }
}
