import HandoffCore

/// The inbox: leads waiting in the handoff stage, oldest handoff first. With one service level
/// that is the order of time left; the clock of each row uses its owner's team's level. Pages are
/// keyset pages over `leads_board` (stage, entered_at, id), like the board's columns.
extension Store {
    /// What the inbox filters need to know about the person looking and the time.
    public struct InboxQuery: Sendable, Equatable {
        public var filter: InboxFilter
        public var user: String
        public var now: Int64
        /// The `/` filter, which narrows the inbox as it narrows the board.
        public var search: LeadSearch?

        public init(filter: InboxFilter, user: String, now: Int64, search: LeadSearch? = nil) {
            self.filter = filter
            self.user = user
            self.now = now
            self.search = search
        }
    }

    /// Up to `limit` inbox rows strictly after `cursor` (or from the start).
    public func inbox(_ query: InboxQuery, after cursor: BoardCursor?, limit: Int) throws -> [InboxItem] {
        try inboxRows(query, cursor: cursor, comparison: ">", order: "ASC", limit: limit)
    }

    /// Up to `limit` inbox rows starting at `cursor` itself: a reload keeps the window in place.
    public func inbox(_ query: InboxQuery, from cursor: BoardCursor, limit: Int) throws -> [InboxItem] {
        try inboxRows(query, cursor: cursor, comparison: ">=", order: "ASC", limit: limit)
    }

    /// Up to `limit` rows just before `cursor` (or the last ones), in inbox order.
    public func inbox(_ query: InboxQuery, before cursor: BoardCursor?, limit: Int) throws -> [InboxItem] {
        try inboxRows(query, cursor: cursor, comparison: "<", order: "DESC", limit: limit).reversed()
    }

    /// How many rows match, and how many of those come before `cursor`.
    public func inboxCount(_ query: InboxQuery, before cursor: BoardCursor? = nil) throws -> Int {
        guard let stage = pipeline.handoffStage?.id else { return 0 }
        var values: [DatabaseValue] = [.text(stage)]
        var sql = "SELECT count(*) FROM leads WHERE stage = ?" + (try filterClause(query, values: &values))
        if let cursor {
            sql += " AND (entered_at, id) < (\(connection.dialect.integer()), \(connection.dialect.integer()))"
            values += [.integer(cursor.enteredAt), .integer(cursor.id)]
        }
        let statement = try connection.prepare(sql)
        return try statement.rows(values) { $0.int(0) }.first ?? 0
    }

    private func inboxRows(_ query: InboxQuery, cursor: BoardCursor?, comparison: String, order: String, limit: Int) throws -> [InboxItem] {
        guard let stage = pipeline.handoffStage?.id else { return [] }
        var values: [DatabaseValue] = [.text(stage)]
        // Who handed the lead off: the latest event that brought it into the stage, an undo aside
        // (undoing an answer puts the lead back where its handoff left it).
        var sql = """
            SELECT \(Store.leadColumns), (SELECT e.actor FROM events e WHERE e.lead_id = leads.id AND e.to_stage = leads.stage
                                          AND e.kind <> 'undone' ORDER BY e.at DESC, e.id DESC LIMIT 1)
            FROM leads WHERE stage = ?
            """
        sql += try filterClause(query, values: &values)
        if let cursor {
            sql += " AND (entered_at, id) \(comparison) (\(connection.dialect.integer()), \(connection.dialect.integer()))"
            values += [.integer(cursor.enteredAt), .integer(cursor.id)]
        }
        sql += " ORDER BY entered_at \(order), id \(order) LIMIT ?"
        values.append(.integer(Int64(limit)))
        let levels = try serviceLevels()
        let teams = Dictionary(try members().map { ($0.login, $0.team) }, uniquingKeysWith: { first, _ in first })
        return try connection.prepare(sql).rows(values) { row in
            let lead = Store.lead(from: row)
            return InboxItem(
                lead: lead, handedOffBy: row.optionalString(Store.leadColumnCount),
                serviceLevel: ServiceLevel.choose(team: lead.owner.flatMap { teams[$0] }, from: levels))
        }
    }

    /// The filter as SQL made only of fixed text and bound values. "Overdue" compares the handoff
    /// time with each team's cutoff, so it stays one indexed range however large the board is.
    private func filterClause(_ query: InboxQuery, values: inout [DatabaseValue]) throws -> String {
        try inboxFilterClause(query, values: &values) + searchClause(query.search, values: &values)
    }

    private func inboxFilterClause(_ query: InboxQuery, values: inout [DatabaseValue]) throws -> String {
        switch query.filter {
        case .all:
            return ""
        case .mine:
            values.append(.text(query.user))
            return " AND owner = ?"
        case .unassigned:
            return " AND owner IS NULL"
        case .overdue:
            let levels = try serviceLevels()
            let dialect = connection.dialect
            var clause = " AND entered_at < CASE coalesce((SELECT team FROM members WHERE login = leads.owner), 'sales')"
            for (team, level) in levels.sorted(by: { $0.key < $1.key }) {
                clause += " WHEN ? THEN \(dialect.integer())"
                values += [.text(team), .integer(level.overdueBefore(now: query.now))]
            }
            clause += " ELSE \(dialect.integer()) END"
            values.append(.integer(ServiceLevel.choose(team: nil, from: levels).overdueBefore(now: query.now)))
            return clause
        }
    }
}
