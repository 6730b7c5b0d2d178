/// The short line under the board after each action: what happened, or what went wrong.
public struct StatusMessage: Sendable, Equatable {
    public enum Tone: Sendable, Equatable { case info, success, error }

    public var text: String
    public var tone: Tone
    /// The lead whose present state the line describes ("now in Negotiation"), at the version it
    /// describes; once that lead changes again the line is no longer true and is dropped.
    public var leadID: Int64?
    public var leadVersion: Int?

    public init(_ text: String, tone: Tone = .info, leadID: Int64? = nil, leadVersion: Int? = nil) {
        self.text = text
        self.tone = tone
        self.leadID = leadID
        self.leadVersion = leadVersion
    }
}
