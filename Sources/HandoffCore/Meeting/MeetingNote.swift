/// A decision or a note the meeting wrote on one of its agenda items: what was agreed there
/// besides the action items, kept in the minutes.
public struct MeetingNote: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case decision, note
    }

    public var id: Int64
    public var meetingID: Int64
    /// The agenda item it was written on (`AgendaItem.key`).
    public var item: String
    public var kind: Kind
    public var body: String
    public var at: Int64
    public var author: String

    public init(id: Int64 = 0, meetingID: Int64, item: String, kind: Kind, body: String, at: Int64, author: String) {
        self.id = id
        self.meetingID = meetingID
        self.item = item
        self.kind = kind
        self.body = body
        self.at = at
        self.author = author
    }
}
