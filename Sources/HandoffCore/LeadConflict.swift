/// Someone else changed a lead after the user saw it: who, when, what they did, and what the lead
/// looks like now, so the refusal tells the whole story and nothing is overwritten.
public struct LeadConflict: Sendable, Equatable {
    public var leadID: Int64
    public var leadName: String
    /// The display name of whoever changed it last, if the log knows.
    public var changedBy: String?
    public var secondsAgo: Int64?
    /// What they did: `moved it to Nurturing`.
    public var change: String?
    /// The lead now: `now in Nurturing, owner tom`.
    public var state: String

    public init(leadID: Int64, leadName: String, changedBy: String?, secondsAgo: Int64?, change: String?, state: String) {
        self.leadID = leadID
        self.leadName = leadName
        self.changedBy = changedBy
        self.secondsAgo = secondsAgo
        self.change = change
        self.state = state
    }

    public var description: String {
        let when = secondsAgo.map { $0 < 60 ? "a moment ago" : DurationFormat.ago($0) } ?? "meanwhile"
        let what = change.map { " (\($0))" } ?? ""
        return "\(TerminalText.sanitize(leadName)) (lead \(leadID)) was changed by \(TerminalText.sanitize(changedBy ?? "someone else")) \(when)\(what); "
            + "\(state). Nothing was overwritten."
    }
}
