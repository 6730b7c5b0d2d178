/// One row of a leads or deals file, read and checked: what the file says, field by field. An
/// empty cell is nil, so an update of an existing lead keeps what the board has there.
public struct LeadRow: Sendable {
    /// The row's id when it is a whole number: the lead's id on the board.
    public var id: Int64?
    /// An id that is not a number (a Salesforce `00Q...` id): kept as an attribute under the id
    /// column's name, and matched on a later import of the same export.
    public var externalID: String?
    public var name: String?
    public var firstName: String?
    public var lastName: String?
    public var company: String?
    public var email: String?
    public var phone: String?
    public var source: String?
    public var campaign: String?
    public var owner: String?
    /// A stage id of the board.
    public var stage: String?
    public var value: Double?
    /// The currency the row's amount is in, as its currency column or the amount itself says
    /// (`USD`, `$`), upper-cased; nil when nothing says.
    public var currency: String?
    public var score: Int?
    public var created: Int64?
    public var entered: Int64?
    public var closed: Int64?
    public var lostReason: String?
    public var attributes: [LeadAttribute] = []
    /// The close date and lost reason as written, under their column's name: an open deal's close
    /// date is an expected one and a won deal has no lost reason, so there they are kept as attributes.
    public var closedAttribute: LeadAttribute?
    public var lostReasonAttribute: LeadAttribute?

    public init() {}

    /// A row with no date of its own: its lead is created at the import's time, which stands in
    /// for a date nobody knows and so counts in no figure by period.
    public var isUndated: Bool { created == nil && entered == nil && closed == nil }

    /// The name a lead gets: its name, else first and last name, else its company, else its id.
    public var displayName: String? {
        if let name { return name }
        let joined = [firstName, lastName].compactMap { $0 }.joined(separator: " ")
        if !joined.isEmpty { return joined }
        return company ?? externalID ?? id.map(String.init)
    }

    /// A new lead from the row: `stage` when the row names none, `now` when it has no dates. A won
    /// or lost lead without a close date closes when it was last known to change (entered, else
    /// created). Returns the attributes to keep besides the row's own.
    public func newLead(defaultStage: String, pipeline: Pipeline, now: Int64) -> (lead: Lead, extra: [LeadAttribute]) {
        let stageID = stage ?? defaultStage
        let outcome = pipeline.stage(stageID)?.side == .outcome
        let createdAt = created ?? [entered, closed].compactMap { $0 }.min() ?? now
        var lead = Lead(
            id: id ?? 0, name: displayName ?? "", company: company ?? "", email: email ?? "", phone: phone ?? "",
            source: source ?? "", campaign: campaign, owner: owner, stage: stageID, value: value, score: score ?? 0,
            createdAt: createdAt, enteredAt: createdAt)
        var extra: [LeadAttribute] = []
        if outcome {
            lead.closedAt = max(createdAt, closed ?? entered ?? createdAt)
            lead.enteredAt = max(createdAt, entered ?? lead.closedAt ?? createdAt)
        } else {
            lead.enteredAt = max(createdAt, entered ?? createdAt)
            if let closedAttribute { extra.append(closedAttribute) }
        }
        if LeadRow.isLost(stageID, in: pipeline) {
            lead.lostReason = lostReason
        } else if let lostReasonAttribute {
            extra.append(lostReasonAttribute)
        }
        return (lead, extra)
    }

    /// `lead` with what the row gives laid over it. A new stage is entered at the row's entered
    /// (or close) date, else `now`; the created date of a lead already on the board is kept.
    public func merged(into lead: Lead, pipeline: Pipeline, now: Int64) -> (lead: Lead, extra: [LeadAttribute]) {
        var updated = lead
        // Only a name the row really gives: the company or id stand-in is for leads that have none.
        if self.name != nil || firstName != nil || lastName != nil, let name = displayName { updated.name = name }
        if let company { updated.company = company }
        if let email { updated.email = email }
        if let phone { updated.phone = phone }
        if let source { updated.source = source }
        if let campaign { updated.campaign = campaign }
        if let owner { updated.owner = owner }
        if let value { updated.value = value }
        if let score { updated.score = score }
        var extra: [LeadAttribute] = []
        let outcome = pipeline.stage(stage ?? lead.stage)?.side == .outcome
        if let stage, stage != lead.stage {
            updated.stage = stage
            updated.enteredAt = entered ?? (outcome ? closed : nil) ?? now
            updated.closedAt = outcome ? (closed ?? updated.enteredAt) : nil
            if !outcome { updated.lostReason = nil }
        } else {
            if let entered { updated.enteredAt = entered }
            if outcome, let closed { updated.closedAt = closed }
        }
        if !outcome, let closedAttribute { extra.append(closedAttribute) }
        if LeadRow.isLost(updated.stage, in: pipeline) {
            if let lostReason { updated.lostReason = lostReason }
        } else {
            updated.lostReason = nil
            if let lostReasonAttribute { extra.append(lostReasonAttribute) }
        }
        return (updated, extra)
    }

    /// An outcome stage that is not a win: the stage of lost deals.
    public static func isLost(_ stageID: String, in pipeline: Pipeline) -> Bool {
        guard let stage = pipeline.stage(stageID) else { return false }
        return stage.side == .outcome && stage.probability == 0
    }
}
