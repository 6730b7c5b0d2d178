/// One line of `handoff log`: an event with the names a reader needs beside the ids.
public struct LogEntry: Sendable, Equatable {
    public var event: LeadEvent
    public var leadName: String
    /// The actor's display name, when the actor is a member.
    public var actorName: String?

    public init(event: LeadEvent, leadName: String, actorName: String?) {
        self.event = event
        self.leadName = leadName
        self.actorName = actorName
    }
}
