import HandoffCore

/// One line of the key map: which keys, in which context, do what, and how help describes it.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: UserAction
    public var contexts: [KeyContext]
    /// Shown by help and the palette in the person's language.
    public var summary: StringKey

    public init(_ keys: [Key], _ action: UserAction, in contexts: [KeyContext], _ summary: StringKey) {
        self.keys = keys
        self.action = action
        self.contexts = contexts
        self.summary = summary
    }
}
