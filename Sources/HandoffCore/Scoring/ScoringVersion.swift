/// A definition as loaded: every load is a new version with who loaded it, when, and why.
public struct ScoringVersion: Sendable, Equatable {
    public var id: Int
    public var at: Int64
    public var author: String
    public var comment: String
    public var definition: ScoringDefinition

    public init(id: Int, at: Int64, author: String, comment: String, definition: ScoringDefinition) {
        self.id = id
        self.at = at
        self.author = author
        self.comment = comment
        self.definition = definition
    }
}
