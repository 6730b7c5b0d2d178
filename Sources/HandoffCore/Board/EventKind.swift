/// The names written to `events.kind`. Plain strings in the database so other tools can read them.
public enum EventKind {
    public static let created = "created"
    public static let moved = "moved"
    public static let handedOff = "handed_off"
    public static let accepted = "accepted"
    public static let rejected = "rejected"
    public static let won = "won"
    public static let lost = "lost"
    public static let note = "note"
    public static let edited = "edited"
    /// A scoring definition changed the lead's score (or whether it qualifies): `old -> new by
    /// scoring version N`, and `; now qualifies` or `; no longer qualifies` when it crossed.
    public static let scored = "scored"
    /// An undo: `reverts` names the event undone, `detail` its kind. A redo is recorded with the
    /// kind of the action it repeats and `reverts` naming the undo.
    public static let undone = "undone"
    /// The customer that referred the lead was named (or the referral taken back): `by account 3
    /// (Acme)`, then `; source was web` when the lead's source changed to `referral`.
    public static let referred = "referred"
    /// Something the lead said (`insights`): `KIND: text — "quote"`.
    public static let insight = "insight"
    /// A published piece was sent to the lead (`content_sends`): `piece N: title`.
    public static let contentSent = "content_sent"

    /// Email and web activity recorded by an import (`activities`): `FILE: 2 click, 1 open`.
    public static let activity = "activity"

    /// The kind a plain stage move is recorded as, so that history KPIs need no second guess.
    public static func forMove(from: String, to: String) -> String {
        switch (from, to) {
        case (_, "mql"): return handedOff
        case ("mql", "sal"): return accepted
        case ("mql", "nurture"): return rejected
        case (_, "won"): return won
        case (_, "lost"): return lost
        default: return moved
        }
    }
}
