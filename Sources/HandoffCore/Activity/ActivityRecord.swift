/// One thing a lead did, as recorded from an activity import: what, when, and the campaign (an
/// email's name) it answered when the export says.
public struct ActivityRecord: Sendable, Equatable {
    public var kind: ActivityKind
    public var at: Int64
    public var campaign: String?

    public init(kind: ActivityKind, at: Int64, campaign: String? = nil) {
        self.kind = kind
        self.at = at
        self.campaign = campaign
    }
}
