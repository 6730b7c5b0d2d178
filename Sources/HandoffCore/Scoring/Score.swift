/// A lead's score under a definition: the total (never below 0), its fit part (which the fit
/// minimum is checked against) and its engagement part after cap and decay.
public struct Score: Sendable, Equatable {
    public var total: Int
    public var fit: Int
    public var engagement: Int
    public var qualifies: Bool

    public init(total: Int, fit: Int, engagement: Int, qualifies: Bool) {
        self.total = total
        self.fit = fit
        self.engagement = engagement
        self.qualifies = qualifies
    }
}
