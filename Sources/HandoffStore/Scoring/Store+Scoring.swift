import HandoffCore

/// Versioned scoring definitions. A definition changes only through `loadScoring`, which records
/// the new version and rescores every open lead in the same transaction.
extension Store {
    static let autoHandoffKey = "scoring.auto_handoff"

    /// The definition in force: the highest version. Nil until one is loaded.
    public func currentScoring() throws -> ScoringVersion? {
        try scoringVersions(where: "1 = 1 ORDER BY id DESC LIMIT 1", []).first
    }

    public func scoringVersion(id: Int) throws -> ScoringVersion? {
        try scoringVersions(where: "id = ?", [.integer(Int64(id))]).first
    }

    /// The version in force before `id`.
    public func scoringVersion(before id: Int) throws -> ScoringVersion? {
        try scoringVersions(where: "id < ? ORDER BY id DESC LIMIT 1", [.integer(Int64(id))]).first
    }

    /// Every version, newest first.
    public func scoringHistory() throws -> [ScoringVersion] {
        try scoringVersions(where: "1 = 1 ORDER BY id DESC", [])
    }

    private func scoringVersions(where clause: String, _ values: [DatabaseValue]) throws -> [ScoringVersion] {
        let rows = try connection.prepare("SELECT id, at, author, comment, definition FROM scoring_versions WHERE \(clause)")
            .rows(values) { (id: $0.int(0), at: $0.int64(1), author: $0.string(2), comment: $0.string(3), text: $0.string(4)) }
        return try rows.map { row in
            do {
                return ScoringVersion(
                    id: row.id, at: row.at, author: row.author, comment: row.comment,
                    definition: try ScoringDefinition.parse(row.text))
            } catch {
                throw HandoffError.storage(
                    Message(.scoringVersionInCannot, "\(row.id)", "\(path)", "\(String(describing: error))")
                )
            }
        }
    }

    /// Leads in open stages, from the column totals (no count over the table): what a load rescores.
    public func openLeadCount() throws -> Int {
        let open = Set(pipeline.stages.filter { !$0.isClosed }.map(\.id))
        return try stageTotals().filter { open.contains($0.key) }.reduce(0) { $0 + $1.value.leads }
    }

    /// Whether leads that reach the threshold are handed off to sales at once (`settings`).
    public func autoHandoff() throws -> Bool { try setting(Store.autoHandoffKey) == "on" }

    /// Turns auto handoff on or off; like the definition itself, a change to scoring.
    public func setAutoHandoff(_ on: Bool, actor: String) throws {
        try connection.transaction {
            try require(.editScoring, actor: actor)
            try setSetting(Store.autoHandoffKey, on ? "on" : "off")
        }
    }

    /// Records `definition` as a new version by `author` and rescores every open lead with it, all
    /// in one transaction: a lead whose score changes gets a `scored` event (old -> new and the
    /// version), and so does one that crosses the threshold either way; with auto handoff on, a
    /// lead in a marketing stage that now qualifies is handed off with an event naming the version.
    /// A definition that names a field no lead has is refused and nothing changes.
    /// This is the one way a definition changes: checks on who may edit scoring belong here.
    /// `progress` hears how many open leads are scored and written so far, after each chunk; the
    /// commit follows the last report.
    public func loadScoring(
        _ definition: ScoringDefinition, author: String, comment: String, at now: Int64 = Timestamp.now(),
        progress: ((Int) -> Void)? = nil
    ) throws -> ScoringLoad {
        try loadScoring(definition, author: author, comment: comment, at: now, chunkSize: Store.rescoringChunkSize, progress: progress)
    }

    /// Leads read per chunk while the previous chunk is written.
    static let rescoringChunkSize = 1 << 16

    /// `chunkSize` is separate so that tests can cut a small board into many chunks; `scored` is
    /// called once the leads are scored, before the write lock is taken (tests write from another
    /// connection there).
    ///
    /// Scoring every open lead (the evaluation of each rule on each lead) happens before the write
    /// lock, in a read transaction of its own: on a large board it takes seconds, and other people's
    /// writes must not wait for it. The write transaction then checks that nobody committed since
    /// (`PRAGMA data_version`) and writes what was worked out; if somebody did, the leads are scored
    /// again, and after a few tries (a board written to without a pause) scored inside the lock.
    func loadScoring(
        _ definition: ScoringDefinition, author: String, comment: String, at now: Int64, chunkSize: Int,
        progress: ((Int) -> Void)? = nil, scored: (() throws -> Void)? = nil
    ) throws -> ScoringLoad {
        if readOnly { throw Store.readOnlyRefusal }
        // Refused before any lead is scored, and checked again in the transaction that writes.
        try require(.editScoring, actor: author)
        for _ in 0..<Store.scoringAttempts {
            let snapshot = try scoreOpenLeads(definition, now: now, chunkSize: chunkSize, progress: progress)
            try scored?()
            let load = try withRescoringSettings {
                try connection.transaction { () -> ScoringLoad? in
                    guard try dataVersion() == snapshot.dataVersion else { return nil }
                    return try record(
                        definition, author: author, comment: comment, now: now, previous: snapshot.previous,
                        reading: .precomputed(snapshot.chunks))
                }
            }
            if let load { return load }
        }
        return try withRescoringSettings {
            try connection.transaction {
                try require(.editScoring, actor: author)
                try checkFields(of: definition)
                return try record(
                    definition, author: author, comment: comment, now: now, previous: try currentScoring(),
                    reading: .concurrently(chunkSize: chunkSize), progress: progress)
            }
        }
    }

    /// How many times leads are scored outside the write lock before a busy board is scored inside it.
    static let scoringAttempts = 3

    /// Every open lead scored with `definition`, in one read transaction: the chunks of changes to
    /// write, the version they were compared with, and the board's `data_version` they hold for.
    private func scoreOpenLeads(
        _ definition: ScoringDefinition, now: Int64, chunkSize: Int,
        progress: ((Int) -> Void)?
    ) throws -> (chunks: [ScoreChunk], previous: ScoringVersion?, dataVersion: Int64) {
        try connection.execute("BEGIN")
        defer { try? connection.execute("COMMIT") }
        try checkFields(of: definition)
        let previous = try currentScoring()
        let dataVersion = try self.dataVersion()
        var reader = scoreReader(definition, previous: previous, scope: .openLeads, now: now)
        reader.chunkSize = chunkSize
        var chunks: [ScoreChunk] = []
        var done = 0
        func take(_ chunk: ScoreChunk) {
            chunks.append(chunk)
            done += chunk.rescored
            if chunk.rescored > 0 { progress?(done) }
        }
        guard let halfway = try halfwayLeadID(chunkSize: chunkSize) else {
            try reader.read(with: connection) { take($0) }
            return (chunks, previous, dataVersion)
        }
        // Scoring is work for the processor, one lead after another: two cores score the two
        // halves of the board at once (measured at a million open leads: 1.9 s read alone). The
        // second half is read on a connection of its own, whose snapshot begins after this one's:
        // a commit between the two changes `data_version`, which the write transaction checks.
        var firstHalf = reader, secondHalf = reader
        firstHalf.through = halfway
        secondHalf.after = halfway
        let queue = ScoreChunkQueue(capacity: Int.max)
        secondHalf.start(onBoardAt: path, busyTimeout: connection.busyTimeout, into: queue)
        do {
            try firstHalf.read(with: connection) { take($0) }
            while let chunk = try queue.next() { take(chunk) }
            queue.waitForReader()
        } catch {
            queue.cancelAndWait()
            throw error
        }
        return (chunks, previous, dataVersion)
    }

    /// The id that cuts the board's leads in two halves of the id range, when there are more than
    /// two chunks of them on a board in a file; nil otherwise (one reader is enough).
    private func halfwayLeadID(chunkSize: Int) throws -> Int64? {
        guard connection.engine == .sqlite,
            let range = try connection.prepare("SELECT min(id), max(id) FROM leads").rows(
                [],
                { row in
                    row.isNull(0) ? nil : (low: row.int64(0), high: row.int64(1))
                }
            ).first ?? nil,
            range.high - range.low > 2 * Int64(min(chunkSize, Int(Int32.max)))
        else { return nil }
        return range.low + (range.high - range.low) / 2
    }

    /// The new version and the rescoring, inside the write transaction.
    private func record(
        _ definition: ScoringDefinition, author: String, comment: String, now: Int64, previous: ScoringVersion?,
        reading: Reading, progress: ((Int) -> Void)? = nil
    ) throws -> ScoringLoad {
        // The one check on who may change the definition (marketing and admins by default).
        try require(.editScoring, actor: author)
        let version = try insertScoringVersion(definition, author: author, comment: comment, at: now)
        let context = WriteContext(actor: author, now: now)
        let rescoring = try rescore(
            with: version, previous: previous, scope: .openLeads, recordChanges: true,
            reading: reading, in: context, progress: progress)
        let auto = try autoHandoff()
        var handedOff: [Int64] = []
        if auto, let handoff = pipeline.handoffStage {
            for id in rescoring.qualified {
                let lead = try requireLead(id: id)
                guard pipeline.stage(lead.stage)?.side == .marketing else { continue }
                let reason = "scoring version \(version.id): \(lead.score) reaches the threshold \(definition.threshold)"
                _ = try move(leadID: id, to: handoff.id, expectedVersion: nil, in: context, because: reason)
                handedOff.append(id)
            }
        }
        return ScoringLoad(
            version: version, rescored: rescoring.rescored, changed: rescoring.changed, qualified: rescoring.qualified,
            unqualified: rescoring.unqualified, handedOff: handedOff, autoHandoff: auto)
    }

    /// The demo's definition: recorded as a version, and every lead (closed ones too) scored with
    /// it as part of being created, so without events. Runs inside the loader's transaction.
    func installScoring(_ definition: ScoringDefinition, author: String, comment: String, at now: Int64) throws {
        try checkFields(of: definition)
        let version = try insertScoringVersion(definition, author: author, comment: comment, at: now)
        _ = try rescore(
            with: version, previous: nil, scope: .allLeads, recordChanges: false, reading: .inline,
            in: WriteContext(actor: author, now: now))
    }

    private func insertScoringVersion(_ definition: ScoringDefinition, author: String, comment: String, at now: Int64) throws
        -> ScoringVersion
    {
        let id = try connection.insertReturningID(
            "INSERT INTO scoring_versions(at, author, comment, definition) VALUES (?, ?, ?, ?) RETURNING id",
            [.integer(now), .text(author), .text(comment), .text(definition.text)])
        return ScoringVersion(id: Int(id), at: now, author: author, comment: comment, definition: definition)
    }

    /// Every field a rule names must be a lead field or an attribute some lead has, or a typo
    /// would silently score nobody. A board with no attributes at all accepts any name.
    func checkFields(of definition: ScoringDefinition) throws {
        guard try connection.scalar("SELECT 1 FROM lead_attributes LIMIT 1") != nil else { return }
        var checked: Set<String> = []
        for rule in definition.rules {
            guard case let .attribute(name) = rule.target, checked.insert(name).inserted else { continue }
            if try connection.scalar("SELECT 1 FROM lead_attributes WHERE name = ? LIMIT 1", .text(name)) != nil { continue }
            let known = try connection.prepare("SELECT DISTINCT name FROM lead_attributes LIMIT 30").rows([]) { $0.string(0) }.sorted()
            let likely = known.first { $0.lowercased() == name.lowercased() }
            let safe = TerminalText.sanitize(name)
            let unknown: Message =
                rule.field.hasPrefix(ScoringField.attributePrefix)
                ? Message(.noLeadHasAnAttribute, "\(safe)")
                : Message(.isNeitherALead, "\(safe)")
            let ruleText = TerminalText.sanitize(rule.description)
            let fields = ScoringLeadField.allCases.map(\.rawValue).joined(separator: ", "),
                attributes = known.map(TerminalText.sanitize).joined(separator: ", ")
            throw ScoringError(
                line: rule.line, column: rule.column,
                likely.map {
                    Message(.inRuleDidYou, "\(unknown)", "\(ruleText)", "\(TerminalText.sanitize($0))", "\(fields)", "\(attributes)")
                } ?? Message(.inRuleLeadFields, "\(unknown)", "\(ruleText)", "\(fields)", "\(attributes)"))
        }
    }
}
