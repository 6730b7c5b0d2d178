/// Who is writing and when, for every part of one `Store.apply`. All events written for one user
/// action share an action id (the id of its first event), so one undo reverts all of them.
final class WriteContext {
    let actor: String
    let now: Int64
    var actionID: Int64?

    init(actor: String, now: Int64) {
        self.actor = actor
        self.now = now
    }
}
