/// The two one-line prompts at the bottom of the screen; each keeps its own history.
public enum PromptKind: String, Sendable, Equatable, Hashable, CaseIterable {
    /// `:` commands.
    case command
    /// `/` filter queries.
    case filter

    public var symbol: String { self == .command ? ":" : "/" }
}
