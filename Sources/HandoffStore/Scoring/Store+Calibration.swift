import HandoffCore

/// Reads for the scoring panel and `handoff scoring calibrate`: the outcome of every lead that has
/// one, scored by a definition; the open leads by stored score; one lead's breakdown.
extension Store {
    /// Every lead with a known outcome (sales accepted or rejected its handoff, or it was won or
    /// lost), scored by `definition` whatever score it had, merged by score and outcome. A lead is
    /// scored as of the moment its outcome was known (the latest answer, else when it closed), so
    /// engagement decays as it had then. Answers that were undone do not count.
    public func calibrationSamples(_ definition: ScoringDefinition, now: Int64 = Timestamp.now()) throws -> [CalibrationSample] {
        let won = pipeline.wonStage?.id ?? "", lost = pipeline.lostStage?.id ?? ""
        let query = ScoringScan.Query(
            prefix: """
                WITH answers AS (
                    SELECT e.lead_id, e.kind, e.at, row_number() OVER (PARTITION BY e.lead_id ORDER BY e.at DESC, e.id DESC) AS n
                    FROM events e WHERE e.kind IN ('accepted', 'rejected')
                      AND NOT EXISTS (SELECT 1 FROM events u WHERE u.reverts = e.id AND u.kind = 'undone'))
                """,
            source: "leads\(connection.dialect.notIndexed) LEFT JOIN answers a ON a.lead_id = leads.id AND a.n = 1",
            filter: "leads.stage IN (?2, ?3) OR a.kind IS NOT NULL",
            values: [.integer(now), .text(won), .text(lost)],
            scoredAt: "coalesce(a.at, leads.closed_at, ?1)",
            extraColumns: ["leads.stage = ?2", "leads.stage = ?3", "a.kind = 'accepted'", "a.kind = 'rejected'"])
        var counts: [CalibrationSample: Int] = [:]
        var scan = ScoringScan(connection: connection, definition: definition)
        let fitMinimum = definition.fitMinimum ?? Int.min
        try scan.run(query) { row, extras, score in
            let result: CalibrationSample.Result? = row.int(extras) == 1 ? .won : row.int(extras + 1) == 1 ? .lost : nil
            let answer: CalibrationSample.Answer? = row.int(extras + 2) == 1 ? .accepted : row.int(extras + 3) == 1 ? .rejected : nil
            counts[
                CalibrationSample(score: score.total, fitMet: score.fit >= fitMinimum, answer: answer, result: result, count: 0), default: 0
            ] += 1
        }
        return CalibrationSample.merged(
            counts.map { key, count in
                var sample = key
                sample.count = count
                return sample
            })
    }

    /// The calibration of the definition in force (or of version `id`) at `threshold`.
    public func calibration(threshold: Int? = nil, version id: Int? = nil, now: Int64 = Timestamp.now()) throws -> CalibrationReport {
        let found = try id.map { try scoringVersion(id: $0) } ?? currentScoring()
        guard let version = found else {
            if let id { throw HandoffError.invalidInput(Message(.thereIsNoScoring, "\(id)")) }
            throw HandoffError.invalidInput(Message(.noScoringDefinitionYetLoadOne))
        }
        return CalibrationReport(
            samples: try calibrationSamples(version.definition, now: now), threshold: threshold ?? version.definition.threshold,
            fitMinimum: version.definition.fitMinimum, version: version.id)
    }

    /// Open leads counted by their stored score and whether their stored fit reaches `fitMinimum`
    /// (a lead no definition has scored counts as reaching it): no evaluation, one scan of the
    /// table in order, counted here. Through the board index SQLite would fetch each row by a random
    /// lookup, and its GROUP BY would sort a million rows to make a few dozen groups.
    public func scoreDistribution(fitMinimum: Int?) throws -> ScoreDistribution {
        let open = pipeline.stages.filter { !$0.isClosed }.map { DatabaseValue.text($0.id) }
        let list = open.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        let statement = try connection.prepare(
            """
            SELECT s.score, s.score_fit FROM leads\(connection.dialect.notIndexed) JOIN lead_scores s ON s.lead_id = leads.id
            WHERE leads.stage IN (\(list))
            """)
        try statement.bind(open)
        defer { statement.reset() }
        let minimum = fitMinimum ?? Int.min
        // Scores are small whole numbers: an array counts them; the rare others go to a dictionary.
        var small = Array(repeating: (met: 0, unmet: 0), count: 1_024)
        var other: [Int: (met: Int, unmet: Int)] = [:]
        while try statement.step() {
            let score = statement.int(0)
            let met = statement.isNull(1) || statement.int(1) >= minimum
            if score >= 0 && score < small.count {
                if met { small[score].met += 1 } else { small[score].unmet += 1 }
            } else {
                other[score, default: (0, 0)].met += met ? 1 : 0
                other[score, default: (0, 0)].unmet += met ? 0 : 1
            }
        }
        for (score, count) in small.enumerated() where count.met + count.unmet > 0 { other[score] = count }
        var result: [ScoreDistribution.Count] = []
        for (score, count) in other.sorted(by: { $0.key < $1.key }) {
            if count.unmet > 0 { result.append(ScoreDistribution.Count(score: score, fitMet: false, leads: count.unmet)) }
            if count.met > 0 { result.append(ScoreDistribution.Count(score: score, fitMet: true, leads: count.met)) }
        }
        return ScoreDistribution(counts: result)
    }

    /// What the scoring panel shows: versions, open leads by score, calibration of the version in
    /// force and of the one before. Calibration scores every lead with an outcome; when the
    /// versions and the `calibrationStamp` are those of `earlier`, its calibration is reused.
    public func scoringOverview(now: Int64 = Timestamp.now(), reusing earlier: ScoringOverview? = nil) throws -> ScoringOverview {
        guard let current = try currentScoring() else {
            return ScoringOverview(distribution: try scoreDistribution(fitMinimum: nil), autoHandoff: try autoHandoff())
        }
        let previous = try scoringVersion(before: current.id)
        let stamp = try calibrationStamp()
        var overview = ScoringOverview(
            current: current, previous: previous,
            distribution: try scoreDistribution(fitMinimum: current.definition.fitMinimum),
            autoHandoff: try autoHandoff(), calibrationStamp: stamp)
        if let earlier, earlier.current?.id == current.id, earlier.previous?.id == previous?.id, earlier.calibrationStamp == stamp {
            overview.calibration = earlier.calibration
            overview.previousCalibration = earlier.previousCalibration
        } else {
            overview.calibration = try calibrationSamples(current.definition, now: now)
            overview.previousCalibration = try previous.map { try calibrationSamples($0.definition, now: now) } ?? []
        }
        return overview
    }

    /// Changes whenever an outcome does: answers to handoffs (and their undoing) are counted from
    /// the event index, won and lost leads from the column totals. Cheap at any size.
    public func calibrationStamp() throws -> [Int] {
        let answers = Int(try connection.scalar("SELECT count(*) FROM events WHERE kind IN ('accepted', 'rejected', 'undone')") ?? 0)
        let totals = try stageTotals()
        return [answers, totals[pipeline.wonStage?.id ?? ""]?.leads ?? 0, totals[pipeline.lostStage?.id ?? ""]?.leads ?? 0]
    }

    /// One lead explained by the definition in force, at `now`; nil without a definition.
    public func leadScore(id: Int64, now: Int64 = Timestamp.now()) throws -> LeadScore? {
        guard let version = try currentScoring() else { return nil }
        let lead = try requireLead(id: id)
        let stored =
            try connection.prepare("SELECT score_version FROM lead_scores WHERE lead_id = ?").rows([.integer(id)]) { $0.optionalInt64(0) }
            .first ?? nil
        let attributes = Dictionary(try attributes(leadID: id).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let activity = try activityForScoring(version.definition, leadID: id)
        return LeadScore(
            lead: lead, storedVersion: stored.map { Int($0) }, version: version,
            breakdown: ScoringEvaluator.breakdown(version.definition, lead: lead, attributes: attributes, activity: activity, at: now))
    }

    /// The score the definition in force gives an open lead being created or edited, and that
    /// version; nil without a definition, or for a closed lead (they keep the score they closed with).
    func currentScore(of lead: Lead, attributes: [String: String], at now: Int64) throws -> (score: Score, version: Int)? {
        guard let version = try currentScoring(), pipeline.stage(lead.stage)?.isClosed != true else { return nil }
        let activity = try activityForScoring(version.definition, leadID: lead.id)
        let breakdown = ScoringEvaluator.breakdown(version.definition, lead: lead, attributes: attributes, activity: activity, at: now)
        return (breakdown.score, version.id)
    }

    /// Fills in the parts of a score that are not fields of `Lead`, in the transaction that wrote it.
    func recordScore(leadID: Int64, fit: Int, version: Int) throws {
        try connection.prepare(
            """
            INSERT INTO lead_scores(lead_id, score_fit, score_version) VALUES (?1, ?2, ?3)
                ON CONFLICT(lead_id) DO UPDATE SET score_fit = excluded.score_fit, score_version = excluded.score_version
            """
        ).run(.integer(leadID), .integer(Int64(fit)), .integer(Int64(version)))
    }
}
