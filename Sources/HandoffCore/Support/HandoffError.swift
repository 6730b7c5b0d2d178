/// Every failure a user can meet, phrased for the user: what was wrong and what to do. Each carries
/// a `Message`, shown in the person's language where it reaches them (`strings(error.message)`).
public enum HandoffError: Error, Equatable, CustomStringConvertible, Sendable {
    case unknownStage(String, known: [String])
    case invalidMove(Message)
    case leadNotFound(Int64)
    /// Someone else changed the lead first; nothing was overwritten.
    case conflict(LeadConflict)
    case invalidInput(Message)
    case notPermitted(Message)
    case storage(Message)
    /// Other writers kept the board locked longer than the wait allows; nothing was written.
    case busy(Message)

    public var message: Message {
        switch self {
        case let .unknownStage(id, known):
            return Message(.unknownStageStagesAre, "\(id)", "\(known.joined(separator: ", "))")
        case let .invalidMove(reason):
            return Message(.cannotMove, "\(reason)")
        case let .leadNotFound(id):
            return Message(.noLeadWithId, "\(id)")
        case let .conflict(conflict):
            return conflict.message
        case let .invalidInput(message), let .notPermitted(message), let .storage(message), let .busy(message):
            return message
        }
    }

    /// The English text, for logs and tests.
    public var description: String { message.description }

    public func text(_ strings: Strings) -> String { strings(message) }
}
