/// One handed-off lead waiting for an answer, with who handed it off and the service level its
/// clock runs on. The clock itself is computed when drawn, so it keeps ticking.
public struct InboxItem: Sendable, Equatable {
    public var lead: Lead
    public var handedOffBy: String?
    public var serviceLevel: ServiceLevel

    public init(lead: Lead, handedOffBy: String?, serviceLevel: ServiceLevel) {
        self.lead = lead
        self.handedOffBy = handedOffBy
        self.serviceLevel = serviceLevel
    }

    /// The lead entered the handoff stage when it was handed off.
    public var handedOffAt: Int64 { lead.enteredAt }

    public func clock(now: Int64) -> SLAClock { serviceLevel.clock(handedOffAt: handedOffAt, now: now) }
}
