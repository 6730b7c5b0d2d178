/// Writes CSV as RFC 4180 describes it: a field holding the delimiter, a quote, CR or LF is quoted
/// and its quotes doubled; records end with LF. Bytes accumulate in `bytes` for the caller to flush
/// in large blocks, so exporting a million rows costs no allocation per field. With
/// `guardingFormulas`, a field a spreadsheet would run as a formula gets a leading `'` (see
/// `FormulaGuard`): what people open in a spreadsheet (exports, rejected rows).
public struct CSVWriter: Sendable {
    public let delimiter: UInt8
    public let guardingFormulas: Bool
    public var bytes: [UInt8] = []

    public init(delimiter: UInt8 = UInt8(ascii: ","), guardingFormulas: Bool = false) {
        self.delimiter = delimiter
        self.guardingFormulas = guardingFormulas
        bytes.reserveCapacity(1 << 16)
    }

    public mutating func write(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(delimiter) }
            append(field)
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func append(_ field: String) {
        let quote = UInt8(ascii: "\"")
        let guarded = guardingFormulas && FormulaGuard.needsGuard(field.utf8)
        let needsQuotes = field.utf8.contains { $0 == delimiter || $0 == quote || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else {
            if guarded { bytes.append(UInt8(ascii: "'")) }
            bytes.append(contentsOf: field.utf8)
            return
        }
        bytes.append(quote)
        if guarded { bytes.append(UInt8(ascii: "'")) }
        for byte in field.utf8 {
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
    }

    /// One record as text, for small outputs and tests.
    public static func line(_ fields: [String], delimiter: UInt8 = UInt8(ascii: ","), guardingFormulas: Bool = false) -> String {
        var writer = CSVWriter(delimiter: delimiter, guardingFormulas: guardingFormulas)
        writer.write(fields)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
