/// How the leads a piece reached did, beside comparable leads that did not get it: leads that
/// reached a stage the piece was sent in (the stage each lead was in when it got it) and never
/// got the piece. A comparison, not proof: the reps chose whom to send it to.
public struct ContentReach: Sendable, Equatable {
    /// How the deals of one group of leads ended.
    public struct Outcomes: Sendable, Equatable {
        public var won: Int
        public var lost: Int
        /// Median whole days from creation to the win, over the won deals.
        public var medianCycleDays: Double?

        public init(won: Int = 0, lost: Int = 0, medianCycleDays: Double? = nil) {
            self.won = won
            self.lost = lost
            self.medianCycleDays = medianCycleDays
        }

        public var closed: Int { won + lost }
        /// Win rate = won / (won + lost); open deals are left out.
        public var winRate: Double? { KPIMath.ratio(won, won + lost) }
    }

    public var pieceID: Int64
    /// The stages the piece was sent in, in board order.
    public var stages: [String]
    /// The distinct leads the piece was sent to.
    public var leadsReached: Int
    /// The deals of those leads, and of the comparable leads, that have closed.
    public var reached: Outcomes
    public var comparable: Outcomes

    public init(
        pieceID: Int64, stages: [String] = [], leadsReached: Int = 0, reached: Outcomes = Outcomes(), comparable: Outcomes = Outcomes()
    ) {
        self.pieceID = pieceID
        self.stages = stages
        self.leadsReached = leadsReached
        self.reached = reached
        self.comparable = comparable
    }

    /// The median of whole-day counts, as the KPIs take it (the mean of the two middle ones).
    public static func median(_ days: [Int]) -> Double? {
        guard !days.isEmpty else { return nil }
        let sorted = days.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
