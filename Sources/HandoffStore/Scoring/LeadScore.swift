import HandoffCore

/// One lead's score as stored and as the definition in force explains it now. They differ only
/// when the lead changed, or decay moved on, since its score was computed.
public struct LeadScore: Sendable, Equatable {
    public var lead: Lead
    /// The version the stored score was computed with; nil when no definition computed it.
    public var storedVersion: Int?
    public var version: ScoringVersion
    public var breakdown: ScoreBreakdown

    public init(lead: Lead, storedVersion: Int?, version: ScoringVersion, breakdown: ScoreBreakdown) {
        self.lead = lead
        self.storedVersion = storedVersion
        self.version = version
        self.breakdown = breakdown
    }

    public var isCurrent: Bool { storedVersion == version.id && breakdown.total == lead.score }
}
