/// One line of the key map: which keys, in which context, do what, and how help describes it.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: UserAction
    public var contexts: [KeyContext]
    public var summary: String

    public init(_ keys: [Key], _ action: UserAction, in contexts: [KeyContext], _ summary: String) {
        self.keys = keys
        self.action = action
        self.contexts = contexts
        self.summary = summary
    }
}
