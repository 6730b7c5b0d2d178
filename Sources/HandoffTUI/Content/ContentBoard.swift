import HandoffCore

/// What the runtime reads for the content view in one go: the pieces, the co-creation rule, the
/// insights a piece can be linked to, and the selected piece's figures.
public struct ContentBoard: Sendable, Equatable {
    public var pieces: [ContentPiece]
    public var approvalRequired: Bool
    public var recentInsights: [Insight]
    public var reach: ContentReach?

    public init(pieces: [ContentPiece], approvalRequired: Bool, recentInsights: [Insight], reach: ContentReach?) {
        self.pieces = pieces
        self.approvalRequired = approvalRequired
        self.recentInsights = recentInsights
        self.reach = reach
    }
}
