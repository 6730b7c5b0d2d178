/// The short line under the board after each action: what happened, or what went wrong.
public struct StatusMessage: Sendable, Equatable {
    public enum Tone: Sendable, Equatable { case info, success, error }

    public var text: String
    public var tone: Tone

    public init(_ text: String, tone: Tone = .info) {
        self.text = text
        self.tone = tone
    }
}
