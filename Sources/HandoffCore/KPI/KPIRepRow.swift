/// One sales rep over a period: handoffs they took, deals they won, how fast they answered.
public struct KPIRepRow: Sendable, Equatable {
    public var login: String
    public var name: String
    public var accepted: Int
    public var won: Int
    public var revenue: Double
    /// Median working time to answer a handoff (accept or reject), in seconds.
    public var medianResponseSeconds: Double?

    public init(login: String, name: String, accepted: Int = 0, won: Int = 0, revenue: Double = 0, medianResponseSeconds: Double? = nil) {
        self.login = login
        self.name = name
        self.accepted = accepted
        self.won = won
        self.revenue = revenue
        self.medianResponseSeconds = medianResponseSeconds
    }
}
