/// Reads amounts as files and people write them: `1234.5`, `1,234.50`, `1 234,50` and `1.234,50`
/// (with a decimal comma), `€1,234`, `1.234,50 €`, `USD 1,234`. Thousands separators must group by
/// three, so `1,5` is never read as fifteen: with the wrong decimal mark the amount is refused with
/// the option that reads it. Shared by imports and by what people type (`MoneyInput`).
public struct AmountReader: Sendable {
    public let decimalComma: Bool

    public init(decimalComma: Bool = false) {
        self.decimalComma = decimalComma
    }

    /// A number and how many decimals it was written with.
    public struct Number: Sendable, Equatable {
        public let value: Double
        public let decimals: Int
    }

    private static let currencySymbols: Set<Unicode.Scalar> = ["€", "$", "£", "¥", "₹", "₽", "₩", "₺", "₪", "₫", "¢", "₣", "₱", "฿", "₦"]

    /// The amount, rounded to cents, or why it is not one. The caller handles empty text.
    public func parse(_ text: String) -> Result<Double, HandoffError> {
        // Most amounts in a file are bare digits: no currency to look for.
        let bare = text.utf8.first.map { $0 >= 48 && $0 <= 57 } == true && text.utf8.last.map { $0 >= 48 && $0 <= 57 } == true
        let body = bare ? text : AmountReader.withoutCurrency(text)
        if body.hasPrefix("-") || (body.hasPrefix("(") && body.hasSuffix(")")) {
            return .failure(.invalidInput(Message(.isNegativeAnAmount, "\(text)")))
        }
        if let number = number(body) {
            // `1.234` is a thousand and more where the decimal mark is a comma: never read it as cents.
            guard number.decimals <= 2 else {
                return .failure(
                    .invalidInput(
                        decimalComma
                            ? Message(.hasMoreThanTwo, "\(text)")
                            : Message(.hasMoreThanTwoDecimals, "\(text)")))
            }
            return .success((number.value * 100).rounded() / 100)
        }
        if AmountReader(decimalComma: !decimalComma).number(body) != nil {
            return .failure(
                .invalidInput(
                    decimalComma
                        ? Message(.isWrittenWithA, "\(text)")
                        : Message(.isWrittenWithADecimal, "\(text)")))
        }
        return .failure(.invalidInput(Message(.isNotAnAmount, "\(text)")))
    }

    /// The number in `text` (no currency, no sign), or nil when it is not written as one.
    public func number(_ text: String) -> Number? {
        let decimalMark = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        let groupMark = decimalComma ? UInt8(ascii: ".") : UInt8(ascii: ",")
        var text = text
        return text.withUTF8 { bytes in number(bytes, decimalMark: decimalMark, groupMark: groupMark) }
    }

    private func number(_ bytes: UnsafeBufferPointer<UInt8>, decimalMark: UInt8, groupMark: UInt8) -> Number? {
        var mantissa: UInt64 = 0
        var digitCount = 0
        var decimals = -1
        var groupLength = 0
        var sawGroup = false
        var previousWasSeparator = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var separatorLength = 0
            if byte == groupMark || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "_") {
                separatorLength = 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                separatorLength = 2  // no-break space
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF {
                separatorLength = 3  // narrow no-break space
            }
            if separatorLength > 0 {
                // Groups of three after the first; never two separators in a row or in the decimals.
                guard decimals < 0, !previousWasSeparator, digitCount > 0, sawGroup ? groupLength == 3 : groupLength <= 3 else {
                    return nil
                }
                sawGroup = true
                groupLength = 0
                previousWasSeparator = true
                index += separatorLength
                continue
            }
            if byte == decimalMark {
                guard decimals < 0, !previousWasSeparator, !sawGroup || groupLength == 3 else { return nil }
                decimals = 0
                index += 1
                continue
            }
            guard byte >= 48 && byte <= 57 else { return nil }
            // Eighteen digits always fit; past that the amount is beyond anything a board holds.
            guard digitCount < 18 else { return nil }
            mantissa = mantissa * 10 + UInt64(byte - 48)
            digitCount += 1
            if decimals >= 0 { decimals += 1 } else { groupLength += 1 }
            previousWasSeparator = false
            index += 1
        }
        guard digitCount > 0, !previousWasSeparator, decimals != 0, !sawGroup || decimals >= 0 || groupLength == 3 else { return nil }
        // Both operands are exact, so the division is the correctly rounded value of the decimal text.
        let scale = AmountReader.powersOfTen[max(0, decimals)]
        return Number(value: Double(mantissa) / scale, decimals: max(0, decimals))
    }

    private static let powersOfTen: [Double] = (0...18).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    /// Symbols that name one currency; `$` is the US dollar, as exports from US-hosted CRMs write it.
    private static let symbolCodes: [Unicode.Scalar: String] = [
        "€": "EUR", "$": "USD", "£": "GBP", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₪": "ILS", "₫": "VND", "₱": "PHP",
        "฿": "THB", "₦": "NGN",
    ]

    /// The ISO code of the currency an amount is written with (`USD 1,200`, `1.200 €`, `$5`), nil
    /// for a bare number or a symbol that names no single currency (`¥`).
    public static func currency(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard let first = scalars.first, let last = scalars.last else { return nil }
        func code(_ slice: ArraySlice<Unicode.Scalar>) -> String? {
            slice.count == 3 && slice.allSatisfy({ ("A"..."Z").contains($0) }) ? String(String.UnicodeScalarView(slice)) : nil
        }
        if scalars.count > 3, let prefix = code(scalars[0..<3]) { return prefix }
        if scalars.count > 3, let suffix = code(scalars[(scalars.count - 3)...]) { return suffix }
        return symbolCodes[first] ?? symbolCodes[last]
    }

    /// Text without spaces around it and without one currency symbol or ISO code before or after.
    static func withoutCurrency(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        func trim() {
            while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
            while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        }
        func isCode(_ slice: ArraySlice<Unicode.Scalar>) -> Bool { slice.count == 3 && slice.allSatisfy { ("A"..."Z").contains($0) } }
        trim()
        if let first = scalars.first, currencySymbols.contains(first) {
            scalars.removeFirst()
        } else if scalars.count > 3, isCode(scalars[0..<3]) {
            scalars.removeFirst(3)
            if let first = scalars.first, currencySymbols.contains(first) { scalars.removeFirst() }  // US$
        }
        trim()
        if let last = scalars.last, currencySymbols.contains(last) {
            scalars.removeLast()
        } else if scalars.count > 3, isCode(scalars[(scalars.count - 3)...]) {
            scalars.removeLast(3)
        }
        trim()
        return String(String.UnicodeScalarView(scalars))
    }
}
