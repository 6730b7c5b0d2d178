/// What sales answered to the handoffs of one source or campaign over a period.
public struct FeedbackRow: Sendable, Equatable {
    public var group: String
    public var accepted: Int
    public var rejected: Int
    /// Rejection reason codes with their counts, most frequent first.
    public var reasons: [ReasonCount]

    public struct ReasonCount: Sendable, Equatable {
        public var code: String
        public var count: Int

        public init(code: String, count: Int) {
            self.code = code
            self.count = count
        }
    }

    public init(group: String, accepted: Int, rejected: Int, reasons: [ReasonCount] = []) {
        self.group = group
        self.accepted = accepted
        self.rejected = rejected
        self.reasons = reasons
    }

    public var answered: Int { accepted + rejected }

    /// Accepted / (accepted + rejected); nil when nothing was answered.
    public var acceptanceRate: Double? { answered == 0 ? nil : Double(accepted) / Double(answered) }
}
