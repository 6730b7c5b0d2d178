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

    public init(id: Int64 = 0, meetingID: Int64, item: String?, body: String, owner: String, due: Int64?, createdAt: Int64, createdBy: String) {
        self.id = id
        self.meetingID = meetingID
        self.item = item
        self.body = body
        self.owner = owner
        self.due = due
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// "Call Kettle & Co about the contract · tom · due 2026-11-25" / "... · vence el 25/11/2026".
    public func summary(_ strings: Strings = .english) -> String {
        [body, owner, due.map { strings("due \(strings.date($0))") }].compactMap { $0 }.joined(separator: " · ")
    }
}
