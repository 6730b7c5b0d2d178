/// An open lead idle in its stage longer than the stage allows.
public struct StaleLead: Sendable, Equatable {
    public var lead: Lead
    /// The later of entering the stage and the last note.
    public var idleSince: Int64

    public init(lead: Lead, idleSince: Int64) {
        self.lead = lead
        self.idleSince = idleSince
    }
}
