import Foundation

/// The tokens of one line being parsed, with a cursor, and the helpers every statement shares.
struct ScoringLine {
    let tokens: [ScoringToken]
    let number: Int
    let text: Substring
    private(set) var position = 0

    init(tokens: [ScoringToken], number: Int, text: Substring) {
        self.tokens = tokens
        self.number = number
        self.text = text
    }

    var current: ScoringToken? { position < tokens.count ? tokens[position] : nil }

    mutating func advance() { position += 1 }

    /// The line as written, without its comment, to name the rule in a message.
    var statement: String {
        var inText = false, escaped = false
        var result = ""
        for character in text {
            if !inText && character == "#" { break }
            if inText && !escaped && character == "\\" { escaped = true; result.append(character); continue }
            if character == "\"" && !escaped { inText.toggle() }
            escaped = false
            result.append(character)
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// An error at a token, or at the end of the line when the token is missing.
    func error(at token: ScoringToken?, _ message: Message) -> ScoringError {
        let column = token?.column ?? (text.count + 1)
        return ScoringError(line: number, column: column, message)
    }

    /// How a token is named in a message: `sixty`, or "the end of the line".
    static func describe(_ token: ScoringToken?) -> Message {
        guard let token else { return Message(.endOfTheLine) }
        return Message(verbatim: "`" + TerminalText.sanitize(token.source) + "`")
    }

    mutating func wholeNumber(what: Message, example: String, range: ClosedRange<Int>) throws(ScoringError) -> Int {
        guard let token = current, case let .number(value, whole) = token.kind else {
            throw error(at: current, Message(.mustBeAWholeNumber, "\(what)", "\(example)", "\(ScoringLine.describe(current))"))
        }
        guard whole, value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            throw error(
                at: token, Message(.mustBeAWholeNumberFrom, "\(what)", "\(range.lowerBound)", "\(range.upperBound)", "\(token.source)"))
        }
        advance()
        return Int(value)
    }

    func expectEnd(after what: Message) throws(ScoringError) {
        if let extra = current {
            throw error(
                at: extra, Message(.unexpectedAfterOneStatement, "\(ScoringLine.describe(extra))", "\(what)"))
        }
    }
}
