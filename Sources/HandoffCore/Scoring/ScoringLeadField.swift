/// The lead's own fields a scoring rule may read. Any other name is an imported attribute.
public enum ScoringLeadField: String, Sendable, CaseIterable {
    case name, company, email, phone, source, campaign, owner, stage
    /// The part of the email after the `@`.
    case emailDomain = "email_domain"
    /// The deal value in the board currency.
    case value
    /// Whole days since the lead was created, when the score is computed.
    case ageDays = "age_days"

    public var isNumber: Bool { self == .value || self == .ageDays }

    /// The lead's value for this field; nil when it is empty. `age_days` is not read here: it
    /// depends on when the score is computed (see `ScoringEvaluator.begin`).
    public func value(of lead: Lead) -> ScoringFieldValue? {
        let text: String?
        switch self {
        case .name: text = lead.name
        case .company: text = lead.company
        case .email, .emailDomain: text = lead.email
        case .phone: text = lead.phone
        case .source: text = lead.source
        case .campaign: text = lead.campaign
        case .owner: text = lead.owner
        case .stage: text = lead.stage
        case .value: return lead.value.map { .number($0) }
        case .ageDays: return nil
        }
        guard let text, !text.isEmpty else { return nil }
        return .text(text)
    }
}
