/// Open leads counted by stored score, and whether their fit reaches the fit minimum: enough to
/// draw the histogram and to say how many would be MQLs at any threshold, from one SQL aggregate.
public struct ScoreDistribution: Sendable, Equatable {
    public struct Count: Sendable, Equatable {
        public var score: Int
        public var fitMet: Bool
        public var leads: Int

        public init(score: Int, fitMet: Bool, leads: Int) {
            self.score = score
            self.fitMet = fitMet
            self.leads = leads
        }
    }

    public var counts: [Count]

    public init(counts: [Count] = []) {
        self.counts = counts
    }

    public var leads: Int { counts.reduce(0) { $0 + $1.leads } }

    /// Open leads that would be MQLs at `threshold`.
    public func qualifying(threshold: Int) -> Int {
        counts.reduce(0) { $0 + ($1.score >= threshold && $1.fitMet ? $1.leads : 0) }
    }

    /// Leads per band of `CalibrationReport.bandWidth` points, from 0 to the highest score.
    public var bands: [(min: Int, leads: Int)] {
        let width = CalibrationReport.bandWidth
        guard let top = counts.map(\.score).max() else { return [] }
        var bands = (0...(max(0, top) / width)).map { (min: $0 * width, leads: 0) }
        for count in counts { bands[max(0, count.score) / width].leads += count.leads }
        return bands
    }
}
