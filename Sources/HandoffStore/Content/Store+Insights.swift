import HandoffCore

/// Insights: what the reps hear from leads. Each is written by an `insight` event of its lead, in
/// the transaction `apply` opened, with the snapshot undo needs: so it is in the lead's history,
/// the log, the exports and the undo stack like any change to the lead. An undo takes it back
/// (`withdrawn`), a redo gives it back; a withdrawn insight counts nowhere.
extension Store {
    func addInsight(leadID: Int64, kind: InsightKind, text: String, quote: String?, expectedVersion: Int?, in context: WriteContext) throws
        -> LeadEvent
    {
        let (text, quote) = try Insight.validate(text: text, quote: quote)
        let lead = try current(leadID, expectedVersion: expectedVersion, in: context)
        let event = LeadEvent(
            leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.insight,
            detail: Insight.eventDetail(kind: kind, text: text, quote: quote))
        // The row is written as it is, which raises its version: the insight is a change of the
        // lead's story, and the snapshot keeps it on the actor's undo stack.
        let stored = try commit(lead, over: lead, event: event, in: context)
        try insertInsight(
            Insight(
                leadID: leadID, eventID: stored.id, at: context.now, author: context.actor, kind: kind, text: text, quote: quote,
                stage: lead.stage))
        return stored
    }

    /// The row alone, for the command above and for loaders that write their own events.
    @discardableResult
    func insertInsight(_ insight: Insight) throws -> Int64 {
        try connection.insertReturningID(
            """
            INSERT INTO insights(lead_id, event_id, at, author, kind, body, quote, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """,
            [
                .integer(insight.leadID), .integer(insight.eventID), .integer(insight.at), .text(insight.author),
                .text(insight.kind.rawValue), .text(insight.text), DatabaseValue(insight.quote), .text(insight.stage),
            ])
    }

    /// An undo of an insight or a send withdraws it; a redo brings it back, recorded by the redo's
    /// event. Called by `revert` with the event it reverted and the event it wrote.
    func followRevert(of reverted: LeadEvent, by written: LeadEvent) throws {
        if written.kind == EventKind.undone {
            try connection.prepare("UPDATE insights SET withdrawn = 1 WHERE event_id = ?").run(.integer(reverted.id))
            try connection.prepare("UPDATE content_sends SET withdrawn = 1 WHERE event_id = ?").run(.integer(reverted.id))
        } else if let undone = reverted.reverts {
            try connection.prepare("UPDATE insights SET withdrawn = 0, event_id = ? WHERE event_id = ?").run(
                .integer(written.id), .integer(undone))
            try connection.prepare("UPDATE content_sends SET withdrawn = 0, event_id = ? WHERE event_id = ?").run(
                .integer(written.id), .integer(undone))
        }
    }

    /// Kinds of event that leave the lead's fields as they were: undoing one withdraws what it
    /// added instead of restoring the lead, so it never takes back someone else's change.
    static let eventsKeepingFields: Set<String> = [EventKind.insight, EventKind.contentSent]

    static let insightSelect = """
        SELECT i.id, i.lead_id, i.event_id, i.at, i.author, i.kind, i.body, i.quote, i.stage, l.name, l.company, l.source, l.campaign,
               CASE WHEN EXISTS (SELECT 1 FROM content_insights ci JOIN content c ON c.id = ci.content_id
                                 WHERE ci.insight_id = i.id AND c.published_at IS NOT NULL) THEN 1 ELSE 0 END
        FROM insights i JOIN leads l ON l.id = i.lead_id
        """

    static func insight(from row: any DatabaseStatement) -> Insight {
        Insight(
            id: row.int64(0), leadID: row.int64(1), eventID: row.int64(2), at: row.int64(3), author: row.string(4),
            kind: InsightKind(rawValue: row.string(5)) ?? .question, text: row.string(6), quote: row.optionalString(7),
            stage: row.string(8),
            leadName: row.string(9), company: row.string(10), source: row.string(11), campaign: row.optionalString(12),
            answered: row.int(13) != 0)
    }

    /// Insights not withdrawn, newest first: of one lead, of one kind, heard in [since, until).
    public func insights(leadID: Int64? = nil, kind: InsightKind? = nil, since: Int64? = nil, until: Int64? = nil, limit: Int = 500) throws
        -> [Insight]
    {
        var rows = try connection.prepare(
            Store.insightSelect + """
                 WHERE i.withdrawn = 0 AND (\(connection.dialect.integer("?1")) IS NULL OR i.lead_id = ?1) AND (\(connection.dialect.text("?2")) IS NULL OR i.kind = ?2)
                   AND (\(connection.dialect.integer("?3")) IS NULL OR i.at >= ?3) AND (\(connection.dialect.integer("?4")) IS NULL OR i.at < ?4)
                ORDER BY i.at DESC, i.id DESC LIMIT ?5
                """
        ).rows(
            [DatabaseValue(leadID), DatabaseValue(kind?.rawValue), DatabaseValue(since), DatabaseValue(until), .integer(Int64(limit))],
            Store.insight)
        try attachPieces(&rows)
        return rows
    }

    public func insight(id: Int64) throws -> Insight? {
        var rows = try connection.prepare(Store.insightSelect + " WHERE i.id = ?").rows([.integer(id)], Store.insight)
        try attachPieces(&rows)
        return rows.first
    }

    /// How many insights (not withdrawn) there are at all.
    public func insightCount() throws -> Int {
        Int(try connection.scalar("SELECT count(*) FROM insights WHERE withdrawn = 0") ?? 0)
    }

    private func attachPieces(_ insights: inout [Insight]) throws {
        let statement = try connection.prepare("SELECT content_id FROM content_insights WHERE insight_id = ? ORDER BY content_id")
        for index in insights.indices {
            insights[index].pieces = try statement.rows([.integer(insights[index].id)]) { $0.int64(0) }
        }
    }

    /// The window the panel reads at once: the period, or the weeks of trend if they reach further.
    /// Insights are typed by people, a few a day: the window's rows are grouped here, not in SQL,
    /// because a theme (the same words whatever their case and spacing) is not an SQL value.
    func insightRows(from start: Int64, to end: Int64) throws -> [Insight] {
        try connection.prepare(Store.insightSelect + " WHERE i.withdrawn = 0 AND i.at >= ? AND i.at < ? ORDER BY i.at, i.id")
            .rows([.integer(start), .integer(end)], Store.insight)
    }

    /// The groups of the insights heard in [start, end), most heard first, each with its count
    /// week by week over the `InsightTheme.weeks` weeks up to `end`.
    public func insightThemes(by grouping: InsightGrouping, from start: Int64, to end: Int64, limit: Int = 200) throws -> [InsightTheme] {
        let week: Int64 = 7 * 86_400
        let trendStart = end - Int64(InsightTheme.weeks) * week
        let rows = try insightRows(from: min(start, trendStart), to: end)
        var themes: [String: InsightTheme] = [:]
        var leads: [String: Set<Int64>] = [:]
        var order: [String] = []
        for insight in rows {
            let key = Store.groupKey(insight, grouping)
            if themes[key] == nil {
                themes[key] = InsightTheme(
                    key: key, kind: grouping == .theme ? insight.kind : nil, label: Store.groupLabel(insight, grouping), count: 0,
                    weekly: Array(repeating: 0, count: InsightTheme.weeks))
                order.append(key)
            }
            if insight.at >= trendStart {
                let index = Int((insight.at - trendStart) / week)
                if (0..<InsightTheme.weeks).contains(index) { themes[key]!.weekly[index] += 1 }
            }
            guard insight.at >= start else { continue }
            themes[key]!.count += 1
            if insight.answered { themes[key]!.answered += 1 }
            themes[key]!.latest = max(themes[key]!.latest, insight.at)
            leads[key, default: []].insert(insight.leadID)
        }
        let counted = order.compactMap { key -> InsightTheme? in
            guard var theme = themes[key], theme.count > 0 else { return nil }
            theme.leads = leads[key]?.count ?? 0
            return theme
        }
        return Array(counted.sorted { ($0.count, $0.latest, $1.key) > ($1.count, $1.latest, $0.key) }.prefix(limit))
    }

    /// The insights of one group heard in [start, end), newest first: the leads and their words.
    public func insights(in grouping: InsightGrouping, key: String, from start: Int64, to end: Int64, limit: Int = 500) throws -> [Insight]
    {
        var rows = Array(try insightRows(from: start, to: end).filter { Store.groupKey($0, grouping) == key }.reversed().prefix(limit))
        try attachPieces(&rows)
        return rows
    }

    static func groupKey(_ insight: Insight, _ grouping: InsightGrouping) -> String {
        switch grouping {
        case .theme: return insight.kind.rawValue + ":" + Insight.theme(insight.text)
        case .kind: return insight.kind.rawValue
        case .source: return insight.source
        case .campaign: return insight.campaign ?? ""
        case .stage: return insight.stage
        }
    }

    /// What a group is shown as: a theme by its words as first written, the others by their key.
    static func groupLabel(_ insight: Insight, _ grouping: InsightGrouping) -> String {
        grouping == .theme ? insight.text : groupKey(insight, grouping)
    }
}
