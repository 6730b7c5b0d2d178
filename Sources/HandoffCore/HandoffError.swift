/// Every failure a user can meet, phrased for the user: what was wrong and what to do.
public enum HandoffError: Error, Equatable, CustomStringConvertible, Sendable {
    case unknownStage(String, known: [String])
    case invalidMove(String)
    case leadNotFound(Int64)
    /// Someone else changed the lead first; nothing was overwritten.
    case conflict(LeadConflict)
    case invalidInput(String)
    case notPermitted(String)
    case storage(String)
    /// Other writers kept the board locked longer than the wait allows; nothing was written.
    case busy(String)

    public var description: String {
        switch self {
        case let .unknownStage(id, known):
            return "unknown stage '\(id)'; stages are: \(known.joined(separator: ", "))"
        case let .invalidMove(reason):
            return "cannot move: \(reason)"
        case let .leadNotFound(id):
            return "no lead with id \(id)"
        case let .conflict(conflict):
            return conflict.description
        case let .invalidInput(message), let .notPermitted(message), let .storage(message), let .busy(message):
            return message
        }
    }
}
