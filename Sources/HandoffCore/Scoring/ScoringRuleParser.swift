/// Reads one rule, `field operator value -> points`, and checks that the value suits the field
/// and the operator: text is compared with text, numbers with numbers.
struct ScoringRuleParser {
    var line: ScoringLine

    init(line: ScoringLine) {
        self.line = line
    }

    private var rule: String { "`" + TerminalText.sanitize(line.statement) + "`" }

    mutating func parse() throws(ScoringError) -> ScoringRule {
        let fieldToken = line.current!
        let field = try fieldName(fieldToken)
        line.advance()
        let target = ScoringField(name: field)
        guard let opToken = line.current, let op = ScoringRuleParser.operatorOf(opToken) else {
            throw line.error(
                at: line.current,
                "expected an operator (=, !=, <, <=, >, >=, in, contains, exists) after `\(TerminalText.sanitize(fieldToken.source))`; found \(ScoringLine.describe(line.current)) in \(rule)"
            )
        }
        line.advance()
        let fieldLabel = TerminalText.sanitize(field)
        if op.comparesNumbers && target.isText {
            throw line.error(at: opToken, "\(fieldLabel) is text, but `\(op.rawValue)` compares numbers, in \(rule)")
        }
        if op == .contains && target.isNumber {
            throw line.error(at: opToken, "\(fieldLabel) is a number, but `contains` looks inside text, in \(rule)")
        }
        var values: [ScoringLiteral] = []
        switch op {
        case .exists:
            break
        case .oneOf:
            guard let open = line.current, open.isSymbol("(") else {
                throw line.error(
                    at: line.current,
                    "expected a list in parentheses after `in`, as in `industry in (\"software\", \"fintech\")`; found \(ScoringLine.describe(line.current))"
                )
            }
            line.advance()
            while true {
                if values.count == ScoringDefinition.maximumListValues {
                    let limit = ScoringDefinition.maximumListValues
                    throw line.error(
                        at: line.current,
                        "the list has more than \(limit) values; a rule lists at most \(limit) (split it into rules, or score an attribute that groups the values)"
                    )
                }
                values.append(try literal(for: target, op: op))
                guard let separator = line.current, separator.isSymbol(",") || separator.isSymbol(")") else {
                    throw line.error(
                        at: line.current, "expected `,` or `)` in the list; found \(ScoringLine.describe(line.current)) in \(rule)")
                }
                line.advance()
                if separator.isSymbol(")") { break }
            }
        default:
            values.append(try literal(for: target, op: op))
        }
        guard let arrow = line.current, arrow.isSymbol("->") else {
            throw line.error(at: line.current, "expected `->` and the points; found \(ScoringLine.describe(line.current)) in \(rule)")
        }
        line.advance()
        guard let pointsToken = line.current, case let .number(value, whole) = pointsToken.kind, whole,
            abs(value) <= Double(ScoringParser.maximumPoints)
        else {
            throw line.error(
                at: line.current,
                "the points must be a whole number from -\(ScoringParser.maximumPoints) to \(ScoringParser.maximumPoints); found \(ScoringLine.describe(line.current)) in \(rule)"
            )
        }
        line.advance()
        try line.expectEnd(after: "the points")
        return ScoringRule(field: field, op, values, points: Int(value), line: line.number, column: fieldToken.column)
    }

    static func operatorOf(_ token: ScoringToken) -> ScoringOperator? {
        switch token.kind {
        case let .symbol(symbol): return symbol == "->" ? nil : ScoringOperator(rawValue: symbol).flatMap { $0.isWord ? nil : $0 }
        case let .word(word): return ScoringOperator(rawValue: word).flatMap { $0.isWord ? $0 : nil }
        default: return nil
        }
    }

    private static let keywords: Set<String> = ["threshold", "fit_minimum", "cap", "decay", "in", "contains", "exists"]

    private func fieldName(_ token: ScoringToken) throws(ScoringError) -> String {
        switch token.kind {
        case let .quotedAttribute(name):
            guard !name.isEmpty else { throw line.error(at: token, "an attribute needs a name: attr.NAME or attr.\"NAME\"") }
            return ScoringField.attributePrefix + name
        case let .word(word):
            if word.hasPrefix(ScoringField.attributePrefix) {
                guard word.count > ScoringField.attributePrefix.count else {
                    throw line.error(at: token, "an attribute needs a name: attr.NAME or attr.\"NAME\"")
                }
                return word
            }
            guard ScoringRule.isIdentifier(word), !ScoringRuleParser.keywords.contains(word) else {
                throw line.error(
                    at: token,
                    "`\(TerminalText.sanitize(word))` cannot be a field name; write attr.\"\(TerminalText.sanitize(word))\" for an attribute with that name"
                )
            }
            return word
        default:
            throw line.error(
                at: token,
                "expected a rule (`field operator value -> points`), a section, `threshold`, `fit_minimum`, `cap` or `decay`; found \(ScoringLine.describe(token))"
            )
        }
    }

    /// A value for `op`, checked against what the field holds.
    private mutating func literal(for target: ScoringField, op: ScoringOperator) throws(ScoringError) -> ScoringLiteral {
        guard let token = line.current else {
            throw line.error(at: nil, "expected a value (text in double quotes or a number) after `\(op.rawValue)` in \(rule)")
        }
        let field = TerminalText.sanitize(line.tokens[0].source)
        switch token.kind {
        case let .text(text):
            if op.comparesNumbers {
                throw line.error(
                    at: token, "`\(op.rawValue)` compares numbers, but \(TerminalText.sanitize(token.source)) is text, in \(rule)")
            }
            if target.isNumber {
                throw line.error(at: token, "\(field) is a number; write the value without quotes, in \(rule)")
            }
            line.advance()
            return .text(text)
        case let .number(value, _):
            if op == .contains {
                throw line.error(at: token, "`contains` looks for text; write it in double quotes: \"\(token.source)\", in \(rule)")
            }
            if target.isText {
                throw line.error(at: token, "\(field) is text; write the value in double quotes: \"\(token.source)\", in \(rule)")
            }
            line.advance()
            return .number(value)
        default:
            throw line.error(
                at: token, "expected a value (text in double quotes or a number); found \(ScoringLine.describe(token)) in \(rule)")
        }
    }
}
