/// One send of a published piece to a lead (`content_sends`), for the piece's and the lead's lists.
public struct ContentSend: Sendable, Equatable {
    public var contentID: Int64
    public var title: String
    public var leadID: Int64
    public var leadName: String
    public var at: Int64
    public var actor: String
    /// The lead's stage when it got the piece.
    public var stage: String

    public init(contentID: Int64, title: String, leadID: Int64, leadName: String, at: Int64, actor: String, stage: String) {
        self.contentID = contentID
        self.title = title
        self.leadID = leadID
        self.leadName = leadName
        self.at = at
        self.actor = actor
        self.stage = stage
    }
}
