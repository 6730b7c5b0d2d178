/// What a user asks for, from a key press or the command line; both go through the same path,
/// `Store.apply`. `expectedVersion` is the version of the lead the user saw; nil (scripts) means
/// "whatever is current".
public enum Command: Sendable, Equatable {
    case move(leadID: Int64, toStage: String, expectedVersion: Int?)
    /// Sales takes a handed-off lead; `owner` nil means the person accepting.
    case accept(leadID: Int64, owner: String?, expectedVersion: Int?)
    /// Sales sends a handed-off lead back to marketing, with a reason code and a comment.
    case reject(leadID: Int64, reason: String, comment: String, expectedVersion: Int?)
    case won(leadID: Int64, amount: Double, expectedVersion: Int?)
    case lost(leadID: Int64, reason: String, expectedVersion: Int?)
    /// A note, or a next step when `due` is set. Notes add to the lead; they do not change it.
    case note(leadID: Int64, body: String, due: Int64?)
    case create(LeadDraft)
    case edit(leadID: Int64, LeadDraft, expectedVersion: Int?)
    /// Reverts this user's last action that is not undone yet; the undo is itself an event.
    case undo
    /// Re-does this user's last undone action, unless they did something new since.
    case redo
    /// Several commands as one action: all are carried out or none, and one undo reverts them all.
    case batch([Command])
    /// A new deal for a customer that already bought: it starts in the first sales stage, linked
    /// to the account. Like any new lead, it is not undone.
    case openDeal(accountID: Int64, DealDraft)
    /// The customer that referred a lead (nil: none); the lead's source becomes `referral`.
    case refer(leadID: Int64, accountID: Int64?, expectedVersion: Int?)
    /// Something the lead said, heard by the actor: kept with the lead, undone like a change to it.
    case insight(leadID: Int64, kind: InsightKind, text: String, quote: String?, expectedVersion: Int?)
    /// A published piece of content was sent to the lead.
    case contentSent(leadID: Int64, contentID: Int64, expectedVersion: Int?)

    /// The lead a single command is about.
    public var leadID: Int64? {
        switch self {
        case let .move(id, _, _), let .accept(id, _, _), let .reject(id, _, _, _), let .won(id, _, _), let .lost(id, _, _),
            let .note(id, _, _), let .edit(id, _, _), let .refer(id, _, _), let .insight(id, _, _, _, _), let .contentSent(id, _, _):
            return id
        case .create, .undo, .redo, .batch, .openDeal:
            return nil
        }
    }
}
