import Foundation

/// One row of `routing_rules`: leads whose `field` equals `value` go to `assignee`. Rules are
/// tried in `position` order and the first match wins.
public struct RoutingRule: Sendable, Equatable {
    public var id: Int64
    public var position: Int
    /// `source`, `campaign`, `company`, `email_domain`, or `attr.NAME` for an imported attribute
    /// (`attr.country` routes by region); nil matches every lead.
    public var field: String?
    public var value: String?
    /// A member login; nil means round robin over the sales team.
    public var assignee: String?

    public init(id: Int64 = 0, position: Int, field: String? = nil, value: String? = nil, assignee: String? = nil) {
        self.id = id
        self.position = position
        self.field = field
        self.value = value
        self.assignee = assignee
    }

    public static let fields = ["source", "campaign", "company", "email_domain"]

    /// The lead's value for this rule's field; attributes come from `lead_attributes`.
    public static func value(of field: String, lead: Lead, attributes: [String: String]) -> String? {
        switch field {
        case "source": return lead.source
        case "campaign": return lead.campaign
        case "company": return lead.company
        case "email_domain": return lead.email.split(separator: "@").last.map(String.init)
        default:
            guard field.hasPrefix("attr.") else { return nil }
            return attributes[String(field.dropFirst(5))]
        }
    }

    /// Case-insensitive equality, ignoring surrounding spaces: data typed by people.
    public func matches(_ lead: Lead, attributes: [String: String]) -> Bool {
        guard let field else { return true }
        guard let actual = RoutingRule.value(of: field, lead: lead, attributes: attributes) else { return false }
        return RoutingRule.normalized(actual) == RoutingRule.normalized(value ?? "")
    }

    static func normalized(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces).lowercased() }
}
