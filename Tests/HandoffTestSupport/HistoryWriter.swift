import HandoffCore
import HandoffStore

/// Writes events the way a careful script of a colleague would, outside the store: each with its
/// place in the hash chain, built with the public canonical record (`HistoryRecord`), and the head
/// moved on. Test boards with rows no Handoff command can make (numbers at the edges of 64 bits)
/// keep a history `handoff check` accepts; and a whole history can be rewritten with every hash
/// recomputed, which only an earlier head can reveal.
public struct HistoryWriter {
    let connection: any DatabaseConnection

    public init(connection: any DatabaseConnection) {
        self.connection = connection
    }

    /// Appends a lead event after the current head; returns its id.
    @discardableResult
    public func appendEvent(
        leadID: Int64, at: Int64, actor: String, kind: String, from: String? = nil, to: String? = nil,
        detail: String? = nil
    ) throws -> Int64 {
        let head = try self.head("events")
        let id = head.id + 1
        var record = HistoryRecord()
        let hash = record.event(
            id: id, leadID: leadID, at: at, actor: actor, kind: kind, fromStage: from, toStage: to, detail: detail,
            reverts: nil, actedBy: nil as String?, previous: head.hash)
        try connection.prepare(
            """
            INSERT INTO events(id, lead_id, at, actor, kind, from_stage, to_stage, detail, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).run(
            .integer(id), .integer(leadID), .integer(at), .text(actor), .text(kind), DatabaseValue(from), DatabaseValue(to),
            DatabaseValue(detail),
            .blob(hash.bytes))
        try setHead("events", id: id, hash: hash)
        return id
    }

    /// Recomputes every hash of both logs from the rows as they now are, and the heads: what
    /// someone who rewrote the history and knew the canonical record would do.
    public func rehashEverything() throws {
        var record = HistoryRecord()
        for table in ["events", "board_events"] {
            let rows = try connection.prepare(
                table == "events"
                    ? "SELECT id, lead_id, at, actor, kind, from_stage, to_stage, detail, reverts, acted_by FROM events ORDER BY id"
                    : "SELECT id, at, actor, acted_by, kind, subject, detail FROM board_events ORDER BY id"
            ).rows([]) { row -> (Int64, [String?], [Int64?]) in
                table == "events"
                    ? (
                        row.int64(0), [3, 4, 5, 6, 7, 9].map { row.optionalString($0) }, [row.int64(1), row.int64(2), row.optionalInt64(8)]
                    )
                    : (row.int64(0), [2, 3, 4, 5, 6].map { row.optionalString($0) }, [row.int64(1)])
            }
            var previous = SHA256Digest.zero
            var last: Int64 = 0
            for (id, texts, numbers) in rows {
                previous =
                    table == "events"
                    ? record.event(
                        id: id, leadID: numbers[0]!, at: numbers[1]!, actor: texts[0], kind: texts[1], fromStage: texts[2],
                        toStage: texts[3],
                        detail: texts[4], reverts: numbers[2], actedBy: texts[5], previous: previous)
                    : record.boardEvent(
                        id: id, at: numbers[0]!, actor: texts[0], actedBy: texts[1], kind: texts[2], subject: texts[3], detail: texts[4],
                        previous: previous)
                try connection.prepare("UPDATE \(table) SET hash = ? WHERE id = ?").run(.blob(previous.bytes), .integer(id))
                last = id
            }
            try setHead(table, id: last, hash: previous)
        }
    }

    private func head(_ log: String) throws -> (id: Int64, hash: SHA256Digest) {
        try connection.prepare("SELECT last_id, hash FROM chain_heads WHERE log = ?").rows([.text(log)]) {
            (id: $0.int64(0), hash: SHA256Digest(bytes: $0.blob(1)) ?? .zero)
        }.first ?? (0, .zero)
    }

    private func setHead(_ log: String, id: Int64, hash: SHA256Digest) throws {
        try connection.prepare(
            """
            INSERT INTO chain_heads(log, last_id, hash) VALUES (?, ?, ?) ON CONFLICT(log) DO UPDATE SET last_id = excluded.last_id, hash = excluded.hash
            """
        ).run(.text(log), .integer(id), .blob(hash.bytes))
    }
}
