/// One line of an agenda item: a lead and what happened to it, or a figure.
public struct AgendaEntry: Sendable, Equatable {
    public enum Tone: String, Sendable, Equatable { case normal, good, bad, muted }

    public var text: String
    public var leadID: Int64?
    public var tone: Tone

    public init(_ text: String, leadID: Int64? = nil, tone: Tone = .normal) {
        self.text = text
        self.leadID = leadID
        self.tone = tone
    }
}
