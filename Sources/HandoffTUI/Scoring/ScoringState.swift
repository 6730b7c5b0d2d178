import HandoffCore
import HandoffStore

/// The scoring panel: what the store said (versions, open leads by score, calibration), the
/// selected lead explained, and the what-if threshold the `+` and `-` keys move.
public struct ScoringState: Sendable, Equatable {
    public var overview: ScoringOverview?
    public var lead: LeadScore?
    /// Nil: the threshold in force.
    public var whatIf: Int?

    public init() {}

    /// Steps of the what-if keys.
    public static let step = 5

    public var threshold: Int? { overview?.current?.definition.threshold }
    public var whatIfThreshold: Int? { whatIf ?? threshold }
}
