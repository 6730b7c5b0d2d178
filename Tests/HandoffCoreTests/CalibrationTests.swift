import HandoffCore
import Testing

/// Calibration on a small set of leads whose figures are worked out by hand below.
@Suite struct CalibrationTests {
    /// 11 leads with a known outcome; threshold 60 with a fit minimum (the 61 misses it).
    static let samples = [
        CalibrationSample(score: 72, answer: .accepted, result: .won, count: 2),
        CalibrationSample(score: 65, answer: .accepted, result: .lost),
        CalibrationSample(score: 61, fitMet: false, answer: .accepted, result: .won),
        CalibrationSample(score: 58, answer: .accepted, result: .won),
        CalibrationSample(score: 45, answer: .rejected, result: .lost),
        CalibrationSample(score: 30, answer: .rejected, count: 3),
        CalibrationSample(score: 12, result: .won),
        CalibrationSample(score: 0, result: .lost),
    ]

    @Test func precisionAndRecallAtTheThreshold() {
        let report = CalibrationReport(samples: Self.samples, threshold: 60, fitMinimum: 20, version: 4)
        #expect(report.leads == 11)
        // MQLs: the two 72s and the 65; the 61 fails the fit minimum.
        #expect(report.mqls == 3)
        #expect(report.won == 2 && report.lost == 1 && report.accepted == 3 && report.rejected == 0)
        #expect(report.wonTotal == 5 && report.acceptedTotal == 5)
        #expect(report.precisionWon == 2.0 / 3.0)
        #expect(report.recallWon == 0.4)
        #expect(report.precisionAccepted == 1.0)
        #expect(report.recallAccepted == 0.6)
        #expect(Strings.english.percent(report.precisionWon) == "67%")
    }

    @Test func bandsOfTenPointsFromZeroToTheHighestScore() {
        let bands = CalibrationReport(samples: Self.samples, threshold: 60, fitMinimum: 20, version: 4).bands
        #expect(bands.map(\.min) == [0, 10, 20, 30, 40, 50, 60, 70])
        #expect(bands.map(\.max) == [9, 19, 29, 39, 49, 59, 69, 79])
        #expect(bands.map(\.leads) == [1, 1, 0, 3, 1, 1, 2, 2])
        #expect(bands.map(\.won) == [0, 1, 0, 0, 0, 1, 1, 2])
        #expect(bands.map(\.lost) == [1, 0, 0, 0, 1, 0, 1, 0])
        #expect(bands.map(\.accepted) == [0, 0, 0, 0, 0, 1, 2, 2])
        #expect(bands.map(\.rejected) == [0, 0, 0, 3, 1, 0, 0, 0])
        #expect(bands.map(\.winRate) == [0, 1, nil, nil, 0, 1, 0.5, 1])
        #expect(bands.map(\.acceptanceRate) == [nil, nil, nil, 0, 0, 1, 1, 1])
    }

    @Test func aWhatIfThresholdMovesTheFigures() {
        let lower = CalibrationReport(samples: Self.samples, threshold: 50, fitMinimum: 20, version: 4)
        #expect(lower.mqls == 4 && lower.won == 3 && lower.lost == 1)
        #expect(lower.precisionWon == 0.75 && lower.recallWon == 0.6 && lower.precisionAccepted == 1)
        let higher = CalibrationReport(samples: Self.samples, threshold: 80, fitMinimum: 20, version: 4)
        #expect(higher.mqls == 0 && higher.precisionWon == nil && higher.precisionAccepted == nil && higher.recallWon == 0)
        #expect(Strings.english.percent(higher.precisionWon) == "-")
    }

    @Test func noOutcomesYetMeansNoBandsAndNoRates() {
        let empty = CalibrationReport(samples: [], threshold: 60, fitMinimum: nil, version: nil)
        #expect(empty.leads == 0 && empty.bands.isEmpty && empty.recallWon == nil)
    }

    @Test func samplesMergeByScoreFitAndOutcome() {
        let merged = CalibrationSample.merged([
            CalibrationSample(score: 30, answer: .rejected), CalibrationSample(score: 12, result: .won),
            CalibrationSample(score: 30, answer: .rejected, count: 2),
        ])
        #expect(merged == [CalibrationSample(score: 12, result: .won), CalibrationSample(score: 30, answer: .rejected, count: 3)])
    }

    @Test func openLeadsByScore() {
        let distribution = ScoreDistribution(counts: [
            ScoreDistribution.Count(score: 72, fitMet: true, leads: 3), ScoreDistribution.Count(score: 65, fitMet: false, leads: 2),
            ScoreDistribution.Count(score: 8, fitMet: true, leads: 10),
        ])
        #expect(distribution.leads == 15)
        #expect(distribution.qualifying(threshold: 60) == 3)
        #expect(distribution.qualifying(threshold: 0) == 13)
        #expect(distribution.bands.map(\.leads) == [10, 0, 0, 0, 0, 0, 2, 3])
    }
}
