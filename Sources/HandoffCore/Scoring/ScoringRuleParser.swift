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
                Message(
                    .expectedAnOperatorIn, "\(TerminalText.sanitize(fieldToken.source))", "\(ScoringLine.describe(line.current))", "\(rule)"
                )
            )
        }
        line.advance()
        let fieldLabel = TerminalText.sanitize(field)
        if op.comparesNumbers && target.isText {
            throw line.error(at: opToken, Message(.isTextButCompares, "\(fieldLabel)", "\(op.rawValue)", "\(rule)"))
        }
        if op == .contains && target.isNumber {
            throw line.error(at: opToken, Message(.isANumberBut, "\(fieldLabel)", "\(rule)"))
        }
        var values: [ScoringLiteral] = []
        switch op {
        case .exists:
            break
        case .oneOf:
            guard let open = line.current, open.isSymbol("(") else {
                throw line.error(
                    at: line.current,
                    Message(.expectedAListIn, "\(ScoringLine.describe(line.current))")
                )
            }
            line.advance()
            while true {
                if values.count == ScoringDefinition.maximumListValues {
                    let limit = ScoringDefinition.maximumListValues
                    throw line.error(
                        at: line.current,
                        Message(.listHasMoreThan, "\(limit)", "\(limit)")
                    )
                }
                values.append(try literal(for: target, op: op))
                guard let separator = line.current, separator.isSymbol(",") || separator.isSymbol(")") else {
                    throw line.error(
                        at: line.current, Message(.expectedOrInThe, "\(ScoringLine.describe(line.current))", "\(rule)"))
                }
                line.advance()
                if separator.isSymbol(")") { break }
            }
        default:
            values.append(try literal(for: target, op: op))
        }
        guard let arrow = line.current, arrow.isSymbol("->") else {
            throw line.error(at: line.current, Message(.expectedAndThePoints, "\(ScoringLine.describe(line.current))", "\(rule)"))
        }
        line.advance()
        guard let pointsToken = line.current, case let .number(value, whole) = pointsToken.kind, whole,
            abs(value) <= Double(ScoringParser.maximumPoints)
        else {
            throw line.error(
                at: line.current,
                Message(
                    .pointsMustBeA, "\(ScoringParser.maximumPoints)", "\(ScoringParser.maximumPoints)",
                    "\(ScoringLine.describe(line.current))", "\(rule)")
            )
        }
        line.advance()
        try line.expectEnd(after: Message(.points))
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
            guard !name.isEmpty else { throw line.error(at: token, Message(.attributeNeedsAName)) }
            return ScoringField.attributePrefix + name
        case let .word(word):
            if word.hasPrefix(ScoringField.attributePrefix) {
                guard word.count > ScoringField.attributePrefix.count else {
                    throw line.error(at: token, Message(.attributeNeedsAName))
                }
                return word
            }
            guard ScoringRule.isIdentifier(word), !ScoringRuleParser.keywords.contains(word) else {
                throw line.error(
                    at: token,
                    Message(.cannotBeAField, "\(TerminalText.sanitize(word))", "\(TerminalText.sanitize(word))")
                )
            }
            return word
        default:
            throw line.error(
                at: token,
                Message(.expectedARuleField, "\(ScoringLine.describe(token))")
            )
        }
    }

    /// A value for `op`, checked against what the field holds.
    private mutating func literal(for target: ScoringField, op: ScoringOperator) throws(ScoringError) -> ScoringLiteral {
        guard let token = line.current else {
            throw line.error(at: nil, Message(.expectedAValueText, "\(op.rawValue)", "\(rule)"))
        }
        let field = TerminalText.sanitize(line.tokens[0].source)
        switch token.kind {
        case let .text(text):
            if op.comparesNumbers {
                throw line.error(
                    at: token, Message(.comparesNumbersButIs, "\(op.rawValue)", "\(TerminalText.sanitize(token.source))", "\(rule)"))
            }
            if target.isNumber {
                throw line.error(at: token, Message(.isANumberWrite, "\(field)", "\(rule)"))
            }
            line.advance()
            return .text(text)
        case let .number(value, _):
            if op == .contains {
                throw line.error(at: token, Message(.containsLooksForText, "\(token.source)", "\(rule)"))
            }
            if target.isText {
                throw line.error(at: token, Message(.isTextWriteThe, "\(field)", "\(token.source)", "\(rule)"))
            }
            line.advance()
            return .number(value)
        default:
            throw line.error(
                at: token, Message(.expectedAValueTextIn, "\(ScoringLine.describe(token))", "\(rule)"))
        }
    }
}
