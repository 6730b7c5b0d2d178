/// One score band of the calibration table, e.g. 60-69: how the leads that scored there ended.
public struct CalibrationBand: Sendable, Equatable {
    public var min: Int
    public var max: Int
    public var leads: Int
    public var won: Int
    public var lost: Int
    public var accepted: Int
    public var rejected: Int

    public init(min: Int, max: Int, leads: Int = 0, won: Int = 0, lost: Int = 0, accepted: Int = 0, rejected: Int = 0) {
        self.min = min
        self.max = max
        self.leads = leads
        self.won = won
        self.lost = lost
        self.accepted = accepted
        self.rejected = rejected
    }

    /// won / (won + lost); nil when none has ended.
    public var winRate: Double? { CalibrationReport.rate(won, of: won + lost) }
    /// accepted / (accepted + rejected); nil when no handoff was answered.
    public var acceptanceRate: Double? { CalibrationReport.rate(accepted, of: accepted + rejected) }
}
