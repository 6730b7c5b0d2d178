/// What a rule's field name refers to: a field of the lead, its recorded activity, or an
/// imported attribute.
public enum ScoringField: Sendable, Equatable, Hashable {
    case lead(ScoringLeadField)
    case activity(ScoringActivityField)
    case attribute(String)

    /// `attr.NAME` is always an attribute; a bare name is a lead field or an activity field when
    /// there is one by that name, else an attribute (so `employees` reads the imported
    /// `employees` column, and `attr.clicks` a column named `clicks`).
    public init(name: String) {
        if name.hasPrefix(ScoringField.attributePrefix) {
            self = .attribute(String(name.dropFirst(ScoringField.attributePrefix.count)))
        } else if let field = ScoringLeadField(rawValue: name) {
            self = .lead(field)
        } else if let field = ScoringActivityField(rawValue: name) {
            self = .activity(field)
        } else {
            self = .attribute(name)
        }
    }

    public static let attributePrefix = "attr."

    /// Type known before any data is read: only some lead fields are numbers.
    public var isNumber: Bool {
        switch self {
        case let .lead(field): return field.isNumber
        case .activity: return true
        case .attribute: return false
        }
    }

    public var isText: Bool {
        if case let .lead(field) = self { return !field.isNumber }
        return false
    }
}
