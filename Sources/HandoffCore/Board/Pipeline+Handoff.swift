/// The stages the handoff commands need, found by their side so a team may rename them: the
/// handoff column, where sales accepts to, where rejected leads are recycled, won and lost.
extension Pipeline {
    public var handoffStage: Stage? { stages.first { $0.side == .handoff } }
    /// The first sales stage: where an accepted lead goes.
    public var acceptedStage: Stage? { stages.first { $0.side == .sales } }
    /// The last marketing stage before the handoff: where a rejected lead is nurtured again.
    public var recycleStage: Stage? { stages.last { $0.side == .marketing } }
    public var wonStage: Stage? { stage("won") ?? stages.first { $0.isClosed && $0.probability >= 1 } }
    public var lostStage: Stage? { stage("lost") ?? stages.first { $0.isClosed && $0.probability <= 0 } }

    func require(_ stage: Stage?, _ what: String) throws(HandoffError) -> Stage {
        guard let stage else { throw .invalidInput(Message(.thisBoardHasNoStage, "\(what)")) }
        return stage
    }

    /// The stage an accepted lead goes to; the lead must be waiting in the handoff stage.
    public func validateAccept(_ lead: Lead) throws(HandoffError) -> Stage {
        try requireHandedOff(lead, verb: "accepted")
        return try require(acceptedStage, "sales")
    }

    /// The stage a rejected lead is recycled to; the lead must be waiting in the handoff stage.
    public func validateReject(_ lead: Lead) throws(HandoffError) -> Stage {
        try requireHandedOff(lead, verb: "rejected")
        return try require(recycleStage, "marketing")
    }

    private func requireHandedOff(_ lead: Lead, verb: String) throws(HandoffError) {
        let handoff = try require(handoffStage, "handoff")
        guard lead.stage == handoff.id else {
            let current = stage(lead.stage)?.title ?? lead.stage
            if verb == "rejected" {
                throw .invalidMove(Message(.leadIsInNot, "\(lead.id)", "\(current)", "\(handoff.title)"))
            }
            throw .invalidMove(Message(.leadIsInNotHanded, "\(lead.id)", "\(current)", "\(handoff.title)"))
        }
    }

    /// Won is for deals sales is working; lost is for any open lead.
    public func validateClose(_ lead: Lead, won: Bool) throws(HandoffError) -> Stage {
        let target = try require(won ? wonStage : lostStage, won ? "won" : "lost")
        let current = try requireStage(lead.stage)
        if current.isClosed {
            throw .invalidMove(Message(.leadIsAlreadyClosed, "\(lead.id)", "\(current.title)"))
        }
        if won && current.side != .sales {
            throw .invalidMove(Message(.leadIsInOnly, "\(lead.id)", "\(current.title)"))
        }
        return target
    }
}
