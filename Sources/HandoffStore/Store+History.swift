import HandoffCore

/// The history's head, for the meeting's minutes: what `handoff check --print-head` prints, after
/// the same verification of both chains (see `HistoryCheck`).
extension Store {
    /// The head when both chains hold from their first entry; nil, with how many problems were
    /// found, when they do not.
    public func verifiedHistoryHead() throws -> (head: String?, problems: Int) {
        try connection.execute("BEGIN")
        defer { try? connection.execute("COMMIT") }
        let events = try HistoryCheck(connection: connection, log: .events, wanted: nil).run(limit: BoardCheck.problemLimit)
        let board = try HistoryCheck(connection: connection, log: .boardEvents, wanted: nil).run(limit: BoardCheck.problemLimit)
        let problems = events.problems.count + board.problems.count
        return (problems == 0 ? HistoryRecord.head(events: events.last, boardEvents: board.last) : nil, problems)
    }
}
