/// A step planned with a customer: a kick-off, a check-in, a review, a call back to a detractor, or
/// one a person wrote. Open until someone marks it done; its owner sees it in their inbox.
public struct FollowUp: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var accountID: Int64
    public var kind: FollowUpKind
    /// What to do, in the words of whoever wrote it; empty for the scheduled kinds, which are
    /// named by their kind in the reader's language.
    public var body: String
    public var owner: String?
    public var due: Int64
    public var createdAt: Int64
    public var createdBy: String
    public var doneAt: Int64?
    public var doneBy: String?
    /// The win that scheduled it, for the steps a win schedules.
    public var leadID: Int64?
    /// The account's name, read with it for lists that span accounts.
    public var accountName: String

    public init(
        id: Int64 = 0, accountID: Int64, kind: FollowUpKind, body: String = "", owner: String?, due: Int64, createdAt: Int64,
        createdBy: String, doneAt: Int64? = nil, doneBy: String? = nil, leadID: Int64? = nil, accountName: String = ""
    ) {
        self.id = id
        self.accountID = accountID
        self.kind = kind
        self.body = body
        self.owner = owner
        self.due = due
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.doneAt = doneAt
        self.doneBy = doneBy
        self.leadID = leadID
        self.accountName = accountName
    }

    public var isOpen: Bool { doneAt == nil }

    public func isOverdue(now: Int64) -> Bool { isOpen && due < now }

    /// "Kick-off call" or the body a person wrote, in `strings`' language.
    public func title(_ strings: Strings) -> String {
        if kind == .custom { return body }
        return body.isEmpty ? strings(kind.titleKey) : strings(kind.titleKey) + ": " + body
    }
}
