/// What a user asks for, from a key press or the command line; both go through the same path.
public enum Command: Sendable, Equatable {
    /// `expectedVersion` is the version the user saw; nil (scripts) means "whatever is current".
    case move(leadID: Int64, toStage: String, expectedVersion: Int?)
}
