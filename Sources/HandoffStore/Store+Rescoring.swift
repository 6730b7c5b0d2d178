import HandoffCore

/// Rescoring many leads at once, fast enough for a million open leads: one read pass (see
/// `ScoringScan`) collects what changes, then one prepared statement per kind of write, bound
/// again for each row, writes it. Event details are built in a reused byte buffer.
extension Store {
    enum ScoringScope { case openLeads, allLeads }

    struct Rescoring {
        var rescored = 0
        var changed = 0
        var qualified: [Int64] = []
        var unqualified = 0
    }

    /// Must run inside a transaction. `recordChanges` writes a `scored` event and raises the
    /// version of each lead whose score changes; without it (leads being created) scores are
    /// only filled in.
    func rescore(with version: ScoringVersion, previous: ScoringVersion?, scope: ScoringScope, recordChanges: Bool,
                 in context: WriteContext) throws -> Rescoring {
        let definition = version.definition
        let open = pipeline.stages.filter { !$0.isClosed }.map { SQLiteValue.text($0.id) }
        let stages = open.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        // `+stage` keeps SQLite from using the board index: a scan in id order is what the merge
        // with the attributes needs, and open leads are most of the table.
        let filter = scope == .openLeads ? "+leads.stage IN (\(stages))" : "1"
        let values = scope == .openLeads ? open : []
        let wasThreshold = previous?.definition.threshold ?? definition.threshold
        let wasFitMinimum = (previous ?? version).definition.fitMinimum ?? Int.min

        var result = Rescoring()
        var changes = ContiguousArray<ScoreChange>()
        var scan = ScoringScan(connection: connection, definition: definition)
        let query = ScoringScan.Query(filter: filter, values: values, scoredAt: "\(context.now)", extraColumns: ["leads.score", "leads.score_fit"])
        try scan.run(query) { row, extras, score in
            result.rescored += 1
            let oldScore = row.int(extras)
            let oldFit = row.isNull(extras + 1) ? nil : row.int(extras + 1)
            let was = oldScore >= wasThreshold && (oldFit ?? Int.max) >= wasFitMinimum
            let crossing: Int8 = score.qualifies == was ? 0 : (score.qualifies ? 1 : -1)
            let rowChanges = oldScore != score.total || oldFit != score.fit
            guard rowChanges || crossing != 0 else { return }
            changes.append(ScoreChange(id: row.int64(0), oldScore: Int32(clamping: oldScore), newScore: Int32(clamping: score.total),
                                       fit: Int32(clamping: score.fit), crossing: crossing, rowChanges: rowChanges))
        }

        let stamp = try connection.prepare("UPDATE leads SET score_version = ?\(values.count + 1) WHERE \(filter)")
        try stamp.bind(values + [.integer(Int64(version.id))])
        try stamp.execute()
        let update = try connection.prepare("UPDATE leads SET score = ?, score_fit = ?, version = version + ? WHERE id = ?")
        let insert = try connection.prepare(Store.insertEventSQL)
        try insert.bind([.null, .integer(context.now), .text(context.actor), .text(EventKind.scored)])
        var detail = ScoredDetail(version: version.id)
        for change in changes {
            if change.scoreChanges { result.changed += 1 }
            if change.crossing > 0 { result.qualified.append(change.id) }
            if change.crossing < 0 { result.unqualified += 1 }
            if change.rowChanges {
                try update.bind(1, Int64(change.newScore))
                try update.bind(2, Int64(change.fit))
                try update.bind(3, recordChanges && change.scoreChanges ? 1 : 0)
                try update.bind(4, change.id)
                try update.execute()
            }
            guard recordChanges && (change.scoreChanges || change.crossing != 0) else { continue }
            try insert.bind(1, change.id)
            try detail.write(change) { try insert.bind(7, utf8: $0) }
            try insert.execute()
        }
        insert.reset()
        return result
    }
}
