/// A customer's answer to "how likely are you to recommend us?", 0 to 10, with what they said.
public struct SatisfactionAnswer: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var accountID: Int64
    public var at: Int64
    public var score: Int
    public var comment: String
    /// Who recorded it.
    public var author: String

    public init(id: Int64 = 0, accountID: Int64, at: Int64, score: Int, comment: String = "", author: String) {
        self.id = id
        self.accountID = accountID
        self.at = at
        self.score = score
        self.comment = comment
        self.author = author
    }

    public var category: NPSCategory { NPSCategory(score: score) }
}
