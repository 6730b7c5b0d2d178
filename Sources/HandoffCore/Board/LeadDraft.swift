import Foundation

/// The fields a person fills in to create or edit a lead, already checked. Built only through
/// `LeadDraft.parse`, so a draft that exists is valid.
public struct LeadDraft: Sendable, Equatable {
    public var name: String
    public var company: String
    public var email: String
    public var phone: String
    public var source: String
    public var campaign: String?
    public var value: Double?
    public var owner: String?

    public init(
        name: String, company: String = "", email: String = "", phone: String = "", source: String = "",
        campaign: String? = nil, value: Double? = nil, owner: String? = nil
    ) {
        self.name = name
        self.company = company
        self.email = email
        self.phone = phone
        self.source = source
        self.campaign = campaign
        self.value = value
        self.owner = owner
    }

    /// The form's fields, in order; also the names of `leads` columns.
    public static let fieldNames = ["name", "company", "email", "phone", "source", "campaign", "value", "owner"]

    /// The draft of an existing lead, for the edit form.
    public init(lead: Lead) {
        self.init(
            name: lead.name, company: lead.company, email: lead.email, phone: lead.phone, source: lead.source,
            campaign: lead.campaign, value: lead.value, owner: lead.owner)
    }

    /// The values as stored and compared: the value with a decimal point.
    public var texts: [String: String] { texts(.english) }

    /// The values as a form shows them to a person of `language`, who may send them back unchanged.
    public func texts(_ language: Language) -> [String: String] {
        [
            "name": name, "company": company, "email": email, "phone": phone, "source": source, "campaign": campaign ?? "",
            "value": value.map { MoneyFormat.plain($0, language) } ?? "", "owner": owner ?? "",
        ]
    }

    /// Checks every field at once, so a form shows all its problems together, each beside its field.
    /// `campaigns` and `members` are the ids the board knows; the value is read the way `language`
    /// writes amounts.
    public static func parse(
        _ values: [String: String], campaigns: Set<String>, members: Set<String>,
        language: Language
    ) -> Result<LeadDraft, FieldErrors> {
        func text(_ name: String) -> String { (values[name] ?? "").trimmingCharacters(in: .whitespaces) }
        var errors: [String: Message] = [:]
        let name = text("name")
        if name.isEmpty { errors["name"] = Message(.leadNeedsAName) }
        if name.count > 200 { errors["name"] = Message(.atMost200Characters) }
        let email = text("email")
        if !email.isEmpty && !isPlausibleEmail(email) { errors["email"] = Message(.isNotAnEmailAddress, "\(email)") }
        let phone = text("phone")
        if !phone.isEmpty && !isPlausiblePhone(phone) { errors["phone"] = Message(.useDigitsSpacesAnd) }
        let campaign = text("campaign")
        if !campaign.isEmpty && !campaigns.contains(campaign) {
            let known = campaigns.sorted().prefix(6).joined(separator: ", ")
            errors["campaign"] =
                known.isEmpty
                ? Message(.unknownCampaignThisBoard, "\(campaign)") : Message(.unknownCampaignEG, "\(campaign)", "\(known)")
        }
        var value: Double?
        let valueText = text("value")
        if !valueText.isEmpty {
            switch MoneyInput.parse(valueText, language: language, allowZero: true) {
            case let .success(amount): value = amount
            case let .failure(error): errors["value"] = error.message
            }
        }
        let owner = text("owner")
        if !owner.isEmpty && !members.contains(owner) { errors["owner"] = Message(.isNotAMember, "\(owner)") }
        for field in fieldNames where errors[field] == nil && TerminalText.containsControls(values[field] ?? "") {
            errors[field] = Message(.hasAControlOr)
        }
        if !errors.isEmpty { return .failure(FieldErrors(errors)) }
        return .success(
            LeadDraft(
                name: name, company: text("company"), email: email, phone: phone, source: text("source"),
                campaign: campaign.isEmpty ? nil : campaign, value: value, owner: owner.isEmpty ? nil : owner))
    }

    /// One `@`, something before it, a dot in the domain, no spaces: catches typos, not every RFC 5322 case.
    static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    static func isPlausiblePhone(_ text: String) -> Bool {
        let allowed = Set("0123456789 +-().")
        return text.allSatisfy { allowed.contains($0) } && text.filter(\.isNumber).count >= 6
    }

    /// Names of the fields that differ from `lead`, for the `edited` event.
    public func changes(from lead: Lead) -> [String] {
        let before = LeadDraft(lead: lead).texts
        let after = texts
        return LeadDraft.fieldNames.filter { before[$0] != after[$0] }
    }
}
