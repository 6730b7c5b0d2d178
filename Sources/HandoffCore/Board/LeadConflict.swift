/// Someone else changed a lead after the user saw it: who, when, what they did, and what the lead
/// looks like now, so the refusal tells the whole story and nothing is overwritten.
public struct LeadConflict: Sendable, Equatable {
    public var leadID: Int64
    public var leadName: String
    /// The display name of whoever changed it last, if the log knows.
    public var changedBy: String?
    public var secondsAgo: Int64?
    /// What they did: `moved it to Nurturing`.
    public var change: Message?
    /// The lead now: `now in Nurturing, owner tom`.
    public var state: Message
    /// The lead's version now: what a person may apply their change to once they have seen it.
    public var version: Int?

    public init(
        leadID: Int64, leadName: String, changedBy: String?, secondsAgo: Int64?, change: Message?, state: Message, version: Int? = nil
    ) {
        self.version = version
        self.leadID = leadID
        self.leadName = leadName
        self.changedBy = changedBy
        self.secondsAgo = secondsAgo
        self.change = change
        self.state = state
    }

    public var message: Message {
        let whenText: Message = secondsAgo.map { $0 < 60 ? Message(.momentAgo) : DurationFormat.ago($0) } ?? Message(.meanwhile)
        let name = TerminalText.sanitize(leadName)
        let who: Message = changedBy.map { Message(verbatim: TerminalText.sanitize($0)) } ?? Message(.someoneElse)
        if let change {
            return Message(.leadWasChangedBy, "\(name)", "\(leadID)", "\(who)", "\(whenText)", "\(change)", "\(state)")
        }
        return Message(.leadWasChangedByNothing, "\(name)", "\(leadID)", "\(who)", "\(whenText)", "\(state)")
    }

    public var description: String { message.description }
}
