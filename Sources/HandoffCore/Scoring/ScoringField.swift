/// What a rule's field name refers to: a field of the lead, or an imported attribute.
public enum ScoringField: Sendable, Equatable, Hashable {
    case lead(ScoringLeadField)
    case attribute(String)

    /// `attr.NAME` is always an attribute; a bare name is a lead field when there is one by that
    /// name, else an attribute (so `employees` reads the imported `employees` column).
    public init(name: String) {
        if name.hasPrefix(ScoringField.attributePrefix) {
            self = .attribute(String(name.dropFirst(ScoringField.attributePrefix.count)))
        } else if let field = ScoringLeadField(rawValue: name) {
            self = .lead(field)
        } else {
            self = .attribute(name)
        }
    }

    public static let attributePrefix = "attr."

    /// Type known before any data is read: only some lead fields are numbers.
    public var isNumber: Bool {
        if case let .lead(field) = self { return field.isNumber }
        return false
    }

    public var isText: Bool {
        if case let .lead(field) = self { return !field.isNumber }
        return false
    }
}
