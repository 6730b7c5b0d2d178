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
    /// The latest of its email and web activity, newest first, and how much it has in all.
    public var activity: [ActivityRecord]
    public var activityCount: Int
    public var scroll: Int

    /// How many actions the detail lists; the rest are counted.
    public static let activityShown = 12

    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        lead: Lead, attributes: [Attribute], history: [LeadEvent], notes: [LeadNote] = [], score: LeadScore? = nil,
        activity: [ActivityRecord] = [], activityCount: Int? = nil, scroll: Int = 0
    ) {
        self.lead = lead
        self.attributes = attributes
        self.history = history
        self.notes = notes
        self.score = score
        self.activity = activity
        self.activityCount = activityCount ?? activity.count
        self.scroll = scroll
    }
}
