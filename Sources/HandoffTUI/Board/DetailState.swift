import HandoffCore
import HandoffStore

/// What the detail panel shows: a snapshot of one lead, read when it was opened.
public struct DetailState: Sendable, Equatable {
    public var lead: Lead
    public var attributes: [Attribute]
    public var history: [LeadEvent]
    /// Notes and next steps, newest first; shown in one timeline with the history.
    public var notes: [LeadNote]
    /// The lead explained by the scoring definition in force; nil without one.
    public var score: LeadScore?
    public var scroll: Int

    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(lead: Lead, attributes: [Attribute], history: [LeadEvent], notes: [LeadNote] = [], score: LeadScore? = nil, scroll: Int = 0) {
        self.lead = lead
        self.attributes = attributes
        self.history = history
        self.notes = notes
        self.score = score
        self.scroll = scroll
    }
}
