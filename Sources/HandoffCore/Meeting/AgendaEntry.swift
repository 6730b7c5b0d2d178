/// One line of an agenda item: a lead and what happened to it, an action item to follow up, or a
/// figure (whose `cells` the screen lays out in columns that fit its width).
public struct AgendaEntry: Sendable, Equatable {
    public enum Tone: String, Sendable, Equatable { case normal, good, bad, muted }

    public var text: String
    public var leadID: Int64?
    /// The action item a follow-up line is about.
    public var actionID: Int64?
    public var tone: Tone
    /// A figure's name, value now, value before and change, for a table; `text` says the same
    /// on one line (the minutes, JSON).
    public var cells: [String]?

    public init(_ text: String, leadID: Int64? = nil, actionID: Int64? = nil, tone: Tone = .normal, cells: [String]? = nil) {
        self.text = text
        self.leadID = leadID
        self.actionID = actionID
        self.tone = tone
        self.cells = cells
    }
}
