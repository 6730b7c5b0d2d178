/// The rules of a definition prepared for matching, in flat arrays of plain values (no array per
/// rule), so testing a value against its rules copies and retains nothing: text literals
/// lowercased into one byte buffer, numbers apart, and each field's rules listed together.
/// Text compares case-insensitively, ignoring spaces around the value, as people type data.
/// Numeric tests fire only on values that are numbers; nothing fires on an empty value.
struct ScoringRuleTable: Sendable {
    private let ops: [ScoringOperator]
    /// Per rule, its numbers in `numbers` and its texts in `texts`.
    private let numberRanges: [Range<Int>]
    private let textRanges: [Range<Int>]
    private let numbers: [Double]
    /// Per text literal, its lowercased bytes in `bytes`, and the same as a String for data
    /// that is not ASCII.
    private let texts: [Range<Int>]
    private let bytes: [UInt8]
    private let lowercased: [String]
    private let asciiTexts: [Bool]
    /// Per field slot, its rules in `slotRules`, and whether any of them reads numbers.
    private let slotRanges: [Range<Int>]
    private let slotRules: [Int]
    private let slotReadsNumbers: [Bool]
    /// Per rule with a long list of texts, its texts by the hash of their lowercased bytes: a value
    /// is looked up once instead of compared with each of up to a thousand texts, on every lead.
    private let textIndex: [[UInt64: [Int]]?]

    /// Lists longer than this are looked up by hash.
    static let indexedListLength = 16

    init(rules: [ScoringRule], slots: [[Int]]) {
        var ops: [ScoringOperator] = [], numberRanges: [Range<Int>] = [], textRanges: [Range<Int>] = []
        var numbers: [Double] = [], texts: [Range<Int>] = [], bytes: [UInt8] = [], lowercased: [String] = [], ascii: [Bool] = []
        for rule in rules {
            ops.append(rule.op)
            let firstNumber = numbers.count, firstText = texts.count
            for value in rule.values {
                switch value {
                case let .number(number):
                    numbers.append(number)
                case let .text(text):
                    let lower = text.lowercased()
                    texts.append(bytes.count..<(bytes.count + lower.utf8.count))
                    bytes.append(contentsOf: lower.utf8)
                    lowercased.append(lower)
                    ascii.append(lower.utf8.allSatisfy { $0 < 0x80 })
                }
            }
            numberRanges.append(firstNumber..<numbers.count)
            textRanges.append(firstText..<texts.count)
        }
        var slotRanges: [Range<Int>] = [], slotRules: [Int] = []
        for rulesOfSlot in slots {
            slotRanges.append(slotRules.count..<(slotRules.count + rulesOfSlot.count))
            slotRules += rulesOfSlot
        }
        self.ops = ops
        self.numberRanges = numberRanges
        self.textRanges = textRanges
        self.numbers = numbers
        self.texts = texts
        self.bytes = bytes
        self.lowercased = lowercased
        self.asciiTexts = ascii
        self.slotRanges = slotRanges
        self.slotRules = slotRules
        slotReadsNumbers = slots.map { rulesOfSlot in rulesOfSlot.contains { !numberRanges[$0].isEmpty } }
        textIndex = textRanges.map { range in
            guard range.count > ScoringRuleTable.indexedListLength else { return nil }
            var index: [UInt64: [Int]] = [:]
            for text in range { index[ScoringRuleTable.hash(lowercased[text].utf8), default: []].append(text) }
            return index
        }
    }

    /// Marks in `fired` the rules of `slot` that a text value (trimmed, not empty) matches.
    func match(slot: Int, text value: UnsafeBufferPointer<UInt8>, into fired: inout [Bool]) {
        let number = slotReadsNumbers[slot] ? ScoringNumber.parse(value) : nil
        let ascii = ScoringRuleTable.isASCII(value)
        for position in slotRanges[slot] {
            let rule = slotRules[position]
            if matches(rule, text: value, ascii: ascii, number: number) { fired[rule] = true }
        }
    }

    /// Marks in `fired` the rules of `slot` that a number field matches.
    func match(slot: Int, number: Double, into fired: inout [Bool]) {
        for position in slotRanges[slot] {
            let rule = slotRules[position]
            if matches(rule, number: number) { fired[rule] = true }
        }
    }

    private func matches(_ rule: Int, text value: UnsafeBufferPointer<UInt8>, ascii: Bool, number: Double?) -> Bool {
        switch ops[rule] {
        case .exists:
            return true
        case .equal, .oneOf:
            if let number, numberRanges[rule].contains(where: { numbers[$0] == number }) { return true }
            if let index = textIndex[rule] {
                let key =
                    ascii
                    ? ScoringRuleTable.hashLowercasingASCII(value)
                    : ScoringRuleTable.hash(String(decoding: value, as: UTF8.self).lowercased().utf8)
                return index[key]?.contains { equals(value, ascii: ascii, text: $0) } ?? false
            }
            return textRanges[rule].contains { equals(value, ascii: ascii, text: $0) }
        case .notEqual:
            if let literal = numberRanges[rule].first { return number.map { $0 != numbers[literal] } ?? false }
            guard let literal = textRanges[rule].first else { return false }
            return !equals(value, ascii: ascii, text: literal)
        case .contains:
            return textRanges[rule].contains { contains(value, ascii: ascii, text: $0) }
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            return number.map { compare(rule, $0) } ?? false
        }
    }

    private func matches(_ rule: Int, number: Double) -> Bool {
        switch ops[rule] {
        case .exists: return true
        case .equal, .oneOf: return numberRanges[rule].contains { numbers[$0] == number }
        case .notEqual: return numberRanges[rule].first.map { number != numbers[$0] } ?? false
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return compare(rule, number)
        case .contains: return false
        }
    }

    private func compare(_ rule: Int, _ number: Double) -> Bool {
        guard let literal = numberRanges[rule].first.map({ numbers[$0] }) else { return false }
        switch ops[rule] {
        case .less: return number < literal
        case .lessOrEqual: return number <= literal
        case .greater: return number > literal
        case .greaterOrEqual: return number >= literal
        default: return false
        }
    }

    private func equals(_ value: UnsafeBufferPointer<UInt8>, ascii: Bool, text: Int) -> Bool {
        let range = texts[text]
        guard ascii && asciiTexts[text] else { return String(decoding: value, as: UTF8.self).lowercased() == lowercased[text] }
        guard value.count == range.count else { return false }
        var offset = 0
        for index in range {
            if ScoringRuleTable.lower(value[offset]) != bytes[index] { return false }
            offset += 1
        }
        return true
    }

    private func contains(_ value: UnsafeBufferPointer<UInt8>, ascii: Bool, text: Int) -> Bool {
        let range = texts[text]
        guard ascii && asciiTexts[text] else {
            return String(decoding: value, as: UTF8.self).lowercased().contains(lowercased[text])
        }
        if range.isEmpty { return true }
        guard value.count >= range.count else { return false }
        for start in 0...(value.count - range.count) {
            var offset = 0
            while offset < range.count && ScoringRuleTable.lower(value[start + offset]) == bytes[range.lowerBound + offset] { offset += 1 }
            if offset == range.count { return true }
        }
        return false
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// FNV-1a of bytes already lowercased (the list's texts, or a value that is not ASCII).
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The same of an ASCII value lowercased as it is read: no copy of it.
    static func hashLowercasingASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(lower(byte))) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }
}
