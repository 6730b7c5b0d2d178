/// Splits one line of a scoring file into tokens. A `#` outside double quotes starts a comment.
struct ScoringLexer {
    let characters: [Character]
    let line: Int

    init(line text: Substring, number: Int) {
        characters = Array(text)
        line = number
    }

    private static let symbols = ["->", "!=", "<=", ">=", "=", "<", ">", "(", ")", ",", "%", "[", "]"]

    func tokens() throws(ScoringError) -> [ScoringToken] {
        var tokens: [ScoringToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == " " || character == "\t" {
                index += 1
            } else if character == "#" {
                break
            } else if character == "\"" {
                let (text, end) = try quoted(from: index)
                tokens.append(ScoringToken(kind: .text(text), column: index + 1, source: String(characters[index..<end])))
                index = end
            } else if character.isNumber || ((character == "-" || character == "+") && next(index)?.isNumber == true) {
                let end = numberEnd(from: index)
                let source = String(characters[index..<end])
                guard let value = Double(source), value.isFinite else {
                    throw ScoringError(line: line, column: index + 1, Message(.isNotANumberInCode, "\(source)"))
                }
                let whole = !source.contains(".") && !source.lowercased().contains("e")
                tokens.append(ScoringToken(kind: .number(value, whole: whole), column: index + 1, source: source))
                index = end
            } else if character.isLetter || character == "_" {
                var end = index
                while end < characters.count,
                    characters[end].isLetter || characters[end].isNumber || characters[end] == "_" || characters[end] == "."
                {
                    end += 1
                }
                let word = String(characters[index..<end])
                if word == ScoringField.attributePrefix, end < characters.count, characters[end] == "\"" {
                    let (name, after) = try quoted(from: end)
                    tokens.append(ScoringToken(kind: .quotedAttribute(name), column: index + 1, source: String(characters[index..<after])))
                    index = after
                } else {
                    tokens.append(ScoringToken(kind: .word(word), column: index + 1, source: word))
                    index = end
                }
            } else if let symbol = ScoringLexer.symbols.first(where: { matches($0, at: index) }) {
                tokens.append(ScoringToken(kind: .symbol(symbol), column: index + 1, source: symbol))
                index += symbol.count
            } else {
                throw ScoringError(
                    line: line, column: index + 1, Message(.unexpectedCharacter, "\(TerminalText.sanitize(String(character)))"))
            }
        }
        return tokens
    }

    private func next(_ index: Int) -> Character? { index + 1 < characters.count ? characters[index + 1] : nil }

    private func matches(_ symbol: String, at index: Int) -> Bool {
        let wanted = Array(symbol)
        guard index + wanted.count <= characters.count else { return false }
        return Array(characters[index..<(index + wanted.count)]) == wanted
    }

    /// Digits with an optional sign, fraction and exponent; a letter glued on makes it a bad number.
    private func numberEnd(from start: Int) -> Int {
        var end = start + 1
        while end < characters.count {
            let character = characters[end]
            if character.isNumber || character.isLetter || character == "." || character == "_" {
                end += 1
            } else if (character == "-" || character == "+"), characters[end - 1] == "e" || characters[end - 1] == "E" {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    /// Text between double quotes, with `\"` and `\\` escapes. Control and invisible characters
    /// are refused: what `show` prints must be safe on a terminal and read back the same.
    private func quoted(from start: Int) throws(ScoringError) -> (String, Int) {
        var text = ""
        var index = start + 1
        while index < characters.count {
            let character = characters[index]
            if character == "\"" { return (text, index + 1) }
            if character == "\\" {
                guard let escaped = next(index), escaped == "\"" || escaped == "\\" else {
                    throw ScoringError(
                        line: line, column: index + 1, Message(.unknownEscapeInText))
                }
                text.append(escaped)
                index += 2
                continue
            }
            if TerminalText.sanitize(String(character)) != String(character) {
                let code = character.unicodeScalars.first.map { "U+" + String($0.value, radix: 16, uppercase: true) } ?? "?"
                throw ScoringError(line: line, column: index + 1, Message(.controlOrInvisibleCharacter, "\(code)"))
            }
            text.append(character)
            index += 1
        }
        throw ScoringError(line: line, column: start + 1, Message(.textStartingHereHas))
    }
}
