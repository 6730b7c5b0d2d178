/// One rule's test, prepared once: literals lowercased to bytes, numbers apart. Text compares
/// case-insensitively, ignoring spaces around the value, as people type data. Numeric tests fire
/// only on values that are numbers; nothing fires on an empty value except that `exists` is false.
struct ScoringMatcher: Sendable {
    let op: ScoringOperator
    /// Text literals, lowercased, as UTF-8 bytes (fast path) and as strings (for non-ASCII data).
    let texts: [[UInt8]]
    let lowercasedTexts: [String]
    let numbers: [Double]

    init(_ rule: ScoringRule) {
        op = rule.op
        var texts: [[UInt8]] = [], lowercased: [String] = [], numbers: [Double] = []
        for value in rule.values {
            switch value {
            case let .text(text):
                lowercased.append(text.lowercased())
                texts.append(Array(text.lowercased().utf8))
            case let .number(number):
                numbers.append(number)
            }
        }
        self.texts = texts
        self.lowercasedTexts = lowercased
        self.numbers = numbers
    }

    /// `value` is trimmed and not empty.
    func matches(text value: UnsafeBufferPointer<UInt8>, number: Double?) -> Bool {
        switch op {
        case .exists:
            return true
        case .equal:
            return equalsAny(value, number: number)
        case .notEqual:
            if let literal = numbers.first { return number.map { $0 != literal } ?? false }
            return !texts.isEmpty && !equalsText(value, 0)
        case .oneOf:
            return equalsAny(value, number: number)
        case .contains:
            return texts.indices.contains { containsText(value, $0) }
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            return number.map(compare) ?? false
        }
    }

    func matches(number: Double) -> Bool {
        switch op {
        case .exists: return true
        case .equal, .oneOf: return numbers.contains(number)
        case .notEqual: return numbers.first.map { number != $0 } ?? false
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return compare(number)
        case .contains: return false
        }
    }

    /// Whether any numeric test needs the value read as a number.
    var readsNumbers: Bool { !numbers.isEmpty }

    private func compare(_ number: Double) -> Bool {
        guard let literal = numbers.first else { return false }
        switch op {
        case .less: return number < literal
        case .lessOrEqual: return number <= literal
        case .greater: return number > literal
        case .greaterOrEqual: return number >= literal
        default: return false
        }
    }

    private func equalsAny(_ value: UnsafeBufferPointer<UInt8>, number: Double?) -> Bool {
        if let number, numbers.contains(number) { return true }
        return texts.indices.contains { equalsText(value, $0) }
    }

    private func equalsText(_ value: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let literal = texts[index]
        if ScoringMatcher.isASCII(value) && ScoringMatcher.isASCII(literal) {
            guard value.count == literal.count else { return false }
            for offset in 0..<value.count where ScoringMatcher.lower(value[offset]) != literal[offset] { return false }
            return true
        }
        return String(decoding: value, as: UTF8.self).lowercased() == lowercasedTexts[index]
    }

    private func containsText(_ value: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let literal = texts[index]
        if literal.isEmpty { return true }
        if ScoringMatcher.isASCII(value) && ScoringMatcher.isASCII(literal) {
            guard value.count >= literal.count else { return false }
            for start in 0...(value.count - literal.count) {
                var offset = 0
                while offset < literal.count && ScoringMatcher.lower(value[start + offset]) == literal[offset] { offset += 1 }
                if offset == literal.count { return true }
            }
            return false
        }
        return String(decoding: value, as: UTF8.self).lowercased().contains(lowercasedTexts[index])
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    static func isASCII<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool { bytes.allSatisfy { $0 < 0x80 } }
}
