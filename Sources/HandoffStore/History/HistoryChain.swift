import HandoffCore

/// One log's hash chain (`events` or `board_events`) as the current write transaction extends it.
/// Each new entry gets the next id and the hash of its canonical record (see `HistoryRecord`) over
/// the previous entry's hash. `chain_heads` keeps, per log, the last id handed out and its hash:
/// ids are never given twice, even after the last entry was deleted, and a deleted last entry
/// shows as a head that names a missing entry (see `HistoryCheck`).
///
/// The head is read once per transaction and kept here, so a bulk writer hashing a million events
/// does not read it a million times; every writer in the transaction shares it through `Store`.
/// It is forgotten when any transaction ends on the connection (`transactionsEnded`): another
/// terminal may have written since.
final class HistoryChain {
    enum Log: String, CaseIterable {
        case events
        case boardEvents = "board_events"
    }

    let log: Log
    private let connection: any DatabaseConnection
    private var loadedAt = -1
    private var lastID: Int64 = 0
    private var previous = SHA256Digest.zero
    private var unsaved = false
    private var record = HistoryRecord()

    init(log: Log, connection: any DatabaseConnection) {
        self.log = log
        self.connection = connection
    }

    /// The id and hash of a new lead event; the caller inserts it, then calls `saveHead` before
    /// its transaction commits.
    func appendEvent(
        leadID: Int64, at: Int64, actor: String, kind: String, from: String?, to: String?, detail: String?,
        reverts: Int64?, actedBy: String?
    ) throws -> (id: Int64, hash: SHA256Digest) {
        try load()
        let id = lastID + 1
        let hash = record.event(
            id: id, leadID: leadID, at: at, actor: actor, kind: kind, fromStage: from, toStage: to, detail: detail,
            reverts: reverts, actedBy: actedBy, previous: previous)
        advance(id, hash)
        return (id, hash)
    }

    /// The id the next entry will get, for rows written before the entry that covers them (see
    /// `ScoreWriter`): nothing else may append to this log before that entry in the transaction.
    func nextID() throws -> Int64 {
        try load()
        return lastID + 1
    }

    func appendBoardEvent(at: Int64, actor: String, actedBy: String?, kind: String, subject: String, detail: String?) throws -> (
        id: Int64, hash: SHA256Digest
    ) {
        try load()
        let id = lastID + 1
        let hash = record.boardEvent(
            id: id, at: at, actor: actor, actedBy: actedBy, kind: kind, subject: subject, detail: detail, previous: previous)
        advance(id, hash)
        return (id, hash)
    }

    /// Writes the head after the entries it names were inserted (by the end of the transaction at
    /// the latest).
    func saveHead() throws {
        guard unsaved else { return }
        try connection.prepare(
            """
            INSERT INTO chain_heads(log, last_id, hash) VALUES (?, ?, ?)
            ON CONFLICT(log) DO UPDATE SET last_id = excluded.last_id, hash = excluded.hash
            """
        ).run(.text(log.rawValue), .integer(lastID), .blob(previous.bytes))
        unsaved = false
    }

    // MARK: Reading rows back

    /// The columns of a log's canonical record, in its order, then the stored hash.
    static func columns(of log: Log) -> String {
        switch log {
        case .events: return "id, lead_id, at, actor, kind, from_stage, to_stage, detail, reverts, acted_by, hash"
        case .boardEvents: return "id, at, actor, acted_by, kind, subject, detail, hash"
        }
    }

    /// Where the stored hash is among `columns(of:)`.
    static func hashColumn(of log: Log) -> Int32 { log == .events ? 10 : 7 }

    /// The hash a row read with `columns(of:)` should have after `previous`, from the bytes the
    /// file holds (no String per field).
    static func hash(of row: any DatabaseStatement, in log: Log, record: inout HistoryRecord, previous: SHA256Digest) -> SHA256Digest {
        func text(_ column: Int32) -> UnsafeBufferPointer<UInt8>? { row.isNull(column) ? nil : row.utf8(column) }
        switch log {
        case .events:
            return record.event(
                id: row.int64(0), leadID: row.int64(1), at: row.int64(2), actor: text(3), kind: text(4), fromStage: text(5),
                toStage: text(6), detail: text(7), reverts: row.optionalInt64(8), actedBy: text(9), previous: previous)
        case .boardEvents:
            return record.boardEvent(
                id: row.int64(0), at: row.int64(1), actor: text(2), actedBy: text(3), kind: text(4), subject: text(5),
                detail: text(6), previous: previous)
        }
    }

    /// Hashes the rows a board had before it kept a chain, in id order, and records the head:
    /// once, inside the migration that adds the hashes (they are read a chunk at a time, then
    /// written, never while the same table is being read).
    static func hashExistingRows(of log: Log, connection: any DatabaseConnection) throws {
        let table = log.rawValue
        let read = try connection.prepare("SELECT \(columns(of: log)) FROM \(table) WHERE id > ? ORDER BY id LIMIT 10000")
        let write = try connection.prepare("UPDATE \(table) SET hash = ? WHERE id = ?")
        var record = HistoryRecord()
        var previous = SHA256Digest.zero
        var lastID: Int64 = 0
        var hashed: [(Int64, SHA256Digest)] = []
        repeat {
            hashed.removeAll(keepingCapacity: true)
            try read.bind([.integer(lastID)])
            while try read.step() {
                previous = hash(of: read, in: log, record: &record, previous: previous)
                lastID = read.int64(0)
                hashed.append((lastID, previous))
            }
            read.reset()
            for (id, digest) in hashed {
                try write.bind(1, digest)
                try write.bind(2, id)
                try write.execute()
            }
        } while !hashed.isEmpty
        try connection.prepare("INSERT INTO chain_heads(log, last_id, hash) VALUES (?, ?, ?)")
            .run(.text(table), .integer(lastID), .blob(previous.bytes))
    }

    private func advance(_ id: Int64, _ hash: SHA256Digest) {
        lastID = id
        previous = hash
        unsaved = true
    }

    /// The head as this transaction found it. An entry written after the head outside Handoff
    /// (with `sqlite3`) keeps its id, and the chain goes on from the head: `handoff check` then
    /// names that entry as inserted. A missing head (deleted outside Handoff) is taken from the
    /// last entry, so the board keeps working; the check names the missing head.
    private func load() throws {
        let ended = connection.transactionsEnded
        guard loadedAt != ended else { return }
        let table = log.rawValue
        // The highest id and the saved head in one statement: the first write of each transaction
        // reads them, a round trip each on a server.
        let found = try connection.prepare(
            """
            SELECT coalesce(max(id), 0), (SELECT last_id FROM chain_heads WHERE log = ?), (SELECT hash FROM chain_heads WHERE log = ?) FROM \(table)
            """
        ).rows([.text(table), .text(table)]) {
            (highest: $0.int64(0), headID: $0.optionalInt64(1), hash: SHA256Digest(bytes: $0.blob(2)))
        }.first
        let highest = found?.highest ?? 0
        let head = found.flatMap { found in found.headID.map { (id: $0, hash: found.hash) } }
        if let head {
            lastID = max(head.id, highest)
            previous = head.hash ?? .zero
        } else {
            lastID = highest
            previous =
                try connection.prepare("SELECT hash FROM \(table) WHERE id = ?").rows([.integer(highest)]) {
                    SHA256Digest(bytes: $0.blob(0))
                }.first.flatMap { $0 } ?? .zero
        }
        unsaved = false
        loadedAt = ended
    }
}
