import HandoffCore

extension Store {
    /// A new lead from the form, in the first stage of the board.
    func create(_ draft: LeadDraft, in context: WriteContext) throws -> LeadEvent {
        try check(draft)
        guard let first = pipeline.visibleStages.first ?? pipeline.stages.first else {
            throw HandoffError.invalidInput(Message(.thisBoardHasNoStages))
        }
        var lead = Lead(
            id: 0, name: draft.name, company: draft.company, email: draft.email, phone: draft.phone, source: draft.source,
            campaign: draft.campaign, owner: draft.owner, stage: first.id, value: draft.value,
            createdAt: context.now, enteredAt: context.now)
        // A new lead is scored by the definition in force as part of being created.
        let scored = try currentScore(of: lead, attributes: [:], at: context.now)
        if let scored { lead.score = scored.score.total }
        let id = try insertLeadRow(lead, attributes: [])
        if let scored { try recordScore(leadID: id, fit: scored.score.fit, version: scored.version) }
        return try append(LeadEvent(leadID: id, at: context.now, actor: context.actor, kind: EventKind.created, toStage: first.id))
    }

    /// The form's fields over an existing lead; the event names the fields that changed.
    func edit(leadID: Int64, _ draft: LeadDraft, expectedVersion: Int?, in context: WriteContext) throws -> LeadEvent {
        try check(draft)
        let lead = try current(leadID, expectedVersion: expectedVersion, in: context)
        let changed = draft.changes(from: lead)
        guard !changed.isEmpty else { throw HandoffError.invalidInput(Message(.nothingChangedNothingWas)) }
        var updated = lead
        updated.name = draft.name
        updated.company = draft.company
        updated.email = draft.email
        updated.phone = draft.phone
        updated.source = draft.source
        updated.campaign = draft.campaign
        updated.value = draft.value
        updated.owner = draft.owner
        // The fields rules read may have changed: the score follows in the same event.
        let attributes = Dictionary(
            try self.attributes(leadID: leadID).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let scored = try currentScore(of: updated, attributes: attributes, at: context.now)
        var detail = "changed " + changed.joined(separator: ", ")
        if let scored, scored.score.total != lead.score {
            updated.score = scored.score.total
            detail += "; score \(lead.score) -> \(updated.score)"
        }
        let event = LeadEvent(
            leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.edited, fromStage: lead.stage,
            toStage: lead.stage, detail: detail)
        let stored = try commit(updated, over: lead, event: event, in: context)
        if let scored { try recordScore(leadID: leadID, fit: scored.score.fit, version: scored.version) }
        return stored
    }

    /// The same rules as the form, against what the database knows now.
    private func check(_ draft: LeadDraft) throws {
        let result = LeadDraft.parse(
            draft.texts, campaigns: Set(try campaignIDs()), members: Set(try members().map(\.login)), language: .english)
        if case let .failure(errors) = result { throw HandoffError.invalidInput(errors.summary) }
    }
}
