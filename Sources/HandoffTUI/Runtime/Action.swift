import HandoffCore
import HandoffStore

/// Everything that can happen to the app: keys, the mouse, time, and the results of effects.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case tick(now: Int64)
    case resized(width: Int, height: Int)
    /// A fresh read of the visible columns (after a write, a scroll, or another terminal's change),
    /// with the whole board's count and, while a filter is active, how many leads match it;
    /// `selecting` names the column to select when the selection followed a lead moved elsewhere.
    case columnsLoaded([ColumnState], totalLeads: Int, matchingLeads: Int?, selecting: Int? = nil)
    case columnLoaded(index: Int, ColumnState)
    /// A lead was found for `:goto`: select this column, whose window now starts at the lead.
    case located(column: Int, ColumnState)
    /// `:goto` named a lead the filter hides: the filter is dropped so the lead can be shown.
    case filterHides(leadID: Int64)
    case detailLoaded(DetailState)
    /// The store carried out `command` and wrote `event` (the last, for several leads), about the
    /// lead named `leadName`; `message` is the line said for it, unless the event says more.
    case commandSucceeded(Command, LeadEvent, leadName: String?, message: String)
    case commandFailed(HandoffError)
    /// A fresh window of the inbox, its counts and its marked leads.
    case inboxLoaded(InboxState)
    case feedbackLoaded(FeedbackReport)
    case referenceLoaded(ReferenceData)
    /// The stages as they are now, after someone renamed one or changed its settings.
    case pipelineLoaded(Pipeline)
    case dashboardLoaded(KPIReport)
    case meetingLoaded(MeetingAgenda)
    /// A meeting change was recorded; `closed` when it was the close.
    case meetingChanged(MeetingAgenda, message: String, closed: Bool)
    /// Opens the meeting as `handoff meeting` asks: the layout, a clock per item, and whether this
    /// screen follows the chair's.
    case startMeeting(large: Bool, timebox: Int64?, follow: Bool)
    /// Where the chair's meeting screen stands now, for a screen that follows it (nil: none open).
    case followed(MeetingPosition?)
    /// A deal was won, here or on another terminal: celebrate it.
    case celebrate(Celebration, currency: String)
    case themeLoaded(Theme)
    case sourcesLoaded([String])
    /// Something to tell the person that no key of theirs caused: a theme file that could not be
    /// used, another terminal's change to the lead they look at.
    case notice(StatusMessage)
    /// The board's server is out of reach: reads keep what is on screen, and a form whose write
    /// did not go through comes back with what was typed.
    case serverUnreachable(String)
    /// A lead is now at `version` (read after another terminal's change).
    case leadChanged(id: Int64, version: Int)
    /// Who else has the board open now.
    case presenceLoaded([PresenceEntry])
    case scoringLoaded(ScoringOverview)
    case leadScoreLoaded(LeadScore?)
    case importPreviewLoaded(ImportPreview)
    case importFinished(ImportReport)
    /// How far the import being run has got (drawn while it runs).
    case importProgress(ImportProgress)
    case accountLoaded(AccountDetailState)
    /// The store carried out an account command; `message` is the line said for it.
    case accountCommandSucceeded(AccountCommand, AccountChange, message: String)
    case contentLoaded(ContentBoard)
    case reachLoaded(ContentReach)
    case pieceLoaded(PieceDetail)
    /// A change to a piece was made: the piece as it is now, and the line said for it.
    case contentChanged(ContentPiece, message: String)
    case insightsLoaded([InsightTheme], drill: [Insight]?)
}
