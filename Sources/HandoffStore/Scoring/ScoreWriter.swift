import HandoffCore

/// The writing half of a rescoring: for each chunk, one UPDATE of its leads and one INSERT of
/// its events, reading the new values through `handoff_rescored(id, what, current)`: the new
/// score (what 0), fit (1), the version step (2), the event detail (3, NULL when the lead gets no
/// event), whether it gets one (4), and its event's id (5) and hash (6); `current` for a lead whose
/// values did not change. The events' ids and hashes are worked out in Swift before the INSERT,
/// in lead id order, as the history's chain asks (see `HistoryChain`).
struct ScoreWriter {
    static let function = "handoff_rescored"

    let store: Store
    let version: Int
    let filter: String
    let values: [DatabaseValue]
    let recordChanges: Bool
    let context: WriteContext
    private let changes = ScoreChanges()

    init(store: Store, version: Int, filter: String, values: [DatabaseValue], recordChanges: Bool, context: WriteContext) {
        self.store = store
        self.version = version
        self.filter = filter
        self.values = values
        self.recordChanges = recordChanges
        self.context = context
    }

    func begin() throws {
        if store.connection.engine == .postgres {
            // The server cannot call back into Swift: each chunk's new values go to a temporary
            // table (emptied at every commit) that the UPDATE and the INSERT join.
            try store.connection.execute(
                """
                CREATE TEMPORARY TABLE IF NOT EXISTS handoff_rescored (
                    id bigint PRIMARY KEY, score bigint NOT NULL, fit bigint NOT NULL, step bigint NOT NULL, detail text, event bigint NOT NULL,
                    event_id bigint NOT NULL, hash bytea NOT NULL
                ) ON COMMIT DELETE ROWS
                """)
            return
        }
        var detail = ScoredDetail(version: version)
        let changes = self.changes, recordChanges = self.recordChanges
        guard let sqlite = store.connection as? SQLiteConnection else { return }
        try sqlite.defineFunction(ScoreWriter.function, arguments: 3) { call in
            guard let index = changes.index(of: call.int64(0)) else {
                call.result(argument: 2)
                return
            }
            let change = changes.changes[index]
            let event = ScoreWriter.getsEvent(change, recordChanges: recordChanges)
            switch call.int64(1) {
            case 0: call.result(Int64(change.newScore))
            case 1: call.result(Int64(change.fit))
            case 2: call.result(recordChanges && change.scoreChanges ? 1 : 0)
            case 3: if event { detail.write(change) { call.result(utf8: $0) } } else { call.resultNull() }
            case 5: call.result(changes.eventIDs[index])
            case 6: call.result(digest: changes.hashes[index])
            default: call.result(event ? 1 : 0)
            }
        }
    }

    static func getsEvent(_ change: ScoreChange, recordChanges: Bool) -> Bool {
        recordChanges && (change.scoreChanges || change.crossing != 0)
    }

    /// Releases the function and the last chunk it holds.
    func end() {
        guard store.connection.engine == .sqlite else { return }
        (store.connection as? SQLiteConnection)?.removeFunction(ScoreWriter.function, arguments: 3)
        changes.load([])
    }

    /// Writes the leads with ids in (`lowID`, `chunk.lastID`]: every lead the filter selects gets
    /// the version stamp; changed ones their new score, and an event when it is worth one.
    func write(_ chunk: ScoreChunk, after lowID: Int64) throws {
        if store.connection.engine == .postgres { return try writeOnServer(chunk, after: lowID) }
        changes.load(chunk.changes)
        let first = values.count + 1
        // NOT INDEXED: the leads in id order (a rowid range), as the lookups in the chunk expect.
        let range = "leads.id > ?\(first) AND leads.id <= ?\(first + 1) AND \(filter)"
        let bounds = values + [.integer(lowID), .integer(chunk.lastID)]
        let update = try store.connection.prepare(
            """
            UPDATE leads NOT INDEXED SET score = handoff_rescored(id, 0, score), score_fit = handoff_rescored(id, 1, score_fit),
                version = version + handoff_rescored(id, 2, 0), score_version = ?\(first + 2)
            WHERE \(range)
            """)
        try update.bind(bounds + [.integer(Int64(version))])
        try update.execute()
        guard recordChanges && !chunk.changes.isEmpty else { return }
        let proxy = store.proxy(for: context.actor)
        var expected = 0
        var detail = ScoredDetail(version: version)
        for change in chunk.changes {
            guard ScoreWriter.getsEvent(change, recordChanges: recordChanges) else {
                changes.eventIDs.append(0)
                changes.hashes.append(.zero)
                continue
            }
            let (id, hash) = try detail.write(change) {
                try store.eventChain.appendScoredEvent(
                    leadID: change.id, at: context.now, actor: context.actor, kind: EventKind.scored,
                    detail: $0, actedBy: proxy)
            }
            changes.eventIDs.append(id)
            changes.hashes.append(hash)
            expected += 1
        }
        let insert = try store.connection.prepare(
            """
            INSERT INTO events(id, lead_id, at, actor, kind, from_stage, to_stage, detail, reverts, acted_by, hash)
            SELECT handoff_rescored(id, 5, NULL), id, ?\(first + 2), ?\(first + 3), ?\(first + 4), NULL, NULL, handoff_rescored(id, 3, NULL), NULL,
                ?\(first + 5), handoff_rescored(id, 6, NULL)
            FROM leads NOT INDEXED WHERE \(range) AND handoff_rescored(id, 4, 0)
            """)
        try insert.bind(bounds + [.integer(context.now), .text(context.actor), .text(EventKind.scored), DatabaseValue(proxy)])
        try insert.execute()
        // The chain above counts on exactly these events: any other set would leave holes in it.
        guard store.connection.changes == expected else {
            throw HandoffError.storage(
                Message(.rescoringWroteEventsFor, "\(integer: store.connection.changes)", "\(integer: expected)")
            )
        }
        try store.eventChain.saveHead()
    }

    /// `write` on PostgreSQL: the chunk's changes, with the ids and hashes of their events, copied
    /// into `handoff_rescored`, then the same UPDATE and INSERT reading them from there.
    private func writeOnServer(_ chunk: ScoreChunk, after lowID: Int64) throws {
        let connection = store.connection
        try connection.execute("DELETE FROM handoff_rescored")
        let rows = try BatchedInsert(
            connection: connection, prefix: "INSERT INTO handoff_rescored(id, score, fit, step, detail, event, event_id, hash)",
            columns: 8)
        let proxy = store.proxy(for: context.actor)
        var detail = ScoredDetail(version: version)
        var expected = 0
        for change in chunk.changes {
            var text: String?
            var event: (id: Int64, hash: SHA256Digest)?
            if ScoreWriter.getsEvent(change, recordChanges: recordChanges) {
                event = try detail.write(change) { bytes in
                    text = String(decoding: bytes, as: UTF8.self)
                    return try store.eventChain.appendScoredEvent(
                        leadID: change.id, at: context.now, actor: context.actor, kind: EventKind.scored,
                        detail: bytes, actedBy: proxy)
                }
                expected += 1
            }
            if rows.add({ row in
                row.append(change.id)
                row.append(Int64(change.newScore))
                row.append(Int64(change.fit))
                row.append(Int64(recordChanges && change.scoreChanges ? 1 : 0))
                row.append(text)
                row.append(Int64(event == nil ? 0 : 1))
                row.append(event?.id ?? 0)
                row.append(event?.hash ?? .zero)
            }) {
                try rows.flush()
            }
        }
        try rows.flush()
        let first = values.count + 1
        let range = "leads.id > ?\(first) AND leads.id <= ?\(first + 1) AND \(filter)"
        let bounds = values + [.integer(lowID), .integer(chunk.lastID)]
        // Every lead of the range is written, its score too (unchanged), as on SQLite: what watches
        // writes of scores sees the same rows on both engines.
        try connection.prepare("UPDATE leads SET score_version = ?\(first + 2), score = score WHERE \(range)").run(
            values: bounds + [.integer(Int64(version))])
        try connection.prepare(
            """
            UPDATE leads SET score = r.score, score_fit = r.fit, version = leads.version + r.step
            FROM handoff_rescored r WHERE r.id = leads.id AND \(range)
            """
        ).run(values: bounds)
        guard recordChanges && !chunk.changes.isEmpty else { return }
        try connection.prepare(
            """
            INSERT INTO events(id, lead_id, at, actor, kind, from_stage, to_stage, detail, reverts, acted_by, hash)
            SELECT r.event_id, leads.id, ?\(first + 2), ?\(first + 3), ?\(first + 4), NULL, NULL, r.detail, NULL, ?\(first + 5), r.hash
            FROM leads JOIN handoff_rescored r ON r.id = leads.id WHERE \(range) AND r.event = 1 ORDER BY leads.id
            """
        ).run(values: bounds + [.integer(context.now), .text(context.actor), .text(EventKind.scored), DatabaseValue(proxy)])
        // The chain above counts on exactly these events: any other set would leave holes in it.
        guard connection.changes == expected else {
            throw HandoffError.storage(
                Message(.rescoringWroteEventsFor, "\(integer: connection.changes)", "\(integer: expected)")
            )
        }
        try store.eventChain.saveHead()
    }
}
