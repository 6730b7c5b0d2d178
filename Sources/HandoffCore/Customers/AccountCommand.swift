/// What a person asks of an account, from a key or the command line; both go through
/// `Store.apply(_:actor:at:)` for accounts, which checks the team's ability and writes the change
/// with its board event in one transaction. `expectedVersion` is the version the person saw.
public enum AccountCommand: Sendable, Equatable {
    case move(accountID: Int64, toStage: String, expectedVersion: Int?)
    /// The account manager and the renewal date (nil: none).
    case edit(accountID: Int64, owner: String?, renewalAt: Int64?, expectedVersion: Int?)
    /// A follow-up written by a person: what, when, and who does it (nil: the account manager).
    case addFollowUp(accountID: Int64, body: String, due: Int64, owner: String?)
    /// Marks a follow-up done, or open again.
    case setFollowUpDone(followUpID: Int64, done: Bool)
    /// A 0-10 answer and what the customer said; 6 or less schedules a call back.
    case recordSatisfaction(accountID: Int64, score: Int, comment: String)

    /// The ability the command needs (a move's is the customer band's).
    public var ability: Ability {
        switch self {
        case .move: return .moveAccounts
        case .edit: return .editAccounts
        case .addFollowUp, .setFollowUpDone: return .followUp
        case .recordSatisfaction: return .recordSatisfaction
        }
    }
}
