import HandoffCore

/// A lead as the user saw it when a form opened: enough to name it and to send the version the
/// user saw, so a change made meanwhile by someone else is refused rather than overwritten.
public struct LeadRef: Sendable, Equatable {
    public var id: Int64
    public var version: Int
    public var name: String

    public init(_ lead: Lead) {
        id = lead.id
        version = lead.version
        name = lead.name
    }
}
