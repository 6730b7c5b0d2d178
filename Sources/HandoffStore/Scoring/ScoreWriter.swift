import HandoffCore

/// The writing half of a rescoring: for each chunk, one UPDATE of its leads' rows of `lead_scores`
/// and one INSERT of its rows of `score_changes`, reading the new values through
/// `handoff_rescored(id, what, current)`: the new score (what 0), fit (1), the old score (2), the
/// crossing (3), whether the lead gets a change row (4), whether the chunk scored it at all (5);
/// `current` for a lead the chunk did not score (a closed one). The rows belong to `run`,
/// the board event the rescoring appends once every chunk is written (`finish`), whose detail
/// holds the digest of all of them (`ScoreChangeDigest`).
///
/// The lead's `version` stays as it was: a score is worked out by the board, not decided by a
/// person, so a rescoring makes nobody's open form stale (a write reads the lead again inside
/// its transaction, score included); and a lead page left alone is one not rewritten.
final class ScoreWriter {
    static let function = "handoff_rescored"

    let store: Store
    let version: Int
    let recordChanges: Bool
    let context: WriteContext
    private let changes = ScoreChanges()
    private var digest = ScoreChangeDigest()
    /// The id the rescoring's board event will have.
    private var run: Int64 = 0

    init(store: Store, version: Int, recordChanges: Bool, context: WriteContext) {
        self.store = store
        self.version = version
        self.recordChanges = recordChanges
        self.context = context
    }

    func begin() throws {
        if recordChanges { run = try store.boardEventChain.nextID() }
        if store.connection.engine == .postgres {
            // The server cannot call back into Swift: each chunk's new values go to a temporary
            // table (emptied at every commit) that the UPDATE and the INSERT join.
            try store.connection.execute(
                """
                CREATE TEMPORARY TABLE IF NOT EXISTS handoff_rescored_leads (
                    id bigint PRIMARY KEY, score bigint NOT NULL, fit bigint NOT NULL, old_score bigint NOT NULL,
                    crossing bigint NOT NULL, change bigint NOT NULL
                ) ON COMMIT DELETE ROWS
                """)
            return
        }
        let changes = self.changes, recordChanges = self.recordChanges
        guard let sqlite = store.connection as? SQLiteConnection else { return }
        try sqlite.defineFunction(ScoreWriter.function, arguments: 3) { call in
            guard let index = changes.index(of: call.int64(0)) else {
                call.result(argument: 2)
                return
            }
            let change = changes.changes[index]
            switch call.int64(1) {
            case 0: call.result(Int64(change.newScore))
            case 1: call.result(Int64(change.fit))
            case 2: call.result(Int64(change.oldScore))
            case 3: call.result(Int64(change.crossing))
            case 4: call.result(ScoreWriter.getsRow(change, recordChanges: recordChanges) ? 1 : 0)
            default: call.result(Int64(1))
            }
        }
    }

    static func getsRow(_ change: ScoreChange, recordChanges: Bool) -> Bool {
        recordChanges && (change.scoreChanges || change.crossing != 0)
    }

    /// Releases the function and the last chunk it holds.
    func end() {
        guard store.connection.engine == .sqlite else { return }
        (store.connection as? SQLiteConnection)?.removeFunction(ScoreWriter.function, arguments: 3)
        changes.load([])
    }

    /// Writes the leads with ids in (`lowID`, `chunk.lastID`]: every lead the chunk scored gets
    /// the version stamp and its score, and a change row when it is worth one.
    func write(_ chunk: ScoreChunk, after lowID: Int64) throws {
        var expected = 0
        for change in chunk.changes where ScoreWriter.getsRow(change, recordChanges: recordChanges) {
            digest.add(
                leadID: change.id, oldScore: Int64(change.oldScore), newScore: Int64(change.newScore), crossing: Int64(change.crossing))
            expected += 1
        }
        if store.connection.engine == .postgres {
            try writeOnServer(chunk, after: lowID)
        } else {
            changes.load(chunk.changes)
            let range: [DatabaseValue] = [.integer(lowID), .integer(chunk.lastID)]
            try writeScores(
                """
                UPDATE lead_scores SET score = handoff_rescored(lead_id, 0, score), score_fit = handoff_rescored(lead_id, 1, score_fit),
                    score_version = ?3
                WHERE lead_id > ?1 AND lead_id <= ?2 AND handoff_rescored(lead_id, 5, 0)
                """, values: range + [.integer(Int64(version))], chunk: chunk)
            guard expected > 0 else { return }
            try store.connection.prepare(
                """
                INSERT INTO score_changes(run, lead_id, old_score, new_score, crossing)
                SELECT ?3, lead_id, handoff_rescored(lead_id, 2, NULL), handoff_rescored(lead_id, 0, NULL), handoff_rescored(lead_id, 3, NULL)
                FROM lead_scores WHERE lead_id > ?1 AND lead_id <= ?2 AND handoff_rescored(lead_id, 4, 0)
                """
            ).run(values: range + [.integer(run)])
        }
        guard expected > 0 else { return }
        // The digest counts on exactly these rows: any other set would not match it.
        guard store.connection.changes == expected else {
            throw HandoffError.storage(
                Message(.rescoringWroteEventsFor, "\(integer: store.connection.changes)", "\(integer: expected)")
            )
        }
    }

    /// Appends the board event that records the rescoring, with the digest of its rows; none when
    /// no lead got one. Inside the same transaction, after the last chunk.
    func finish() throws {
        guard recordChanges, digest.count > 0 else { return }
        let changed = digest.count
        let event = try store.appendBoardEvent(
            kind: BoardEvent.Kind.rescored, subject: String(version),
            detail: ScoreChangeDigest.detail(changes: changed, digest: digest.finish()), actor: context.actor, at: context.now)
        // The rows name the id the chain was to hand out next; nothing else may have taken it.
        guard event.id == run else {
            throw HandoffError.storage(Message(.rescoringRecordTookID, "\(event.id)", "\(run)"))
        }
    }

    /// Runs `update` of the chunk's rows of `lead_scores`. Every lead the reader scored has its
    /// row (`LeadWriter` adds it with the lead); a lead added some other way, by hand in `sqlite3`
    /// or `psql`, gets one (score 0, as the reader took it) and the update runs again, so no score
    /// is left unwritten.
    private func writeScores(_ update: String, values: [DatabaseValue], chunk: ScoreChunk) throws {
        let statement = try store.connection.prepare(update)
        try statement.run(values: values)
        guard store.connection.changes != chunk.rescored else { return }
        let missing = try BatchedInsert(connection: store.connection, prefix: "INSERT INTO lead_scores(lead_id)", columns: 1)
        let existing = Set(
            try store.connection.prepare("SELECT lead_id FROM lead_scores WHERE lead_id > ? AND lead_id <= ?")
                .rows(Array(values.prefix(2))) { $0.int64(0) })
        for change in chunk.changes where !existing.contains(change.id) {
            if missing.add({ $0.append(change.id) }) { try missing.flush() }
        }
        try missing.flush()
        try statement.run(values: values)
    }

    /// `write` on PostgreSQL: the chunk's changes copied into `handoff_rescored_leads`, then the
    /// same UPDATE and INSERT reading them from there.
    private func writeOnServer(_ chunk: ScoreChunk, after lowID: Int64) throws {
        let connection = store.connection
        try connection.execute("DELETE FROM handoff_rescored_leads")
        let rows = try BatchedInsert(
            connection: connection, prefix: "INSERT INTO handoff_rescored_leads(id, score, fit, old_score, crossing, change)", columns: 6)
        for change in chunk.changes {
            if rows.add({ row in
                row.append(change.id)
                row.append(Int64(change.newScore))
                row.append(Int64(change.fit))
                row.append(Int64(change.oldScore))
                row.append(Int64(change.crossing))
                row.append(Int64(ScoreWriter.getsRow(change, recordChanges: recordChanges) ? 1 : 0))
            }) {
                try rows.flush()
            }
        }
        try rows.flush()
        // Every lead scored gets the version stamp, as on SQLite, in the same statement as its new
        // score: each update writes a new version of the row, so one statement, not two.
        try writeScores(
            """
            UPDATE lead_scores SET score_version = ?3, score = r.score, score_fit = r.fit
            FROM handoff_rescored_leads r WHERE r.id = lead_scores.lead_id AND lead_scores.lead_id > ?1 AND lead_scores.lead_id <= ?2
            """, values: [.integer(lowID), .integer(chunk.lastID), .integer(Int64(version))], chunk: chunk)
        try connection.prepare(
            """
            INSERT INTO score_changes(run, lead_id, old_score, new_score, crossing)
            SELECT ?, r.id, r.old_score, r.score, r.crossing FROM handoff_rescored_leads r WHERE r.change = 1 ORDER BY r.id
            """
        ).run(.integer(run))
    }
}
