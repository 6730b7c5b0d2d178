/// The figures of the loop from what sales hears to what marketing makes, for one period:
/// `handoff kpi` prints them beside the dashboard's. Undone insights and sends never count.
public struct ContentFigures: Sendable, Equatable {
    /// Insights heard in the period.
    public var insightsCaptured = 0
    /// Insights answered in the period: the first piece linked to them was published in it.
    public var insightsAnswered = 0
    /// Pieces published for the first time in the period.
    public var piecesPublished = 0
    /// Pieces sent to leads in the period, and the distinct leads they reached.
    public var contentSends = 0
    public var leadsReached = 0
    /// Deals closed in the period whose lead had been sent a piece, and those won; and the same
    /// for the deals closed without one.
    public var closedWithContent = 0
    public var wonWithContent = 0
    public var closedWithoutContent = 0
    public var wonWithoutContent = 0
    /// Median whole days from a piece's first insight to its publication, over the pieces
    /// published in the period that insights motivated.
    public var medianInsightToPublishedDays: Double?
    /// Now: pieces waiting in sales review, and insights no published piece answers yet.
    public var piecesInReview: Int?
    public var insightsOpen: Int?

    public init() {}

    public var winRateWithContent: Double? { KPIMath.ratio(wonWithContent, closedWithContent) }
    public var winRateWithoutContent: Double? { KPIMath.ratio(wonWithoutContent, closedWithoutContent) }

    /// Each figure: its JSON key, its name, its formula, its unit, and whether it describes now.
    public struct Figure: Sendable {
        public var id: String
        public var title: Message
        public var formula: Message
        public var unit: KPIUnit
        public var isSnapshot: Bool
        public var read: @Sendable (ContentFigures) -> Double?
    }

    public static let figures: [Figure] = [
        Figure(
            id: "insights_captured", title: Message(.insightsCaptured),
            formula: Message(.insightsCapturedInsightsHeard),
            unit: .count, isSnapshot: false, read: { Double($0.insightsCaptured) }),
        Figure(
            id: "insights_answered", title: Message(.insightsAnswered),
            formula: Message(.insightsAnsweredInsightsWhose),
            unit: .count, isSnapshot: false, read: { Double($0.insightsAnswered) }),
        Figure(
            id: "pieces_published", title: Message(.piecesPublished),
            formula: Message(.piecesPublishedPiecesOf),
            unit: .count, isSnapshot: false, read: { Double($0.piecesPublished) }),
        Figure(
            id: "content_sends", title: Message(.piecesSent),
            formula: Message(.piecesSentPiecesSent),
            unit: .count, isSnapshot: false, read: { Double($0.contentSends) }),
        Figure(
            id: "leads_reached", title: Message(.leadsReached), formula: Message(.leadsReachedDistinctLeads),
            unit: .count, isSnapshot: false, read: { Double($0.leadsReached) }),
        Figure(
            id: "win_rate_with_content", title: Message(.winRateWithContent),
            formula: Message(.winRateWithContentWon),
            unit: .percent, isSnapshot: false, read: { $0.winRateWithContent }),
        Figure(
            id: "win_rate_without_content", title: Message(.winRateWithoutContent),
            formula: Message(.winRateWithoutContentWon),
            unit: .percent, isSnapshot: false, read: { $0.winRateWithoutContent }),
        Figure(
            id: "median_insight_to_published_days", title: Message(.insightToPublished),
            formula:
                Message(.insightToPublishedMedian),
            unit: .days, isSnapshot: false, read: { $0.medianInsightToPublishedDays }),
        Figure(
            id: "pieces_in_review", title: Message(.waitingForSalesReview), formula: Message(.waitingForSalesReviewPieces),
            unit: .count, isSnapshot: true, read: { $0.piecesInReview.map(Double.init) }),
        Figure(
            id: "insights_open", title: Message(.insightsNotAnswered),
            formula: Message(.insightsNotAnsweredInsights),
            unit: .count, isSnapshot: true, read: { $0.insightsOpen.map(Double.init) }),
    ]

    /// The counts behind the ratios, so a reader can redo every division.
    public var inputs: [String: Int] {
        [
            "closed_with_content": closedWithContent, "won_with_content": wonWithContent, "closed_without_content": closedWithoutContent,
            "won_without_content": wonWithoutContent,
        ]
    }
}
