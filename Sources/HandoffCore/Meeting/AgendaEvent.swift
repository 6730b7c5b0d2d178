/// An event of the meeting's window with what the agenda tells about it: the lead as it is now,
/// its campaign, who created and handed it off, and for an answer to a handoff its timing.
public struct AgendaEvent: Sendable, Equatable {
    public var event: LeadEvent
    public var lead: Lead
    public var campaignName: String?
    public var campaignOwner: String?
    public var creator: String?
    public var handedOffBy: String?
    public var response: HandoffResponse?
    /// For an answer given after its due time: the working time between the two, in the
    /// calendar of the service level it was due by (the unit every SLA time is told in).
    public var lateWorkingSeconds: Int64?

    public init(
        event: LeadEvent, lead: Lead, campaignName: String? = nil, campaignOwner: String? = nil, creator: String? = nil,
        handedOffBy: String? = nil, response: HandoffResponse? = nil
    ) {
        self.event = event
        self.lead = lead
        self.campaignName = campaignName
        self.campaignOwner = campaignOwner
        self.creator = creator
        self.handedOffBy = handedOffBy
        self.response = response
    }
}
