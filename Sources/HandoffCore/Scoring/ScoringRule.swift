/// One line of a scoring definition: `field operator value -> points`.
public struct ScoringRule: Sendable, CustomStringConvertible {
    /// The field as written: `employees`, `source`, `attr.Occupation`, `attr.Total Visits`.
    public var field: String
    public var op: ScoringOperator
    /// No value for `exists`, one for the comparisons, one or more for `in`.
    public var values: [ScoringLiteral]
    public var points: Int
    /// Where the rule was written (1-based), for messages; 0 when it was built in code. Not part
    /// of the rule's meaning: two rules are equal whatever lines they came from.
    public var line: Int
    public var column: Int

    public init(field: String, _ op: ScoringOperator, _ values: [ScoringLiteral] = [], points: Int, line: Int = 0, column: Int = 0) {
        self.field = field
        self.op = op
        self.values = values
        self.points = points
        self.line = line
        self.column = column
    }

    public var target: ScoringField { ScoringField(name: field) }

    /// The rule without its points, as in the file: `industry in ("software", "fintech")`.
    public var condition: String {
        let name: String
        if case let .attribute(attribute) = target, field.hasPrefix(ScoringField.attributePrefix), !ScoringRule.isIdentifier(attribute) {
            name = ScoringField.attributePrefix + ScoringLiteral.text(attribute).source
        } else {
            name = field
        }
        switch op {
        case .exists: return "\(name) exists"
        case .oneOf: return "\(name) in (" + values.map(\.source).joined(separator: ", ") + ")"
        default: return "\(name) \(op.rawValue) " + (values.first?.source ?? "")
        }
    }

    /// The whole line as the canonical file writes it.
    public var description: String { "\(condition) -> \(points)" }

    /// A name that can be written without quotes: letters, digits and `_`, not starting with a digit.
    public static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}

extension ScoringRule: Equatable {
    public static func == (a: ScoringRule, b: ScoringRule) -> Bool {
        a.field == b.field && a.op == b.op && a.values == b.values && a.points == b.points
    }
}
