import HandoffCore
import HandoffStore

/// Work that `update` asks for and the runtime carries out against the store; results come back
/// as actions, so `update` itself stays pure and testable without a database.
public enum Effect: Sendable, Equatable {
    /// Re-read every visible column, keeping each window's position and the selected lead; with
    /// `following`, select that lead instead, wherever it is now (the lead a change was about).
    case reloadColumns(following: Int64? = nil)
    /// Shift one column's window by `delta` rows (negative: up).
    case scroll(column: Int, delta: Int, select: Selection)
    case jumpToTop(column: Int)
    case jumpToBottom(column: Int)
    case run(Command, successMessage: String)
    case loadDetail(leadID: Int64)
    /// Bring a lead into view on the board and select it.
    case locate(leadID: Int64)
    case quit
    /// Re-read the inbox window in place, its counts, and which marked leads still wait.
    case reloadInbox
    case scrollInbox(delta: Int, select: Selection)
    case jumpInbox(toTop: Bool)
    case loadFeedback
    case loadReference
    /// Read the dashboard's figures for its period.
    case loadDashboard(KPIPeriod)
    /// Read the meeting agenda as it stands now.
    case loadMeeting
    /// Record something in the running meeting, then read the agenda again.
    case meeting(MeetingChange)
    /// Read a theme file by name or path (`:theme`).
    case loadTheme(String)
    /// The leads' sources, for completing `source:`: an aggregate over every lead, so it is read
    /// when a line that completes it opens, not on every change.
    case loadSources
    /// The scoring panel: versions, open leads by score, calibration.
    case loadScoring
    /// The lead selected on the board when the effect runs (not when it was asked for: an earlier
    /// effect of the same action may have moved the selection) explained by the definition in force.
    case loadSelectedLeadScore
    /// `:import`: read the start of a file for the preview; then import it.
    case previewImport(path: String, options: ImportOptions)
    case runImport(path: String, options: ImportOptions)
    /// An account's detail, read afresh.
    case loadAccount(accountID: Int64)
    /// A change to an account; then the board is read again with the selection on that account.
    case runAccount(AccountCommand, successMessage: String)
    /// Re-read the board like `reloadColumns`, selecting this account wherever it is now.
    case reloadBoard(followingAccount: Int64)
    /// Names the customer that referred a lead, found by the number or name the person typed.
    case referLead(leadID: Int64, account: String, expectedVersion: Int, leadName: String)
    /// The content view's pieces (always: the forms offer them), with the selected piece's
    /// figures while the view is on screen.
    case loadContent
    /// The selected piece's figures, after the selection moved.
    case loadReach(pieceID: Int64)
    /// One piece in full, for its panel.
    case loadPiece(Int64)
    /// A change to the content pipeline; the view and the open panel are read again after it.
    case runContent(ContentChange, successMessage: String)
    /// The insights panel's groups for its period, and the opened group's insights.
    case loadInsights

    /// Which row to select after a scroll: keep the same index, or the first or last row.
    public enum Selection: Sendable, Equatable { case same, first, last }
}
