import Foundation
import HandoffCore

/// The reading half of a rescoring: scores every lead the filter selects, in id order, with
/// their attributes (see `ScoringScan`), compares with the stored score, and hands on each lead's
/// score before and after in chunks of `chunkSize` leads. It runs on any connection, on any thread.
struct ScoreReader: Sendable {
    var definition: ScoringDefinition
    /// Which leads (SQL over `leads`, with `values` bound) and the time they are scored at.
    var filter: String
    var values: [DatabaseValue]
    var now: Int64
    /// Whether a stored score qualified: by the version it came from (with no previous version,
    /// by the new threshold). Leads never scored by a definition have no fit to check.
    var wasThreshold: Int
    var wasFitMinimum: Int
    var chunkSize: Int
    /// Only the leads with ids in (`after`, `through`]: the last chunk closes the range there.
    var after = Int64.min
    var through = Int64.max

    func read(with connection: any DatabaseConnection, emit: (ScoreChunk) throws -> Void) throws {
        var chunk = ScoreChunk(changes: [], lastID: 0, rescored: 0)
        chunk.changes.reserveCapacity(min(chunkSize, 1 << 16))
        var scan = ScoringScan(connection: connection, definition: definition)
        let query = ScoringScan.Query(
            // LEFT: the leads drive the scan in id order; a lead with no score row counts as 0.
            source: "leads\(connection.dialect.notIndexed) LEFT JOIN lead_scores s ON s.lead_id = leads.id", filter: filter,
            values: values, scoredAt: "\(now)", extraColumns: ["coalesce(s.score, 0)", "s.score_fit"], after: after, through: through)
        try scan.run(query) { row, extras, score in
            let id = row.int64(0)
            let oldScore = row.int(extras)
            let oldFit = row.isNull(extras + 1) ? nil : row.int(extras + 1)
            let was = oldScore >= wasThreshold && (oldFit ?? Int.max) >= wasFitMinimum
            let crossing: Int8 = score.qualifies == was ? 0 : (score.qualifies ? 1 : -1)
            // Every lead scored, changed or not: its row gets the version stamp, and the writer
            // needs no second look at which leads the filter selects.
            chunk.changes.append(
                ScoreChange(
                    id: id, oldScore: Int32(clamping: oldScore), newScore: Int32(clamping: score.total),
                    fit: Int32(clamping: score.fit), crossing: crossing))
            chunk.rescored += 1
            if chunk.rescored == chunkSize {
                chunk.lastID = id
                try emit(chunk)
                chunk.changes.removeAll(keepingCapacity: true)
                chunk.rescored = 0
            }
        }
        chunk.lastID = through
        try emit(chunk)
    }

    /// Reads on a read-only connection of its own to the board at `path`, in a thread of its own,
    /// pushing the chunks to `queue`. Its read transaction ends, and the connection closes, before
    /// the queue hears that it is done: a commit's checkpoint must not wait for it.
    func start(onBoardAt path: String, busyTimeout: Int32, into queue: ScoreChunkQueue) {
        let reader = self
        let thread = Thread {
            var failure: Error?
            do {
                let reading = try SQLiteConnection(path: path, readOnly: true, create: false, busyTimeout: busyTimeout)
                try reading.execute("BEGIN")
                do { try reader.read(with: reading) { try queue.push($0) } } catch { failure = error }
                try? reading.execute("COMMIT")
            } catch {
                failure = error
            }
            queue.finish(failure)
        }
        thread.start()
    }
}
