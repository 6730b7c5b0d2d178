/// Reads RFC 4180 CSV and what real exports do beyond it: an optional UTF-8 byte order mark, CRLF,
/// LF or CR line ends, quoted fields with delimiters, quotes and newlines inside, `;` or tab
/// delimiters. Fed in chunks, so a file of any size streams through a fixed amount of memory; it
/// works on bytes, not Characters, because imports of a million rows spend much of their time here.
///
/// Lenient where files are sloppy and nothing is lost: text after a closing quote is kept, a quote
/// inside an unquoted field is a plain character, blank lines are skipped.
public struct CSVReader: Sendable {
    public let delimiter: UInt8

    private enum State: Sendable { case fieldStart, unquoted, quoted, quoteInQuoted }

    private var state = State.fieldStart
    private var record = CSVRecord()
    /// The bytes of the record's fields one after the other, and where each field ends: fields
    /// become Strings once, when the record is complete.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var fieldWasQuoted = false
    private var line = 1
    private var consumed = 0
    /// How many bytes of a byte order mark the input has started with; -1 once past the start.
    private var bomMatched = 0
    private var skipLineFeed = false
    private var stopped = false

    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
        record.line = 1
        bytes.reserveCapacity(1024)
        ends.reserveCapacity(64)
    }

    /// Bytes of the record being read, not yet handed over: a file whose line never ends grows it
    /// without end (see `CSVFile`, which stops there).
    public var pendingBytes: Int { bytes.count }
    /// Records handed over so far (the header is the first), and the line the pending one starts on.
    public var recordsRead: Int { record.number }
    public var pendingLine: Int { record.line }

    /// Parses the next chunk of input, calling `emit` with each complete record. `emit` returns
    /// false to stop; later calls then do nothing. Returns false once stopped.
    @discardableResult
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (inout CSVRecord) throws -> Bool) rethrows -> Bool {
        if stopped { return false }
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let count = bytes.count
        var index = 0
        // The mark may itself be split between chunks.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        while bomMatched >= 0 && index < count {
            if bytes[index] == bom[bomMatched] {
                bomMatched += 1
                index += 1
                if bomMatched == 3 { bomMatched = -1 }
            } else {
                // Not a mark after all: what looked like one starts the first field.
                if bomMatched > 0 {
                    self.bytes.append(contentsOf: bom[0..<bomMatched])
                    state = .unquoted
                }
                bomMatched = -1
            }
        }
        defer { consumed += count }
        while index < count {
            let byte = bytes[index]
            if skipLineFeed {
                skipLineFeed = false
                if byte == lf { index += 1; continue }
            }
            switch state {
            case .fieldStart where byte == quote:
                state = .quoted
                fieldWasQuoted = true
                index += 1
            case .fieldStart, .unquoted:
                // Copy the run up to the next delimiter or line end in one go.
                var end = index
                while end < count {
                    let next = bytes[end]
                    if next == delimiter || next == cr || next == lf { break }
                    end += 1
                }
                self.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                state = .unquoted
                index = end
                if end < count {
                    index += 1
                    if bytes[end] == delimiter {
                        finishField()
                    } else if try !finishRecord(endedBy: bytes[end], at: index, emit) {
                        return false
                    }
                }
            case .quoted:
                var end = index
                while end < count && bytes[end] != quote {
                    if bytes[end] == lf { line += 1 }
                    end += 1
                }
                self.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                if end < count {
                    state = .quoteInQuoted
                    index += 1
                }
            case .quoteInQuoted:
                if byte == quote {
                    self.bytes.append(quote)
                    state = .quoted
                    index += 1
                } else if byte == delimiter {
                    finishField()
                    index += 1
                } else if byte == cr || byte == lf {
                    index += 1
                    if try !finishRecord(endedBy: byte, at: index, emit) { return false }
                } else {
                    state = .unquoted
                }
            }
        }
        return true
    }

    /// Ends the input: emits the last record when the file does not end with a line break.
    public mutating func finish(_ emit: (inout CSVRecord) throws -> Bool) rethrows {
        if stopped { return }
        if bomMatched > 0 {
            bytes.append(contentsOf: [0xEF, 0xBB, 0xBF][0..<bomMatched])
            state = .unquoted
        }
        switch state {
        case .quoted:
            record.unterminatedQuote = true
            finishField()
        case .quoteInQuoted, .unquoted:
            finishField()
        case .fieldStart:
            if ends.isEmpty { return }
            finishField()
        }
        makeFields()
        record.number += 1
        record.offset = consumed
        _ = try emit(&record)
        stopped = true
    }

    private mutating func finishField() {
        ends.append(bytes.count)
        fieldWasQuoted = false
        state = .fieldStart
    }

    /// Turns the record's bytes into its fields; one pass finds the usual all-ASCII record valid.
    private mutating func makeFields() {
        bytes.withUnsafeBufferPointer { buffer in
            let ascii = CSVReader.isASCII(buffer)
            var start = 0
            for (index, end) in ends.enumerated() {
                let field = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if !ascii && !CSVReader.isValidUTF8(field) { record.invalidFields.append(index) }
                record.fields.append(String(decoding: field, as: UTF8.self))
                start = end
            }
        }
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    /// Eight bytes at a time: no byte with the high bit set.
    static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        var bits: UInt64 = 0
        while index + 8 <= buffer.count {
            bits |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < buffer.count {
            bits |= UInt64(buffer[index])
            index += 1
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }

    /// Well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). Written out
    /// because the standard library's validating initializer is generic and costs a metadata
    /// lookup per field; most fields are ASCII and leave after one pass.
    static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = buffer.count
        while index < count {
            let lead = buffer[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = buffer[index + 1]
            guard second >= lower && second <= upper else { return false }
            for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    private mutating func finishRecord(endedBy byte: UInt8, at index: Int, _ emit: (inout CSVRecord) throws -> Bool) rethrows -> Bool {
        let blank = ends.isEmpty && bytes.isEmpty && !fieldWasQuoted
        finishField()
        if byte == UInt8(ascii: "\r") { skipLineFeed = true }
        line += 1
        if blank {
            ends.removeAll(keepingCapacity: true)
        } else {
            makeFields()
            record.number += 1
            record.offset = consumed + index
            if try !emit(&record) {
                stopped = true
                return false
            }
        }
        record.fields.removeAll(keepingCapacity: true)
        record.invalidFields.removeAll(keepingCapacity: true)
        record.unterminatedQuote = false
        record.line = line
        return true
    }

    /// Reads a whole buffer: for small files and tests.
    public static func read(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), _ emit: (inout CSVRecord) throws -> Bool) rethrows {
        var reader = CSVReader(delimiter: delimiter)
        let more = try bytes.withUnsafeBufferPointer { try reader.feed($0, emit) }
        if more { try reader.finish(emit) }
    }

    /// Every record's fields, header included.
    public static func records(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) -> [[String]] {
        var all: [[String]] = []
        read(bytes, delimiter: delimiter) { record in
            all.append(record.fields)
            return true
        }
        return all
    }

    /// The delimiter of a file from its first record: the most frequent of `,` `;` tab and `|`
    /// outside quotes; a comma when there is none (a one-column file).
    public static func detectDelimiter(_ sample: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
        var counts = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        for byte in sample {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
        }
        var best = 0
        for index in candidates.indices where counts[index] > counts[best] { best = index }
        return counts[best] > 0 ? candidates[best] : UInt8(ascii: ",")
    }
}
