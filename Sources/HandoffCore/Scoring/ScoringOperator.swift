/// How a scoring rule compares a lead's value with the rule's value.
public enum ScoringOperator: String, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case oneOf = "in"
    case contains
    case exists

    /// The ordering operators only make sense between numbers.
    public var comparesNumbers: Bool {
        switch self {
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        default: return false
        }
    }

    /// Operators written as words need a space around them; symbols are found inside `visits>=5`.
    public var isWord: Bool { self == .oneOf || self == .contains || self == .exists }
}
