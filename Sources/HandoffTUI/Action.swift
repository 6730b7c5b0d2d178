import HandoffCore
import HandoffStore

/// Everything that can happen to the app: keys, time, and the results of effects.
public enum Action: Sendable {
    case key(Key)
    case tick(now: Int64)
    case resized(width: Int, height: Int)
    /// A fresh read of the visible columns (after a write, a scroll, or another terminal's change).
    case columnsLoaded([ColumnState], totals: [String: StageTotal])
    case columnLoaded(index: Int, ColumnState)
    /// A lead was found for `:goto`: select this column, whose window now starts at the lead.
    case located(column: Int, ColumnState)
    case detailLoaded(DetailState)
    case commandSucceeded(LeadEvent, message: String)
    case commandFailed(HandoffError)
    /// A fresh window of the inbox, its counts and its marked leads.
    case inboxLoaded(InboxState)
    case feedbackLoaded(FeedbackReport)
    case referenceLoaded(ReferenceData)
    case scoringLoaded(ScoringOverview)
    case leadScoreLoaded(LeadScore?)
}
