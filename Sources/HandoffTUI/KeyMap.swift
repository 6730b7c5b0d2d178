/// The single source of truth for keys: the update loop dispatches through it and the help screen
/// is generated from it, so help can never disagree with behaviour.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action for a key in a context; views also fall back to the global keys.
    public func action(for key: Key, in context: KeyContext) -> UserAction? {
        if let action = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) })?.action { return action }
        guard context != .form && context != .detail && context != .help else { return nil }
        return bindings.first { $0.contexts.contains(.global) && $0.keys.contains(key) }?.action
    }

    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    public static let standard = KeyMap(bindings: [
        KeyBinding([.character("h"), .left], .columnLeft, in: [.board, .scoring], "previous column"),
        KeyBinding([.character("l"), .right], .columnRight, in: [.board, .scoring], "next column"),
        KeyBinding([.character("k"), .up], .leadUp, in: [.board, .inbox, .scoring], "previous lead"),
        KeyBinding([.character("j"), .down], .leadDown, in: [.board, .inbox, .scoring], "next lead"),
        KeyBinding([.character("g"), .home], .firstLead, in: [.board, .inbox, .scoring], "first lead (of the column)"),
        KeyBinding([.character("G"), .end], .lastLead, in: [.board, .inbox, .scoring], "last lead (of the column)"),
        KeyBinding([.pageUp, .control("u")], .pageUp, in: [.board, .inbox, .scoring], "page up"),
        KeyBinding([.pageDown, .control("d")], .pageDown, in: [.board, .inbox, .scoring], "page down"),
        KeyBinding([.character("H"), .character("<")], .moveBack, in: [.board], "move the lead to the previous stage"),
        KeyBinding([.character("L"), .character(">")], .moveForward, in: [.board], "move the lead to the next stage"),
        KeyBinding([.enter], .openDetail, in: [.board, .inbox, .scoring], "lead detail: fields, score, notes and history"),
        KeyBinding([.character("a")], .accept, in: [.inbox, .board], "accept: the lead (or the marked ones) becomes yours"),
        KeyBinding([.character("A")], .acceptFor, in: [.inbox, .board], "accept for a rep you choose"),
        KeyBinding([.character("x")], .reject, in: [.inbox, .board], "reject with a reason: back to nurturing"),
        KeyBinding([.character("v")], .toggleMark, in: [.inbox], "mark or unmark the lead for a bulk accept or reject"),
        KeyBinding([.escape], .clearMarks, in: [.inbox], "clear the marks"),
        KeyBinding([.character("f")], .cycleInboxFilter, in: [.inbox], "show all, mine, unassigned, overdue"),
        KeyBinding([.character("p")], .cycleFeedbackPeriod, in: [.inbox], "feedback period: 7, 30, 90, 365 days"),
        KeyBinding([.character("b")], .toggleFeedbackGrouping, in: [.inbox], "feedback by source or by campaign"),
        KeyBinding([.character("+")], .raiseWhatIf, in: [.scoring], "what-if threshold up 5: MQLs, precision, recall"),
        KeyBinding([.character("-")], .lowerWhatIf, in: [.scoring], "what-if threshold down 5"),
        KeyBinding([.character("=")], .resetWhatIf, in: [.scoring], "what-if back to the threshold in force"),
        KeyBinding([.character("w")], .markWon, in: [.board], "won: asks for the amount"),
        KeyBinding([.character("o")], .markLost, in: [.board], "lost: asks for a reason"),
        KeyBinding([.character("c")], .addNote, in: [.board, .inbox], "add a note or a next step"),
        KeyBinding([.character("n")], .newLead, in: [.board, .inbox], "new lead"),
        KeyBinding([.character("e")], .editLead, in: [.board, .inbox], "edit the lead"),
        KeyBinding([.character("k"), .up], .scrollUp, in: [.detail, .help], "scroll up"),
        KeyBinding([.character("j"), .down], .scrollDown, in: [.detail, .help], "scroll down"),
        KeyBinding([.character("?")], .showHelp, in: [.board, .inbox, .scoring, .detail], "this help"),
        KeyBinding([.escape, .character("q")], .back, in: [.detail, .help], "close"),
        KeyBinding([.character("q")], .quit, in: [.board, .inbox, .scoring], "quit"),
        KeyBinding([.character("1")], .showBoard, in: [.global], "the board"),
        KeyBinding([.character("2")], .showInbox, in: [.global], "the inbox: handed-off leads and feedback"),
        KeyBinding([.character("3")], .showScoring, in: [.global], "scoring: the definition, breakdowns, calibration"),
        KeyBinding([.character("u")], .undo, in: [.global], "undo your last change"),
        KeyBinding([.control("r")], .redo, in: [.global], "redo what you undid"),
        KeyBinding([.tab], .nextView, in: [.global], "next view"),
        KeyBinding([.backTab], .previousView, in: [.global], "previous view"),
        KeyBinding([.character(":")], .openCommandLine, in: [.global], "command line (goto LEAD, move STAGE, quit)"),
        KeyBinding([.enter], .submitForm, in: [.form], "save or run"),
        KeyBinding([.escape], .cancelForm, in: [.form], "cancel"),
        KeyBinding([.tab, .down], .nextField, in: [.form], "next field"),
        KeyBinding([.backTab, .up], .previousField, in: [.form], "previous field"),
        KeyBinding([.left], .previousChoice, in: [.form], "previous choice"),
        KeyBinding([.right], .nextChoice, in: [.form], "next choice"),
        KeyBinding([.backspace], .deleteBackward, in: [.form], "delete a character"),
    ])
}
