import HandoffCore

/// Who is writing and when, for every part of one `Store.apply`. All events written for one user
/// action share an action id (the id of its first event), so one undo reverts all of them.
final class WriteContext {
    let actor: String
    let now: Int64
    var actionID: Int64?
    /// The lead of the command being performed as `authorize` read it, inside this transaction and
    /// before the command wrote anything: `current` takes it (once) instead of reading the row
    /// again, a round trip on a server. Set for every command, so it never outlives its own.
    var checkedLead: Lead?

    init(actor: String, now: Int64) {
        self.actor = actor
        self.now = now
    }
}
