/// A person or company moving through the pipeline. Times are Unix seconds (UTC).
public struct Lead: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var name: String
    public var company: String
    public var email: String
    public var phone: String
    public var source: String
    public var campaign: String?
    public var owner: String?
    public var stage: String
    /// Deal value in the board currency; nil until someone estimates it.
    public var value: Double?
    public var score: Int
    public var createdAt: Int64
    /// When the lead entered its current stage: the base of "days in stage" and staleness.
    public var enteredAt: Int64
    public var closedAt: Int64?
    public var lostReason: String?
    /// Optimistic concurrency: every write says which version it read.
    public var version: Int

    public init(
        id: Int64, name: String, company: String = "", email: String = "", phone: String = "", source: String = "",
        campaign: String? = nil, owner: String? = nil, stage: String, value: Double? = nil, score: Int = 0,
        createdAt: Int64, enteredAt: Int64, closedAt: Int64? = nil, lostReason: String? = nil, version: Int = 1
    ) {
        self.id = id
        self.name = name
        self.company = company
        self.email = email
        self.phone = phone
        self.source = source
        self.campaign = campaign
        self.owner = owner
        self.stage = stage
        self.value = value
        self.score = score
        self.createdAt = createdAt
        self.enteredAt = enteredAt
        self.closedAt = closedAt
        self.lostReason = lostReason
        self.version = version
    }

    public func daysInStage(now: Int64) -> Int { Int(max(0, Timestamp.elapsed(from: enteredAt, to: now)) / 86_400) }
}
