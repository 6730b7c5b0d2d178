/// Where the inbox's parts go for a terminal size; the runtime fetches exactly `rowsPerPage`.
public struct InboxLayout: Sendable, Equatable {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Tab bar, the inbox's title line, column names and a rule.
    public static let listTop = 4

    /// The feedback panel takes the lower third, and disappears on short terminals.
    public var feedbackHeight: Int { height < 22 ? 0 : min(14, max(7, height / 3)) }
    public var feedbackTop: Int { height - BoardLayout.footerHeight - feedbackHeight }
    public var rowsPerPage: Int { max(1, feedbackTop - InboxLayout.listTop - (feedbackHeight > 0 ? 1 : 0)) }
}
