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

    /// The head as the chains record it now, unverified (inside the caller's transaction): what a
    /// meeting's minutes name at its close, and `handoff check --expect-head` verifies later.
    func recordedHistoryHead() throws -> String? {
        var heads: [String: (id: Int64, hash: SHA256Digest)] = [:]
        for row in try connection.prepare("SELECT log, last_id, hash FROM chain_heads").rows(
            [], { ($0.string(0), $0.int64(1), SHA256Digest(bytes: $0.blob(2))) })
        {
            if let hash = row.2 { heads[row.0] = (row.1, hash) }
        }
        let empty = (id: Int64(0), hash: SHA256Digest.zero)
        guard !heads.isEmpty else { return nil }
        return HistoryRecord.head(
            events: heads[HistoryChain.Log.events.rawValue] ?? empty, boardEvents: heads[HistoryChain.Log.boardEvents.rawValue] ?? empty)
    }
}
