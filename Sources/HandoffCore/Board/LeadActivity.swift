/// What the notes table says about a lead: when someone last wrote about it, and the latest next
/// step planned. Enough to decide staleness without reading the notes themselves.
public struct LeadActivity: Sendable, Equatable {
    public var lastNoteAt: Int64?
    public var nextStepDue: Int64?

    public init(lastNoteAt: Int64? = nil, nextStepDue: Int64? = nil) {
        self.lastNoteAt = lastNoteAt
        self.nextStepDue = nextStepDue
    }

    /// The rotting rule: a lead is stale when it has been idle in its stage longer than the stage
    /// allows. Idle counts from the later of entering the stage and the last note. A next step
    /// planned in the future suspends it: nobody should chase a lead that waits for a date.
    public func isStale(enteredAt: Int64, idleDays: Int?, now: Int64) -> Bool {
        guard let idleDays else { return false }
        if let due = nextStepDue, due >= now { return false }
        let lastTouch = max(enteredAt, lastNoteAt ?? enteredAt)
        return Timestamp.elapsed(from: lastTouch, to: now) > Int64(idleDays) * 86_400
    }
}
