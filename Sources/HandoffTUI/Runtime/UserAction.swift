/// Everything a key can ask for. The key map binds keys to these; `?` lists them.
public enum UserAction: String, Sendable, CaseIterable {
    case columnLeft, columnRight, leadUp, leadDown, firstLead, lastLead, pageUp, pageDown
    case moveBack, moveForward
    case openDetail
    case showHelp
    case back
    case quit
    case scrollUp, scrollDown
    case showBoard, nextView, previousView
    case openCommandLine, openPalette
    case submitForm, cancelForm, nextField, previousField, previousChoice, nextChoice, deleteBackward
    case showInbox
    case accept, acceptFor, reject, toggleMark, clearMarks, cycleInboxFilter, cycleFeedbackPeriod, toggleFeedbackGrouping
    case markWon, markLost, addNote, newLead, editLead
    case undo, redo
    case showDashboard, previousPeriod, nextPeriod, cyclePeriod, customPeriod, nextFigure, previousFigure, firstFigure, lastFigure
    case sortReps, sortCampaigns, showFormula
    case openMeeting, nextItem, previousItem, firstItem, lastItem, toggleDiscussed, addActionItem, markActionDone, closeMeeting,
        toggleLargeText, leaveMeeting
    case openLine, writeNote, deleteLine, editAttendees, toggleTimebox, reassign
    case openFilter, clearFilter, nextMatch, previousMatch
    case complete, completeBack, historyPrevious, historyNext, clearLine, deleteWord
    case paletteUp, paletteDown
    case showScoring, raiseWhatIf, lowerWhatIf, resetWhatIf
    case confirmImport
    case recordSatisfaction, addFollowUp, followUpDone, editAccount, newDeal, referLead
    case showContent, showInsights, addInsight, sendContent
    case pieceLeft, pieceRight, pieceUp, pieceDown, firstPiece, lastPiece, movePieceBack, movePieceForward, openPiece
    case newPiece, editPiece, approvePiece, addCoAuthor, linkInsight
    case themeUp, themeDown, firstTheme, lastTheme, cycleInsightGrouping, cycleInsightPeriod, openTheme, closeTheme, leaveTheme,
        markAnswered
}
