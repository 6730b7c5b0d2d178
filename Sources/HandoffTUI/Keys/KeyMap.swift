/// The single source of truth for keys: the update loop dispatches through it and the help screen
/// and the Ctrl-P palette are generated from it, so neither can disagree with behaviour.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action for a key in a context; views also fall back to the global keys, panels do not.
    public func action(for key: Key, in context: KeyContext) -> UserAction? {
        action(for: key, in: context.isOverlay ? [context] : [context, .global])
    }

    /// The first binding of `key` in the first context that has one: contexts are tried in order,
    /// so `[.filter, .board, .global]` lets the filter's `n` win over the board's.
    public func action(for key: Key, in contexts: [KeyContext]) -> UserAction? {
        for context in contexts {
            if let action = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) })?.action { return action }
        }
        return nil
    }

    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    // `n` is "new lead" as DESIGN.md has it, and "next match" while a filter is active (the
    // `.filter` context is tried first then). `+` always makes a new lead, so it is never out of reach.
    public static let standard = KeyMap(bindings: [
        KeyBinding([.character("h"), .left], .columnLeft, in: [.board, .scoring], .keyColumnLeft),
        KeyBinding([.character("l"), .right], .columnRight, in: [.board, .scoring], .keyColumnRight),
        KeyBinding([.character("k"), .up], .leadUp, in: [.board, .inbox, .scoring], .keyLeadUp),
        KeyBinding([.character("j"), .down], .leadDown, in: [.board, .inbox, .scoring], .keyLeadDown),
        KeyBinding([.character("g"), .home], .firstLead, in: [.board, .inbox, .scoring], .keyFirstLead),
        KeyBinding([.character("G"), .end], .lastLead, in: [.board, .inbox, .scoring], .keyLastLead),
        KeyBinding([.pageUp, .control("u")], .pageUp, in: [.board, .inbox, .scoring], .keyPageUp),
        KeyBinding([.pageDown, .control("d")], .pageDown, in: [.board, .inbox, .scoring], .keyPageDown),
        KeyBinding([.character("H"), .character("<")], .moveBack, in: [.board], .keyMoveBack),
        KeyBinding([.character("L"), .character(">")], .moveForward, in: [.board], .keyMoveForward),
        KeyBinding([.enter], .openDetail, in: [.board, .inbox, .scoring], .keyOpenDetail),
        KeyBinding([.character("a")], .accept, in: [.inbox, .board, .detail], .keyAccept),
        KeyBinding([.character("A")], .acceptFor, in: [.inbox, .board, .detail], .keyAcceptFor),
        KeyBinding([.character("x")], .reject, in: [.inbox, .board, .detail], .keyReject),
        KeyBinding([.character("r")], .reassign, in: [.detail], .keyReassign),
        KeyBinding([.character("i")], .addInsight, in: [.board, .inbox, .detail], .keyAddInsight),
        KeyBinding([.character("s")], .sendContent, in: [.detail, .board], .keySendContent),
        KeyBinding([.character("v")], .toggleMark, in: [.inbox], .keyToggleMark),
        KeyBinding([.escape], .clearMarks, in: [.inbox], .keyClearMarks),
        KeyBinding([.character("f")], .cycleInboxFilter, in: [.inbox], .keyCycleInboxFilter),
        KeyBinding([.character("p")], .cycleFeedbackPeriod, in: [.inbox], .keyCycleFeedbackPeriod),
        KeyBinding([.character("b")], .toggleFeedbackGrouping, in: [.inbox], .keyToggleFeedbackGrouping),
        KeyBinding([.character("+")], .raiseWhatIf, in: [.scoring], .keyRaiseWhatIf),
        KeyBinding([.character("-")], .lowerWhatIf, in: [.scoring], .keyLowerWhatIf),
        KeyBinding([.character("=")], .resetWhatIf, in: [.scoring], .keyResetWhatIf),
        KeyBinding([.character("w")], .markWon, in: [.board], .keyMarkWon),
        KeyBinding([.character("o")], .markLost, in: [.board], .keyMarkLost),
        KeyBinding([.character("c")], .addNote, in: [.board, .inbox, .detail], .keyAddNote),
        KeyBinding([.character("n"), .character("+")], .newLead, in: [.board, .inbox], .keyNewLead),
        KeyBinding([.character("e")], .editLead, in: [.board, .inbox], .keyEditLead),
        KeyBinding([.escape], .clearFilter, in: [.board], .keyClearFilter),
        KeyBinding([.character("n")], .nextMatch, in: [.filter], .keyNextMatch),
        KeyBinding([.character("N")], .previousMatch, in: [.filter], .keyPreviousMatch),
        KeyBinding([.character("k"), .up], .scrollUp, in: [.detail, .help, .importPanel], .keyScrollUp),
        KeyBinding([.character("j"), .down], .scrollDown, in: [.detail, .help, .importPanel], .keyScrollDown),
        KeyBinding([.enter, .character("y")], .confirmImport, in: [.importPanel], .keyConfirmImport),
        KeyBinding([.character("]")], .nextPeriod, in: [.dashboard], .keyNextPeriod),
        KeyBinding([.character("[")], .previousPeriod, in: [.dashboard], .keyPreviousPeriod),
        KeyBinding([.character("p")], .cyclePeriod, in: [.dashboard], .keyCyclePeriod),
        KeyBinding([.character("P")], .customPeriod, in: [.dashboard], .keyCustomPeriod),
        KeyBinding([.character("j"), .down], .nextFigure, in: [.dashboard], .keyNextFigure),
        KeyBinding([.character("k"), .up], .previousFigure, in: [.dashboard], .keyPreviousFigure),
        KeyBinding([.character("g"), .home], .firstFigure, in: [.dashboard], .keyFirstFigure),
        KeyBinding([.character("G"), .end], .lastFigure, in: [.dashboard], .keyLastFigure),
        KeyBinding([.character("s")], .sortReps, in: [.dashboard], .keySortReps),
        KeyBinding([.character("S")], .sortCampaigns, in: [.dashboard], .keySortCampaigns),
        KeyBinding([.character("?"), .enter], .showFormula, in: [.dashboard], .keyShowFormula),
        KeyBinding([.character("n"), .character("l"), .right, .character(" ")], .nextItem, in: [.meeting], .keyNextItem),
        KeyBinding([.character("p"), .character("h"), .left], .previousItem, in: [.meeting], .keyPreviousItem),
        KeyBinding([.character("g"), .home], .firstItem, in: [.meeting], .keyFirstItem),
        KeyBinding([.character("G"), .end], .lastItem, in: [.meeting], .keyLastItem),
        KeyBinding([.character("j"), .down], .scrollDown, in: [.meeting], .keyScrollItemDown),
        KeyBinding([.character("k"), .up], .scrollUp, in: [.meeting], .keyScrollItemUp),
        KeyBinding([.character("d")], .toggleDiscussed, in: [.meeting], .keyToggleDiscussed),
        KeyBinding([.character("a")], .addActionItem, in: [.meeting], .keyAddActionItem),
        KeyBinding([.character("t")], .markActionDone, in: [.meeting], .keyMarkActionDone),
        KeyBinding([.enter], .openLine, in: [.meeting], .keyOpenLine),
        KeyBinding([.character("w")], .writeNote, in: [.meeting], .keyWriteNote),
        KeyBinding([.character("x")], .deleteLine, in: [.meeting], .keyDeleteLine),
        KeyBinding([.character("A")], .editAttendees, in: [.meeting], .keyEditAttendees),
        KeyBinding([.character("T")], .toggleTimebox, in: [.meeting], .keyToggleTimebox),
        KeyBinding([.character("C")], .closeMeeting, in: [.meeting], .keyCloseMeeting),
        KeyBinding([.character("z")], .toggleLargeText, in: [.meeting], .keyToggleLargeText),
        KeyBinding([.escape, .character("q")], .leaveMeeting, in: [.meeting], .keyLeaveMeeting),
        KeyBinding([.character("h"), .left], .pieceLeft, in: [.content], .keyPieceLeft),
        KeyBinding([.character("l"), .right], .pieceRight, in: [.content], .keyPieceRight),
        KeyBinding([.character("k"), .up], .pieceUp, in: [.content], .keyPieceUp),
        KeyBinding([.character("j"), .down], .pieceDown, in: [.content], .keyPieceDown),
        KeyBinding([.character("g"), .home], .firstPiece, in: [.content], .keyFirstPiece),
        KeyBinding([.character("G"), .end], .lastPiece, in: [.content], .keyLastPiece),
        KeyBinding([.character("H"), .character("<")], .movePieceBack, in: [.content], .keyMovePieceBack),
        KeyBinding([.character("L"), .character(">")], .movePieceForward, in: [.content], .keyMovePieceForward),
        KeyBinding([.enter], .openPiece, in: [.content], .keyOpenPiece),
        KeyBinding([.character("n"), .character("+")], .newPiece, in: [.content], .keyNewPiece),
        KeyBinding([.character("e")], .editPiece, in: [.content, .piece], .keyEditPiece),
        KeyBinding([.character("a")], .approvePiece, in: [.content, .piece], .keyApprovePiece),
        KeyBinding([.character("c")], .addCoAuthor, in: [.content, .piece], .keyAddCoAuthor),
        KeyBinding([.character("i")], .linkInsight, in: [.content, .piece], .keyLinkInsight),
        KeyBinding([.character("k"), .up], .scrollUp, in: [.piece], .keyScrollUp),
        KeyBinding([.character("j"), .down], .scrollDown, in: [.piece], .keyScrollDown),
        KeyBinding([.escape, .character("q")], .back, in: [.piece], .keyBack),
        KeyBinding([.character("k"), .up], .themeUp, in: [.insights], .keyThemeUp),
        KeyBinding([.character("j"), .down], .themeDown, in: [.insights], .keyThemeDown),
        KeyBinding([.character("g"), .home], .firstTheme, in: [.insights], .keyFirstTheme),
        KeyBinding([.character("G"), .end], .lastTheme, in: [.insights], .keyLastTheme),
        KeyBinding([.character("b")], .cycleInsightGrouping, in: [.insights], .keyCycleInsightGrouping),
        KeyBinding([.character("p")], .cycleInsightPeriod, in: [.insights], .keyCycleInsightPeriod),
        KeyBinding([.enter], .openTheme, in: [.insights], .keyOpenTheme),
        KeyBinding([.character("a")], .markAnswered, in: [.insights], .keyMarkAnswered),
        KeyBinding([.escape], .closeTheme, in: [.insights], .keyCloseTheme),
        KeyBinding([.character("q")], .leaveTheme, in: [.insights], .keyLeaveTheme),
        KeyBinding([.character("?")], .showHelp, in: [.content, .insights, .piece], .keyShowHelp),
        KeyBinding([.character("q")], .quit, in: [.content], .keyQuit),
        KeyBinding([.character("?")], .showHelp, in: [.board, .inbox, .scoring, .detail, .meeting], .keyShowHelp),
        KeyBinding([.escape, .character("q")], .back, in: [.detail, .help, .importPanel], .keyBack),
        KeyBinding([.character("q")], .quit, in: [.board, .inbox, .scoring, .dashboard], .keyQuit),
        KeyBinding([.character("1")], .showBoard, in: [.global], .keyShowBoard),
        KeyBinding([.character("2")], .showInbox, in: [.global], .keyShowInbox),
        KeyBinding([.character("3")], .showScoring, in: [.global], .keyShowScoring),
        KeyBinding([.character("4")], .showDashboard, in: [.global], .keyShowDashboard),
        KeyBinding([.character("5")], .showContent, in: [.global], .keyShowContent),
        KeyBinding([.character("6")], .showInsights, in: [.global], .keyShowInsights),
        KeyBinding([.character("m")], .openMeeting, in: [.global], .keyOpenMeeting),
        KeyBinding([.character("u")], .undo, in: [.global], .keyUndo),
        KeyBinding([.control("r")], .redo, in: [.global], .keyRedo),
        KeyBinding([.tab], .nextView, in: [.global], .keyNextView),
        KeyBinding([.backTab], .previousView, in: [.global], .keyPreviousView),
        KeyBinding([.character("/")], .openFilter, in: [.global], .keyOpenFilter),
        KeyBinding([.character(":")], .openCommandLine, in: [.global], .keyOpenCommandLine),
        KeyBinding([.control("p")], .openPalette, in: [.global], .keyOpenPalette),
        KeyBinding([.enter], .submitForm, in: [.form, .prompt], .keySubmitForm),
        KeyBinding([.escape], .cancelForm, in: [.form, .prompt, .palette], .keyCancelForm),
        KeyBinding([.tab, .down], .nextField, in: [.form], .keyNextField),
        KeyBinding([.backTab, .up], .previousField, in: [.form], .keyPreviousField),
        KeyBinding([.left], .previousChoice, in: [.form], .keyPreviousChoice),
        KeyBinding([.right], .nextChoice, in: [.form], .keyNextChoice),
        KeyBinding([.backspace], .deleteBackward, in: [.form, .prompt, .palette], .keyDeleteBackward),
        KeyBinding([.tab], .complete, in: [.prompt], .keyComplete),
        KeyBinding([.backTab], .completeBack, in: [.prompt], .keyCompleteBack),
        KeyBinding([.up], .historyPrevious, in: [.prompt], .keyHistoryPrevious),
        KeyBinding([.down], .historyNext, in: [.prompt], .keyHistoryNext),
        KeyBinding([.control("u")], .clearLine, in: [.form, .prompt, .palette], .keyClearLine),
        KeyBinding([.control("w")], .deleteWord, in: [.form, .prompt, .palette], .keyDeleteWord),
        KeyBinding([.up, .control("p"), .backTab], .paletteUp, in: [.palette], .keyPaletteUp),
        KeyBinding([.down, .control("n"), .tab], .paletteDown, in: [.palette], .keyPaletteDown),
        KeyBinding([.enter], .submitForm, in: [.palette], .keyRunAction),
    ])
}
