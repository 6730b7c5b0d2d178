/// Writes CSV as RFC 4180 describes it: a field holding the delimiter, a quote, CR or LF is quoted
/// and its quotes doubled; records end with LF. Bytes accumulate in `bytes` for the caller to flush
/// in large blocks, so exporting a million rows costs no allocation per field.
public struct CSVWriter: Sendable {
    public let delimiter: UInt8
    public var bytes: [UInt8] = []

    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
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
        let needsQuotes = field.utf8.contains { $0 == delimiter || $0 == quote || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else {
            bytes.append(contentsOf: field.utf8)
            return
        }
        bytes.append(quote)
        for byte in field.utf8 {
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
    }

    /// One record as text, for small outputs and tests.
    public static func line(_ fields: [String], delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        var writer = CSVWriter(delimiter: delimiter)
        writer.write(fields)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
