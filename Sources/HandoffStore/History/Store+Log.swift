import HandoffCore

/// The event log as `handoff log` prints it: every change, who made it and when, filtered by lead,
/// time or member. Each filter is an indexed range (events_lead, events_at, events_actor).
extension Store {
    public struct LogQuery: Sendable, Equatable {
        public var leadID: Int64?
        public var since: Int64?
        public var actor: String?

        public init(leadID: Int64? = nil, since: Int64? = nil, actor: String? = nil) {
            self.leadID = leadID
            self.since = since
            self.actor = actor
        }
    }

    /// The latest `limit` matching events, oldest first, with the lead's and the actor's names.
    public func log(_ query: LogQuery, limit: Int) throws -> [LogEntry] {
        var values: [DatabaseValue] = []
        let sql = """
            SELECT \(Store.eventColumns.split(separator: ",").map { "e." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")),
                   coalesce(l.name, ''), coalesce(m.name, f.name)
            FROM events e LEFT JOIN leads l ON l.id = e.lead_id LEFT JOIN members m ON m.login = e.actor
            LEFT JOIN former_members f ON f.login = e.actor
            """ + filter(query, values: &values) + " ORDER BY e.at DESC, e.id DESC LIMIT ?"
        values.append(.integer(Int64(limit)))
        let entries = try connection.prepare(sql).rows(values) { row in
            LogEntry(event: Store.event(from: row), leadName: row.string(10), actorName: row.optionalString(11))
        }
        // One lead's log holds its score changes too; the whole board's names each rescoring once,
        // as a board event.
        guard let leadID = query.leadID else { return entries.reversed() }
        let scored = try scoreChangeHistory(leadID: leadID, since: query.since, actor: query.actor)
        guard !scored.isEmpty else { return entries.reversed() }
        let leadName = try lead(id: leadID)?.name ?? ""
        var names: [String: String?] = [:]
        for entry in entries { names[entry.event.actor] = entry.actorName }
        let merged = try Store.newestFirst(entries.map(\.event), scored, limit: limit).map { event in
            if names[event.actor] == nil { names[event.actor] = try member(login: event.actor)?.name ?? formerName(login: event.actor) }
            return LogEntry(event: event, leadName: leadName, actorName: names[event.actor] ?? nil)
        }
        return merged.reversed()
    }

    /// Up to `limit` events written after event `id`, in the order they were written: what a
    /// watcher has not seen yet. Ids are never given twice, so none is missed or seen twice.
    public func log(after id: Int64, limit: Int) throws -> [LogEntry] {
        let sql = """
            SELECT \(Store.eventColumns.split(separator: ",").map { "e." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")),
                   coalesce(l.name, ''), coalesce(m.name, f.name)
            FROM events e LEFT JOIN leads l ON l.id = e.lead_id LEFT JOIN members m ON m.login = e.actor
            LEFT JOIN former_members f ON f.login = e.actor
            WHERE e.id > ? ORDER BY e.id LIMIT ?
            """
        return try connection.prepare(sql).rows([.integer(id), .integer(Int64(limit))]) { row in
            LogEntry(event: Store.event(from: row), leadName: row.string(10), actorName: row.optionalString(11))
        }
    }

    /// The id of the latest event, 0 on a board without any.
    public func latestEventID() throws -> Int64 {
        try connection.scalar("SELECT coalesce(max(id), 0) FROM events") ?? 0
    }

    /// How many events match, for "the latest N of M".
    public func logCount(_ query: LogQuery) throws -> Int {
        var values: [DatabaseValue] = []
        let sql = "SELECT count(*) FROM events e" + filter(query, values: &values)
        let events = try connection.prepare(sql).rows(values) { $0.int(0) }.first ?? 0
        guard let leadID = query.leadID else { return events }
        return events + (try scoreChangeHistory(leadID: leadID, since: query.since, actor: query.actor).count)
    }

    /// The WHERE clause, fixed text with bound values only.
    private func filter(_ query: LogQuery, values: inout [DatabaseValue]) -> String {
        var conditions: [String] = []
        if let leadID = query.leadID {
            conditions.append("e.lead_id = ?")
            values.append(.integer(leadID))
        }
        if let since = query.since {
            conditions.append("e.at >= ?")
            values.append(.integer(since))
        }
        if let actor = query.actor {
            conditions.append("e.actor = ?")
            values.append(.text(actor))
        }
        return conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    }
}
