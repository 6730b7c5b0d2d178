/// Where the inbox's parts go for a terminal size; the runtime fetches exactly `rowsPerPage`.
/// The person's follow-ups with customers, when some are due, take a few lines above the
/// feedback panel.
public struct InboxLayout: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Follow-ups to show (at most `maximumFollowUps` are).
    public let followUps: Int
    public static let maximumFollowUps = 3

    public init(width: Int, height: Int, followUps: Int = 0) {
        self.width = width
        self.height = height
        self.followUps = followUps
    }

    /// Tab bar, the inbox's title line, column names and a rule.
    public static let listTop = 4

    /// The feedback panel takes the lower third, and disappears on short terminals.
    public var feedbackHeight: Int { height < 22 ? 0 : min(14, max(7, height / 3)) }
    public var feedbackTop: Int { height - BoardLayout.footerHeight - feedbackHeight }
    /// A title and a line per follow-up; none on short terminals, where the list needs the room.
    public var followUpHeight: Int { followUps == 0 || height < 22 ? 0 : min(followUps, InboxLayout.maximumFollowUps) + 1 }
    public var followUpTop: Int { feedbackTop - followUpHeight }
    public var rowsPerPage: Int { max(1, followUpTop - InboxLayout.listTop - (feedbackHeight + followUpHeight > 0 ? 1 : 0)) }
}
