/// Something the meeting agreed someone will do, by a date.
public struct ActionItem: Sendable, Equatable {
    public var id: Int64
    public var meetingID: Int64
    /// The agenda item it came from (`AgendaItem.key`), if any.
    public var item: String?
    public var body: String
    public var owner: String
    public var due: Int64?
    public var createdAt: Int64
    public var createdBy: String
    /// When it was marked done and by whom; nil while it is open (and carried to every meeting).
    public var doneAt: Int64?
    public var doneBy: String?

    public init(
        id: Int64 = 0, meetingID: Int64, item: String?, body: String, owner: String, due: Int64?, createdAt: Int64, createdBy: String,
        doneAt: Int64? = nil, doneBy: String? = nil
    ) {
        self.id = id
        self.meetingID = meetingID
        self.item = item
        self.body = body
        self.owner = owner
        self.due = due
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.doneAt = doneAt
        self.doneBy = doneBy
    }

    public var isOpen: Bool { doneAt == nil }

    /// "Call Kettle & Co about the contract · Tom Baker · due 2026-11-25" / "... · vence el
    /// 25/11/2026": the owner by name when `names` knows them.
    public func summary(_ strings: Strings = .english, names: [String: String] = [:]) -> String {
        [body, names[owner] ?? owner, due.map { strings(Message(.dueOn, "\(strings.date($0))")) }].compactMap { $0 }.joined(
            separator: " · ")
    }
}
