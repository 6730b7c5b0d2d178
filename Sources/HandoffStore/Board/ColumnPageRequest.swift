/// One column's page among several read together (see `Store.pages`): where it starts and how many
/// leads it holds, in board order (newest arrival first).
public struct ColumnPageRequest: Sendable, Equatable {
    public enum Start: Sendable, Equatable {
        /// The column's first leads.
        case top
        /// From the cursor itself, or just after where it was if that lead has left the column.
        case from(BoardCursor)
    }

    public var stage: String
    public var start: Start
    public var limit: Int

    public init(stage: String, start: Start, limit: Int) {
        self.stage = stage
        self.start = start
        self.limit = limit
    }
}
