/// The single source of truth for keys: the update loop dispatches through it and the help screen
/// is generated from it, so help can never disagree with behaviour.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    public func action(for key: Key, in context: KeyContext) -> UserAction? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    public static let standard = KeyMap(bindings: [
        KeyBinding([.character("h"), .left], .columnLeft, in: [.board], "previous column"),
        KeyBinding([.character("l"), .right], .columnRight, in: [.board], "next column"),
        KeyBinding([.character("k"), .up], .leadUp, in: [.board], "previous lead"),
        KeyBinding([.character("j"), .down], .leadDown, in: [.board], "next lead"),
        KeyBinding([.character("g"), .home], .firstLead, in: [.board], "first lead of the column"),
        KeyBinding([.character("G"), .end], .lastLead, in: [.board], "last lead of the column"),
        KeyBinding([.pageUp, .control("u")], .pageUp, in: [.board], "page up"),
        KeyBinding([.pageDown, .control("d")], .pageDown, in: [.board], "page down"),
        KeyBinding([.character("H"), .character("<")], .moveBack, in: [.board], "move the lead to the previous stage"),
        KeyBinding([.character("L"), .character(">")], .moveForward, in: [.board], "move the lead to the next stage"),
        KeyBinding([.enter], .openDetail, in: [.board], "lead detail: fields and history"),
        KeyBinding([.character("k"), .up], .scrollUp, in: [.detail, .help], "scroll up"),
        KeyBinding([.character("j"), .down], .scrollDown, in: [.detail, .help], "scroll down"),
        KeyBinding([.character("?")], .showHelp, in: [.board, .detail], "this help"),
        KeyBinding([.escape, .character("q")], .back, in: [.detail, .help], "close"),
        KeyBinding([.character("q")], .quit, in: [.board], "quit"),
    ])
}
