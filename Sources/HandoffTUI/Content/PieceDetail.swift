import HandoffCore

/// One piece in full, over the content view: who took part, the insights behind it with the
/// leads' words, the leads it was sent to, and how they did beside comparable leads.
public struct PieceDetail: Sendable, Equatable {
    public var piece: ContentPiece
    public var insights: [Insight]
    public var sends: [ContentSend]
    public var reach: ContentReach
    public var scroll: Int

    public init(piece: ContentPiece, insights: [Insight], sends: [ContentSend], reach: ContentReach, scroll: Int = 0) {
        self.piece = piece
        self.insights = insights
        self.sends = sends
        self.reach = reach
        self.scroll = scroll
    }
}
