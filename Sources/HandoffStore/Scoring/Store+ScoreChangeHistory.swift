import HandoffCore

/// A lead's score changes as its history shows them: each row of `score_changes` read as a
/// `scored` entry with the time and actor of the rescoring's board event. These entries have no
/// event id of their own (0): nothing can be undone or answered by one.
extension Store {
    /// The lead's `scored` entries from rescorings, newest first, optionally from `since` on and by
    /// `actor`. One seek per rescoring of the board: the key is (run, lead).
    func scoreChangeHistory(leadID: Int64, since: Int64? = nil, actor: String? = nil) throws -> [LeadEvent] {
        let dialect = connection.dialect
        let sql = """
            SELECT c.old_score, c.new_score, c.crossing, b.at, b.actor, b.acted_by, b.subject
            FROM board_events b JOIN score_changes c ON c.run = b.id AND c.lead_id = ?1
            WHERE b.kind = ?2 AND (\(dialect.integer("?3")) IS NULL OR b.at >= ?3) AND (\(dialect.text("?4")) IS NULL OR b.actor = ?4)
            ORDER BY b.at DESC, b.id DESC
            """
        return try connection.prepare(sql).rows(
            [.integer(leadID), .text(BoardEvent.Kind.rescored), DatabaseValue(since), DatabaseValue(actor)]
        ) { row in
            LeadEvent(
                id: 0, leadID: leadID, at: row.int64(3), actor: row.string(4), kind: EventKind.scored, fromStage: nil, toStage: nil,
                detail: ScoredDetail.text(oldScore: row.int64(0), newScore: row.int64(1), version: row.string(6), crossing: row.int64(2)),
                reverts: nil, actedBy: row.optionalString(5))
        }
    }

    /// `events` and `scored` entries in one history, newest first (an entry without an id after an
    /// event of the same second), at most `limit`.
    static func newestFirst(_ events: [LeadEvent], _ scored: [LeadEvent], limit: Int) -> [LeadEvent] {
        guard !scored.isEmpty else { return Array(events.prefix(limit)) }
        return Array((events + scored).sorted { ($0.at, $0.id) > ($1.at, $1.id) }.prefix(limit))
    }
}
