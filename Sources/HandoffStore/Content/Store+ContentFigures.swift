import HandoffCore

/// What content does in deals, and the loop's figures for `handoff kpi`. Counts come from SQL
/// aggregates over indexed ranges; only whole-day counts for medians are read into memory.
extension Store {
    /// How the leads a piece reached did, beside comparable leads that never got it: leads that
    /// reached (by an event not undone, their creation included) a stage the piece was sent in.
    /// Both sides count deals that have closed: won / (won + lost), and the median whole days from
    /// creation to the win.
    public func contentReach(pieceID: Int64) throws -> ContentReach {
        let piece = DatabaseValue.integer(pieceID)
        let sentIn = Set(
            try connection.prepare("SELECT DISTINCT stage FROM content_sends WHERE content_id = ? AND withdrawn = 0")
                .rows([piece]) { $0.string(0) })
        let stages = pipeline.stages.map(\.id).filter(sentIn.contains) + sentIn.filter { pipeline.stage($0) == nil }.sorted()
        var reach = ContentReach(pieceID: pieceID, stages: stages)
        reach.leadsReached =
            try connection.prepare("SELECT count(DISTINCT lead_id) FROM content_sends WHERE content_id = ? AND withdrawn = 0")
            .rows([piece]) { $0.int(0) }.first ?? 0
        let gotIt = "EXISTS (SELECT 1 FROM content_sends s WHERE s.lead_id = l.id AND s.content_id = ?1 AND s.withdrawn = 0)"
        reach.reached = try outcomes(where: gotIt, [piece])
        guard !stages.isEmpty else { return reach }
        let placeholders = stages.indices.map { "?\($0 + 2)" }.joined(separator: ", ")
        let reachedStage = """
            EXISTS (SELECT 1 FROM events e WHERE e.lead_id = l.id AND e.to_stage IN (\(placeholders)) AND e.reverted = 0 AND e.kind <> 'undone')
            """
        reach.comparable = try outcomes(where: "NOT \(gotIt) AND \(reachedStage)", [piece] + stages.map { .text($0) })
        return reach
    }

    /// Won and lost deals among the leads `condition` picks (over `leads l`), and the median cycle
    /// of the won ones. Reads through the index of closed deals.
    private func outcomes(where condition: String, _ values: [DatabaseValue]) throws -> ContentReach.Outcomes {
        let rows = try connection.prepare(
            """
            SELECT l.stage, (l.closed_at - l.created_at) / 86400 FROM leads l
            WHERE l.closed_at IS NOT NULL AND l.stage IN ('won', 'lost') AND \(condition)
            """
        ).rows(values) { ($0.string(0), $0.int(1)) }
        let won = rows.filter { $0.0 == "won" }
        return ContentReach.Outcomes(
            won: won.count, lost: rows.count - won.count, medianCycleDays: ContentReach.median(won.map { max(0, $0.1) }))
    }

    /// The loop's figures for a period: what was heard, answered, published and sent, and how
    /// deals closed with and without content; "now" figures as they stand at `now`.
    public func contentFigures(_ period: KPIPeriod, now: Int64, current: Bool = true) throws -> ContentFigures {
        let range: [DatabaseValue] = [.integer(period.start), .integer(period.end)]
        func count(_ sql: String) throws -> Int { try connection.prepare(sql).rows(range) { $0.int(0) }.first ?? 0 }
        var figures = ContentFigures()
        figures.insightsCaptured = try count("SELECT count(*) FROM insights WHERE withdrawn = 0 AND at >= ?1 AND at < ?2")
        figures.piecesPublished = try count("SELECT count(*) FROM content WHERE published_at >= ?1 AND published_at < ?2")
        figures.insightsAnswered = try count(
            """
            SELECT count(*) FROM (SELECT ci.insight_id, min(c.published_at) AS answered_at
                                  FROM content_insights ci JOIN content c ON c.id = ci.content_id JOIN insights i ON i.id = ci.insight_id
                                  WHERE c.published_at IS NOT NULL AND i.withdrawn = 0 GROUP BY ci.insight_id) answers
            WHERE answered_at >= ?1 AND answered_at < ?2
            """)
        figures.contentSends = try count("SELECT count(*) FROM content_sends WHERE withdrawn = 0 AND at >= ?1 AND at < ?2")
        figures.leadsReached = try count("SELECT count(DISTINCT lead_id) FROM content_sends WHERE withdrawn = 0 AND at >= ?1 AND at < ?2")
        let sentBefore = "EXISTS (SELECT 1 FROM content_sends s WHERE s.lead_id = l.id AND s.withdrawn = 0 AND s.at <= l.closed_at)"
        for (with, condition) in [(true, sentBefore), (false, "NOT " + sentBefore)] {
            let rows = try connection.prepare(
                """
                SELECT l.stage, count(*) FROM leads l WHERE l.closed_at >= ?1 AND l.closed_at < ?2 AND l.stage IN ('won', 'lost') AND \(condition)
                GROUP BY l.stage
                """
            ).rows(range) { ($0.string(0), $0.int(1)) }
            let won = rows.first { $0.0 == "won" }?.1 ?? 0, closed = rows.reduce(0) { $0 + $1.1 }
            if with {
                figures.wonWithContent = won; figures.closedWithContent = closed
            } else {
                figures.wonWithoutContent = won; figures.closedWithoutContent = closed
            }
        }
        let days = try connection.prepare(
            """
            SELECT c.published_at - min(i.at) FROM content c JOIN content_insights ci ON ci.content_id = c.id JOIN insights i ON i.id = ci.insight_id
            WHERE c.published_at >= ?1 AND c.published_at < ?2 AND i.withdrawn = 0 GROUP BY c.id, c.published_at
            """
        ).rows(range) { Int(max(0, $0.int64(0)) / 86_400) }
        figures.medianInsightToPublishedDays = ContentReach.median(days)
        if current {
            figures.piecesInReview = try pieceCount(stage: .salesReview)
            figures.insightsOpen = Int(
                try connection.scalar(
                    """
                    SELECT count(*) FROM insights i WHERE i.withdrawn = 0 AND NOT EXISTS (
                        SELECT 1 FROM content_insights ci JOIN content c ON c.id = ci.content_id WHERE ci.insight_id = i.id AND c.published_at IS NOT NULL)
                    """) ?? 0)
        }
        return figures
    }
}
