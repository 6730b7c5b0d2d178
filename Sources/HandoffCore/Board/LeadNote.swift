/// A note on a lead, or a next step when it has a due date.
public struct LeadNote: Sendable, Equatable {
    public var id: Int64
    public var leadID: Int64
    public var at: Int64
    public var author: String
    public var body: String
    public var due: Int64?

    public init(id: Int64 = 0, leadID: Int64, at: Int64, author: String, body: String, due: Int64? = nil) {
        self.id = id
        self.leadID = leadID
        self.at = at
        self.author = author
        self.body = body
        self.due = due
    }

    public var isNextStep: Bool { due != nil }
}
