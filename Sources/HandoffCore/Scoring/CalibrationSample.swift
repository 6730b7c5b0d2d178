/// Leads with a known outcome that share a score: what sales answered to their handoff (the
/// latest answer that was not undone) and how they ended, if they ended.
public struct CalibrationSample: Sendable, Equatable, Hashable {
    public enum Answer: String, Sendable { case accepted, rejected }
    public enum Result: String, Sendable { case won, lost }

    public var score: Int
    /// Whether the fit points reach the definition's fit minimum (always true without one).
    public var fitMet: Bool
    public var answer: Answer?
    public var result: Result?
    public var count: Int

    public init(score: Int, fitMet: Bool = true, answer: Answer? = nil, result: Result? = nil, count: Int = 1) {
        self.score = score
        self.fitMet = fitMet
        self.answer = answer
        self.result = result
        self.count = count
    }

    /// Samples with the same score, fit and outcome merged, in a stable order.
    public static func merged(_ samples: [CalibrationSample]) -> [CalibrationSample] {
        var counts: [CalibrationSample: Int] = [:]
        for sample in samples {
            var key = sample
            key.count = 0
            counts[key, default: 0] += sample.count
        }
        return counts.map { key, count in
            var sample = key
            sample.count = count
            return sample
        }.sorted {
            ($0.score, $0.fitMet ? 1 : 0, $0.answer?.rawValue ?? "", $0.result?.rawValue ?? "") < (
                $1.score, $1.fitMet ? 1 : 0, $1.answer?.rawValue ?? "", $1.result?.rawValue ?? ""
            )
        }
    }
}
