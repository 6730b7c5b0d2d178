import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Calibration read from a board: which leads have an outcome, when they are scored, and the
/// open leads by score. Figures worked out by hand from `seedScoringBoard`.
@Suite struct CalibrationStoreTests {
    let now = TemporaryBoard.now

    /// Version 1 loaded; Tomás accepted; Megan handed off and rejected; Sam handed off, rejected,
    /// and the rejection undone (so Sam has no outcome).
    func board() throws -> (TemporaryBoard, Store) {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now)
        try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: nil), actor: "ana", at: now)
        try store.apply(.move(leadID: 2, toStage: "mql", expectedVersion: nil), actor: "lucia", at: now)
        try store.apply(.reject(leadID: 2, reason: "no_budget", comment: "", expectedVersion: nil), actor: "tom", at: now)
        try store.apply(.move(leadID: 6, toStage: "mql", expectedVersion: nil), actor: "lucia", at: now)
        try store.apply(.reject(leadID: 6, reason: "student", comment: "", expectedVersion: nil), actor: "tom", at: now + 10)
        try store.apply(.undo, actor: "tom", at: now + 20)
        return (board, store)
    }

    @Test func leadsWithAnOutcomeAreScoredAsOfWhenItWasKnown() throws {
        let (_, store) = try board()
        let report = try store.calibration(now: now + 30)
        // Natalie (won) is scored when she closed, 88 days old: engagement 35 decayed twice to 9,
        // fit 25: 34. Kofi (lost): 0. Tomás (accepted): 60. Megan (rejected): 0. Sam: undone.
        #expect(report.version == 1 && report.threshold == 50 && report.fitMinimum == 10)
        #expect(report.leads == 4 && report.mqls == 1)
        #expect(report.won == 0 && report.lost == 0 && report.accepted == 1 && report.rejected == 0)
        #expect(report.wonTotal == 1 && report.acceptedTotal == 1)
        #expect(report.precisionWon == nil && report.recallWon == 0 && report.precisionAccepted == 1)
        #expect(report.bands.map(\.leads) == [2, 0, 0, 1, 0, 0, 1])
        #expect(report.bands[0] == CalibrationBand(min: 0, max: 9, leads: 2, won: 0, lost: 1, accepted: 0, rejected: 1))
        #expect(report.bands[3] == CalibrationBand(min: 30, max: 39, leads: 1, won: 1))
        #expect(report.bands[6] == CalibrationBand(min: 60, max: 69, leads: 1, accepted: 1))

        let whatIf = try store.calibration(threshold: 30, now: now + 30)
        #expect(whatIf.mqls == 2 && whatIf.won == 1 && whatIf.precisionWon == 1 && whatIf.recallWon == 1 && whatIf.precisionAccepted == 1)
    }

    @Test func openLeadsByStoredScoreAndTheSelectedLeadExplained() throws {
        let (_, store) = try board()
        let distribution = try store.scoreDistribution(fitMinimum: 10)
        #expect(
            distribution.counts == [
                ScoreDistribution.Count(score: 0, fitMet: false, leads: 1), ScoreDistribution.Count(score: 18, fitMet: false, leads: 1),
                ScoreDistribution.Count(score: 60, fitMet: true, leads: 2),
            ])
        #expect(distribution.qualifying(threshold: 50) == 2)
        let rubén = try #require(try store.leadScore(id: 1, now: now))
        #expect(rubén.isCurrent && rubén.storedVersion == 1 && rubén.breakdown.total == rubén.lead.score)
        #expect(
            rubén.breakdown.lines.filter(\.fired).map(\.rule.description) == [
                "employees >= 50 -> 20", "industry in (\"software\", \"fintech\") -> 10", "visits >= 5 -> 10",
                "demo_requested = \"yes\" -> 30",
            ])
        let overview = try store.scoringOverview(now: now + 30)
        let expected = try store.calibration(now: now + 30)
        #expect(overview.current?.id == 1 && overview.previous == nil && overview.report() == expected)
    }

    @Test func calibrationIsReusedUntilAnOutcomeOrAVersionChanges() throws {
        let (board, store) = try board()
        var earlier = try store.scoringOverview(now: now + 30)
        // Answers: Tomás accepted, Megan and Sam rejected, and the undo of Sam's rejection.
        #expect(earlier.calibrationStamp == [4, 1, 1])
        // A marker no computation would produce: seen again only if it was reused.
        earlier.calibration = [CalibrationSample(score: 999)]
        #expect(try store.scoringOverview(now: now + 30, reusing: earlier).calibration == [CalibrationSample(score: 999)])
        // Moving a lead changes no outcome; an answer does.
        try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "lucia", at: now + 40)
        #expect(try store.scoringOverview(now: now + 40, reusing: earlier).calibration == [CalibrationSample(score: 999)])
        try store.apply(.lost(leadID: 3, reason: "price", expectedVersion: nil), actor: "ana", at: now + 50)
        let after = try store.scoringOverview(now: now + 50, reusing: earlier)
        #expect(after.calibrationStamp == [4, 1, 2] && after.calibration != earlier.calibration)
        // A new version, even with the same outcomes, is calibrated afresh.
        var same = after
        same.calibration = [CalibrationSample(score: 999)]
        _ = try board.open().loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "again", at: now + 60)
        let reloaded = try store.scoringOverview(now: now + 60, reusing: same)
        #expect(reloaded.current?.id == 2 && reloaded.calibration != same.calibration && reloaded.previousCalibration.count > 0)
    }

    @Test func withoutADefinitionThereIsNothingToCalibrate() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        #expect(throws: HandoffError.invalidInput("no scoring definition yet; load one with `handoff scoring load FILE`")) {
            try store.calibration()
        }
        #expect(try store.leadScore(id: 1) == nil)
        #expect(try store.scoringOverview().current == nil)
    }
}
