/// What moving a lead to a stage really asks for. Won needs an amount, lost and a rejected handoff
/// a reason; the figures both teams read (revenue, "Losses, and why", rejection feedback) are built
/// from them. So every path into those stages (keys, the `:` line, the palette, the command line)
/// asks through this one rule, and the store refuses a plain move that would skip them.
public enum MoveIntent: Sendable, Equatable {
    /// A move with nothing more to say.
    case move
    case win
    case lose
    /// A handed-off lead sent back to marketing.
    case reject
}

extension Pipeline {
    public func intent(moving lead: Lead, to target: Stage) -> MoveIntent {
        if target.id == wonStage?.id { return .win }
        if target.id == lostStage?.id { return .lose }
        if lead.stage == handoffStage?.id && target.side == .marketing { return .reject }
        return .move
    }
}
