import HandoffCore

/// What loading a scoring definition did, for the person who loaded it.
public struct ScoringLoad: Sendable, Equatable {
    public var version: ScoringVersion
    /// Open leads scored with the new version.
    public var rescored: Int
    /// Leads whose score changed (each has a `scored` event).
    public var changed: Int
    /// Leads that qualify now and did not before, by id: flagged in their `scored` event.
    public var qualified: [Int64]
    /// Leads that qualified before and do not now, by id: flagged in their `scored` event.
    public var unqualified: [Int64]
    /// Qualified leads moved to the handoff stage because the team turned auto handoff on.
    public var handedOff: [Int64]
    public var autoHandoff: Bool
}
