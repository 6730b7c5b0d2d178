/// What the meeting records in the store, from its keys.
public enum MeetingChange: Sendable, Equatable {
    case discussed(item: String, Bool)
    case actionItem(item: String?, body: String, owner: String, due: Int64?)
    case actionDone(Int64)
    case close
}
