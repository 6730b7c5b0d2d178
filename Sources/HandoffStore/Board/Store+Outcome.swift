import HandoffCore

extension Store {
    /// A deal is won for an amount in the board's currency; the amount becomes its value.
    func won(leadID: Int64, amount: Double, expectedVersion: Int?, in context: WriteContext) throws -> LeadEvent {
        guard amount.isFinite, amount > 0, amount <= MoneyInput.maximum else {
            throw HandoffError.invalidInput(Message(.amountMustBeA, "\(amount)"))
        }
        let lead = try current(leadID, expectedVersion: expectedVersion, in: context)
        let target = try pipeline.validateClose(lead, won: true)
        var updated = lead
        updated.stage = target.id
        updated.enteredAt = context.now
        updated.closedAt = context.now
        updated.value = amount
        updated.lostReason = nil
        let event = LeadEvent(
            leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.won,
            fromStage: lead.stage, toStage: target.id, detail: MoneyFormat.plain(amount))
        return try commit(updated, over: lead, event: event, in: context)
    }

    /// A lead is lost for a reason from the list; the code is kept on the lead and in the event.
    func lost(leadID: Int64, reason: String, expectedVersion: Int?, in context: WriteContext) throws -> LeadEvent {
        let lead = try current(leadID, expectedVersion: expectedVersion, in: context)
        let target = try pipeline.validateClose(lead, won: false)
        try requireReason(reason, kind: .lost)
        var updated = lead
        updated.stage = target.id
        updated.enteredAt = context.now
        updated.closedAt = context.now
        updated.lostReason = reason
        let event = LeadEvent(
            leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.lost,
            fromStage: lead.stage, toStage: target.id, detail: reason)
        return try commit(updated, over: lead, event: event, in: context)
    }
}
