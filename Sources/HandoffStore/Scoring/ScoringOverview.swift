import HandoffCore

/// Everything the scoring panel shows but the selected lead: the versions, the open leads by
/// score, and the leads with a known outcome scored by the definition in force and the one before.
public struct ScoringOverview: Sendable, Equatable {
    public var current: ScoringVersion?
    public var previous: ScoringVersion?
    public var distribution: ScoreDistribution
    public var calibration: [CalibrationSample]
    public var previousCalibration: [CalibrationSample]
    public var autoHandoff: Bool
    /// What the calibration was computed from besides the definitions (see `calibrationStamp`).
    public var calibrationStamp: [Int]

    public init(
        current: ScoringVersion? = nil, previous: ScoringVersion? = nil, distribution: ScoreDistribution = ScoreDistribution(),
        calibration: [CalibrationSample] = [], previousCalibration: [CalibrationSample] = [], autoHandoff: Bool = false,
        calibrationStamp: [Int] = []
    ) {
        self.current = current
        self.previous = previous
        self.distribution = distribution
        self.calibration = calibration
        self.previousCalibration = previousCalibration
        self.autoHandoff = autoHandoff
        self.calibrationStamp = calibrationStamp
    }

    /// The calibration of the definition in force at `threshold` (its own when nil).
    public func report(threshold: Int? = nil) -> CalibrationReport? {
        guard let current else { return nil }
        return CalibrationReport(
            samples: calibration, threshold: threshold ?? current.definition.threshold,
            fitMinimum: current.definition.fitMinimum, version: current.id)
    }

    /// The calibration of the previous definition at its own threshold.
    public var previousReport: CalibrationReport? {
        guard let previous else { return nil }
        return CalibrationReport(
            samples: previousCalibration, threshold: previous.definition.threshold,
            fitMinimum: previous.definition.fitMinimum, version: previous.id)
    }
}
