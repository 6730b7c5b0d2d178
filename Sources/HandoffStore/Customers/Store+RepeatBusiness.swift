import HandoffCore

/// Repeat business and referrals: a new deal for a customer, and the customer that referred a lead.
/// Both are changes to leads, so both are events of the lead's own log.
extension Store {
    /// The source of a deal opened for an existing customer, in the charts by source.
    public static let repeatSource = "customer"
    /// The source a referred lead takes.
    public static let referralSource = "referral"

    /// A new deal for `accountID`: in the first sales stage, linked to the account, named by the
    /// person; the company is the account's. It never crossed the handoff, so it is no MQL,
    /// acceptance or SQL (migration 12 keeps the milestones of repeat deals empty); its win counts
    /// in deals won and revenue like any other, and grows its account.
    func openDeal(accountID: Int64, _ draft: DealDraft, in context: WriteContext) throws -> LeadEvent {
        let account = try requireAccount(id: accountID)
        let name = draft.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200 else {
            throw HandoffError.invalidInput(Message(.dealNeedsAName))
        }
        guard !TerminalText.containsControls(name) else {
            throw HandoffError.invalidInput(Message(.dealsNameHasA))
        }
        if let value = draft.value, !(value.isFinite && value >= 0 && value <= MoneyInput.maximum) {
            throw HandoffError.invalidInput(Message(.dealsValueMustBe, "\(value)"))
        }
        if let owner = draft.owner, try member(login: owner) == nil, try hasMembers() {
            throw HandoffError.invalidInput(Message(.isNotAMemberOfThisBoardNothing, "\(TerminalText.sanitize(owner))"))
        }
        guard let stage = pipeline.acceptedStage else {
            throw HandoffError.invalidInput(Message(.thisBoardHasNoSales))
        }
        let lead = Lead(
            id: 0, name: name, company: account.name, source: Store.repeatSource, owner: draft.owner, stage: stage.id, value: draft.value,
            createdAt: context.now, enteredAt: context.now)
        let id = try insertLeadRow(lead, attributes: [])
        try connection.prepare("UPDATE leads SET account_id = ?, deal_kind = ? WHERE id = ?")
            .run(.integer(accountID), .text(draft.kind.rawValue), .integer(id))
        return try append(
            LeadEvent(
                leadID: id, at: context.now, actor: context.actor, kind: EventKind.created, toStage: stage.id,
                detail: "\(draft.kind.rawValue) for account \(accountID) (\(account.name))"))
    }

    /// Names the customer that referred a lead (nil takes the referral back). The lead's source
    /// becomes `referral`, so referrals have their line in every chart by source. Like a note, it
    /// is not undone (`refer` again, or `--none`, changes it). It raises the lead's version, as any
    /// change to its fields does: a form opened before it would otherwise write the old source back.
    func refer(leadID: Int64, to accountID: Int64?, expectedVersion: Int?, in context: WriteContext) throws -> LeadEvent {
        let lead = try current(leadID, expectedVersion: expectedVersion, in: context)
        let links = try customerLinks(leadID: leadID)
        var detail: String
        if let accountID {
            let account = try requireAccount(id: accountID)
            if links.account?.id == accountID {
                throw HandoffError.invalidInput(Message(.leadIsADeal, "\(leadID)", "\(account.name)"))
            }
            if links.referredBy?.id == accountID {
                throw HandoffError.invalidInput(Message(.leadIsAlreadyReferred, "\(leadID)", "\(account.name)"))
            }
            detail = "by account \(accountID) (\(account.name))"
            if lead.source != Store.referralSource { detail += "; source was " + (lead.source.isEmpty ? "empty" : lead.source) }
        } else {
            guard let before = links.referredBy else {
                throw HandoffError.invalidInput(Message(.leadHasNoReferral, "\(leadID)"))
            }
            detail = "taken back (was account \(before.id), \(before.name))"
        }
        let update = try connection.prepare(
            """
            UPDATE leads SET referred_by = ?1, source = CASE WHEN \(connection.dialect.integer("?1")) IS NULL THEN source ELSE ?2 END,
                version = version + 1
            WHERE id = ?3 AND version = ?4
            """)
        try update.run(DatabaseValue(accountID), .text(Store.referralSource), .integer(leadID), .integer(Int64(lead.version)))
        if connection.changes == 0 { throw try conflict(on: try requireLead(id: leadID), in: context) }
        return try append(
            LeadEvent(
                leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.referred, fromStage: lead.stage,
                toStage: lead.stage, detail: detail))
    }
}
