import HandoffCore

/// What the meeting records in the store, from its keys.
public enum MeetingChange: Sendable, Equatable {
    case discussed(item: String, Bool)
    case actionItem(item: String?, body: String, owner: String, due: Int64?)
    case editAction(id: Int64, body: String, owner: String, due: Int64?)
    case deleteAction(Int64)
    case actionDone(Int64)
    case note(item: String, kind: MeetingNote.Kind, body: String)
    case removeNote(Int64)
    case attendance(login: String, Bool)
    /// Closes the meeting; its minutes are also written to `minutesPath` when one is given.
    case close(minutesPath: String?)
}
