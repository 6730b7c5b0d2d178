/// Reads RFC 4180 CSV from bytes: quoted fields with commas, quotes and newlines inside, CRLF or LF,
/// an optional UTF-8 byte order mark. It works on bytes, not Characters, because imports of a
/// million rows spend most of their time here.
public struct CSVReader: Sendable {
    public let delimiter: UInt8

    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
    }

    /// Calls `row` with each record's fields and its 1-based line number (where the record starts).
    /// Stops early when `row` returns false. Returns the line where a quoted field starts that the
    /// input never closes (its text runs to the end and arrives as one last field), so a reader of
    /// imports can refuse the file instead of swallowing the rest of it; nil when every quote closed.
    @discardableResult
    public func read(_ bytes: [UInt8], row: (_ fields: [String], _ line: Int) throws -> Bool) rethrows -> Int? {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var index = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        var line = 1
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var recordLine = 1
        var fieldStarted = false
        var quoteLine = 1
        let count = bytes.count
        func finishField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        while index < count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < count && bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case quote where field.isEmpty && !fieldStarted:
                inQuotes = true
                fieldStarted = true
                quoteLine = line
            case delimiter:
                finishField()
            case cr, lf:
                if byte == cr && index + 1 < count && bytes[index + 1] == lf { index += 1 }
                finishField()
                let isBlank = fields.count == 1 && fields[0].isEmpty
                if !isBlank {
                    if try !row(fields, recordLine) { return nil }
                }
                fields.removeAll(keepingCapacity: true)
                line += 1
                recordLine = line
            default:
                field.append(byte)
                fieldStarted = true
            }
            index += 1
        }
        if fieldStarted || !field.isEmpty || !fields.isEmpty {
            finishField()
            // The same rule as for a record ended by a line break: a lone empty field is no record.
            if !(fields.count == 1 && fields[0].isEmpty) { _ = try row(fields, recordLine) }
        }
        return inQuotes ? quoteLine : nil
    }

    /// Convenience for small files: every record, header included.
    public func records(_ bytes: [UInt8]) -> [[String]] {
        var all: [[String]] = []
        read(bytes) { fields, _ in all.append(fields); return true }
        return all
    }
}
