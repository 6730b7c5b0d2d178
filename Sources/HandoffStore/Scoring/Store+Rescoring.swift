import Foundation
import HandoffCore

/// Rescoring many leads at once, fast enough for a million open leads on two cores. A reader
/// (`ScoreReader`) scores the leads in id order and hands on chunks of changes; the writer writes
/// each chunk with one UPDATE of its leads and one INSERT of its events, statements that read
/// the new values through a SQL function over the chunk (a million single-row statements would
/// cost SQLite far more than the work itself). When the transaction has not written to `leads`
/// yet, the reader runs on a second, read-only connection in its own thread, so reading the
/// next chunk and writing this one overlap; it starts after this connection holds the write
/// lock, so it reads exactly what the transaction started from.
extension Store {
    enum ScoringScope: Equatable {
        case openLeads, allLeads
        /// The open leads an activity import recorded activity for: those whose activity names an
        /// event from `sinceEvent` on (the import's first, in the transaction that holds the log).
        case recordedActivity(sinceEvent: Int64)
    }

    /// `concurrently` reads on a second connection, in chunks: only when this transaction has not
    /// changed any lead yet, which that connection could not see.
    enum Reading {
        case inline
        case concurrently(chunkSize: Int)
        /// Scored before the transaction (see `loadScoring`): only written here.
        case precomputed([ScoreChunk])
    }

    struct Rescoring {
        var rescored = 0
        var changed = 0
        var qualified: [Int64] = []
        var unqualified: [Int64] = []
    }

    /// The connection set up for rewriting most of the board in one transaction, around `body`,
    /// which begins and ends that transaction: SQLite reads both settings when a transaction
    /// begins, so set inside one they would not apply to it.
    func withRescoringSettings<T>(_ body: () throws -> T) throws -> T {
        guard connection.engine == .sqlite else { return try body() }
        // A million rows rewritten in one transaction touch far more pages than SQLite's default
        // cache of 2 MB: they would spill to the WAL mid-transaction and be read back from it.
        // The cache grows only as pages are used, and is given back after.
        let cacheSize = try connection.scalar("PRAGMA cache_size") ?? -2_000
        try connection.execute("PRAGMA cache_size = -524288")
        // Each chunk's UPDATE and INSERT keeps a statement journal (the pages it changes, as they
        // were, to undo that statement alone), in a temporary file by default. Measured at a
        // million open leads: 172 MB written to /var/tmp besides the WAL and the checkpoint. In
        // memory, it is a copy of one chunk's pages at a time.
        let tempStore = try connection.scalar("PRAGMA temp_store") ?? 0
        try connection.execute("PRAGMA temp_store = MEMORY")
        defer {
            try? connection.execute("PRAGMA temp_store = \(tempStore)")
            try? connection.execute("PRAGMA cache_size = \(cacheSize)")
        }
        return try body()
    }

    /// Must run inside a transaction; on a large board, one begun inside `withRescoringSettings`
    /// (or a bulk load's `BulkLoad.relax`). `recordChanges` records each lead whose score changes
    /// or that crosses the threshold in `score_changes`, under one board event (see `ScoreWriter`);
    /// without it (leads being created) scores are only filled in.
    func rescore(
        with version: ScoringVersion, previous: ScoringVersion?, scope: ScoringScope, recordChanges: Bool,
        reading: Reading, in context: WriteContext, progress: ((Int) -> Void)? = nil
    ) throws -> Rescoring {
        let reader = scoreReader(version.definition, previous: previous, scope: scope, now: context.now)
        let writer = ScoreWriter(store: self, version: version.id, recordChanges: recordChanges, context: context)
        try writer.begin()
        defer { writer.end() }
        var result = Rescoring()
        var lowID = Int64.min
        func write(_ chunk: ScoreChunk) throws {
            try writer.write(chunk, after: lowID)
            lowID = chunk.lastID
            result.rescored += chunk.rescored
            // The reader's last chunk may only close the id range, with no lead of its own.
            if chunk.rescored > 0 { progress?(result.rescored) }
            for change in chunk.changes {
                if change.scoreChanges { result.changed += 1 }
                if change.crossing > 0 { result.qualified.append(change.id) }
                if change.crossing < 0 { result.unqualified.append(change.id) }
            }
        }
        if case let .precomputed(chunks) = reading {
            for chunk in chunks { try write(chunk) }
        } else if case let .concurrently(chunkSize) = reading, connection.engine == .sqlite {
            // A second reader only on SQLite: the server reads and writes through one connection.
            var chunked = reader
            chunked.chunkSize = chunkSize
            let queue = ScoreChunkQueue(capacity: 4)
            chunked.start(onBoardAt: path, busyTimeout: connection.busyTimeout, into: queue)
            do {
                while let chunk = try queue.next() { try write(chunk) }
                queue.waitForReader()
            } catch {
                queue.cancelAndWait()
                throw error
            }
        } else {
            // Writing while this connection still reads `leads` is not allowed: read all first.
            var chunks: [ScoreChunk] = []
            var sequential = reader
            if case let .concurrently(chunkSize) = reading { sequential.chunkSize = chunkSize }
            try sequential.read(with: connection) { chunks.append($0) }
            for chunk in chunks { try write(chunk) }
        }
        try writer.finish()
        return result
    }

    /// The reader that scores the leads of `scope` with `definition`, judging whether a stored
    /// score qualified by the version it came from (`previous`; the new one when there is none).
    func scoreReader(_ definition: ScoringDefinition, previous: ScoringVersion?, scope: ScoringScope, now: Int64) -> ScoreReader {
        let open = pipeline.stages.filter { !$0.isClosed }.map { DatabaseValue.text($0.id) }
        let stages = open.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        let filter: String, values: [DatabaseValue]
        switch scope {
        case .openLeads: (filter, values) = ("leads.stage IN (\(stages))", open)
        case .allLeads: (filter, values) = ("1 = 1", [])
        case let .recordedActivity(event):
            filter = "leads.stage IN (\(stages)) AND leads.id IN (SELECT lead_id FROM activities WHERE event_id >= ?\(open.count + 1))"
            values = open + [.integer(event)]
        }
        return ScoreReader(
            definition: definition, filter: filter, values: values, now: now,
            wasThreshold: previous?.definition.threshold ?? definition.threshold,
            wasFitMinimum: (previous?.definition ?? definition).fitMinimum ?? Int.min, chunkSize: Int.max)
    }
}
