/// One meeting as `handoff meeting list` shows it: when it ran, who chaired and attended, and how
/// much it got through. For a closed meeting with minutes, read from the minutes themselves, so
/// the list says what the minutes say however the board changed since.
public struct MeetingSummary: Sendable, Equatable {
    public var meeting: Meeting
    /// Where its agenda ended: the end of the second it was closed in, or now for the one running.
    public var until: Int64
    /// Names, as they were at the close.
    public var chair: String
    public var attendees: [String]
    public var items: Int
    public var discussed: Int
    public var decisions: Int
    public var actionItems: Int
    /// Whether its minutes were kept at the close (meetings closed before minutes existed have none).
    public var hasMinutes: Bool

    public init(
        meeting: Meeting, until: Int64, chair: String, attendees: [String], items: Int, discussed: Int, decisions: Int, actionItems: Int,
        hasMinutes: Bool
    ) {
        self.meeting = meeting
        self.until = until
        self.chair = chair
        self.attendees = attendees
        self.items = items
        self.discussed = discussed
        self.decisions = decisions
        self.actionItems = actionItems
        self.hasMinutes = hasMinutes
    }
}
