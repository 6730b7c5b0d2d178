import HandoffCore

extension Store {
    /// `H`/`L`, `:move` and `handoff move`. Moves across the handoff keep its rules: entering the
    /// handoff stage routes the lead to a rep; leaving it for sales is an acceptance; sending it
    /// back to marketing needs a reason, so it must go through reject.
    /// `reason` says why when the board itself moves a lead (a scoring version handing it off).
    func move(leadID: Int64, to stageID: String, expectedVersion: Int?, in context: WriteContext, because reason: String? = nil) throws
        -> LeadEvent
    {
        let lead = try current(leadID, expectedVersion: expectedVersion, in: context)
        try pipeline.validateMove(from: lead.stage, to: stageID)
        let target = try pipeline.requireStage(stageID)
        let handoff = pipeline.handoffStage?.id
        switch pipeline.intent(moving: lead, to: target) {
        case .move:
            break
        case .win:
            throw HandoffError.invalidMove(Message(.dealIsWonWith, "\(leadID)"))
        case .lose:
            throw HandoffError.invalidMove(Message(.leadIsLostWith, "\(leadID)"))
        case .reject:
            throw HandoffError.invalidMove(
                Message(.handedOffLeadGoes, "\(leadID)"))
        }
        var updated = lead
        updated.stage = target.id
        updated.enteredAt = context.now
        updated.closedAt = target.isClosed ? context.now : nil
        var detail: String?
        if lead.stage == handoff && target.side == .sales {
            updated.owner = lead.owner ?? context.actor
            detail = "owner: \(updated.owner ?? context.actor)"
        }
        if target.id == handoff, let decision = try route(lead) {
            updated.owner = decision.assignee
            detail = "routed to \(decision.assignee) (\(decision.reason))"
        }
        if let reason { detail = [reason, detail].compactMap { $0 }.joined(separator: "; ") }
        let event = LeadEvent(
            leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.forMove(from: lead.stage, to: target.id),
            fromStage: lead.stage, toStage: target.id, detail: detail)
        return try commit(updated, over: lead, event: event, in: context)
    }
}
