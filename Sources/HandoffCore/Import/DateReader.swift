/// Reads the dates of an imported file. ISO 8601 (a date, or a date-time with or without a zone)
/// and `YYYY-MM-DD HH:MM` always; other orders only through a pattern given with `--date-format`
/// (`dd/MM/yyyy`, `MM/dd/yyyy`, `dd-MM-yy`, `d.M.yyyy HH:mm`...), because `03/04/2025` is March or
/// April depending on who wrote it, and a guess would silently move deals by months.
public struct DateReader: Sendable {
    private enum Token: Sendable, Equatable {
        case year4, year2, month, day, hour, minute, second
        case literal(UInt8)
    }

    public let pattern: String?
    private let tokens: [Token]

    /// `pattern` uses `yyyy` or `yy`, `MM` or `M`, `dd` or `d`, and optionally `HH`, `mm`, `ss`;
    /// anything else is a literal separator. A two-digit year is 2000-2069 or 1970-1999.
    public init(pattern: String? = nil) throws(HandoffError) {
        self.pattern = pattern
        guard let pattern else {
            tokens = []
            return
        }
        var tokens: [Token] = []
        let bytes = Array(pattern.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var run = 1
            while index + run < bytes.count && bytes[index + run] == byte { run += 1 }
            switch (byte, run) {
            case (UInt8(ascii: "y"), 4): tokens.append(.year4)
            case (UInt8(ascii: "y"), 2): tokens.append(.year2)
            case (UInt8(ascii: "M"), 1...2): tokens.append(.month)
            case (UInt8(ascii: "d"), 1...2): tokens.append(.day)
            case (UInt8(ascii: "H"), 1...2): tokens.append(.hour)
            case (UInt8(ascii: "m"), 1...2): tokens.append(.minute)
            case (UInt8(ascii: "s"), 1...2): tokens.append(.second)
            case (UInt8(ascii: "y"), _), (UInt8(ascii: "M"), _), (UInt8(ascii: "d"), _), (UInt8(ascii: "H"), _),
                (UInt8(ascii: "m"), _), (UInt8(ascii: "s"), _):
                throw .invalidInput(
                    Message(.dateFormatIsNot, "\(pattern)", "\(String(repeating: Character(Unicode.Scalar(byte)), count: run))")
                )
            default:
                tokens.append(contentsOf: Array(repeating: .literal(byte), count: run))
            }
            index += run
        }
        guard tokens.contains(.day), tokens.contains(.month), tokens.contains(.year4) || tokens.contains(.year2) else {
            throw .invalidInput(Message(.dateFormatNeedsA, "\(pattern)"))
        }
        self.tokens = tokens
    }

    /// Unix seconds (UTC), or why the text is not a date.
    public func parse(_ text: String) -> Result<Int64, HandoffError> {
        if let iso = Timestamp.parse(text) { return .success(iso) }
        if !tokens.isEmpty, let value = parseWithPattern(Array(text.utf8)) { return .success(value) }
        return .failure(.invalidInput(explain(text)))
    }

    private func parseWithPattern(_ bytes: [UInt8]) -> Int64? {
        var index = 0
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        func number(maxDigits: Int, exactly: Bool) -> Int? {
            var value = 0, digits = 0
            while index < bytes.count, digits < maxDigits, bytes[index] >= 48, bytes[index] <= 57 {
                value = value * 10 + Int(bytes[index] - 48)
                index += 1
                digits += 1
            }
            if digits == 0 || (exactly && digits != maxDigits) { return nil }
            return value
        }
        for token in tokens {
            switch token {
            case .year4: guard let value = number(maxDigits: 4, exactly: true) else { return nil }; year = value
            case .year2:
                guard let value = number(maxDigits: 2, exactly: true) else { return nil }; year = value < 70 ? 2000 + value : 1900 + value
            case .month: guard let value = number(maxDigits: 2, exactly: false) else { return nil }; month = value
            case .day: guard let value = number(maxDigits: 2, exactly: false) else { return nil }; day = value
            case .hour: guard let value = number(maxDigits: 2, exactly: false) else { return nil }; hour = value
            case .minute: guard let value = number(maxDigits: 2, exactly: true) else { return nil }; minute = value
            case .second: guard let value = number(maxDigits: 2, exactly: true) else { return nil }; second = value
            case let .literal(byte):
                guard index < bytes.count, bytes[index] == byte else { return nil }
                index += 1
            }
        }
        // A date-only pattern still reads the time spreadsheets and CRMs append: ` HH:MM` or
        // ` HH:MM:SS`, on a 12-hour clock too (` 02:15 PM`, as Zoho writes it).
        if !tokens.contains(.hour), index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "T") {
            index += 1
            guard let h = number(maxDigits: 2, exactly: false), index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            guard let m = number(maxDigits: 2, exactly: true) else { return nil }
            hour = h
            minute = m
            if index < bytes.count && bytes[index] == UInt8(ascii: ":") {
                index += 1
                guard let s = number(maxDigits: 2, exactly: true) else { return nil }
                second = s
            }
            if let twelveHour = DateReader.meridiem(bytes[index...]) {
                guard (1...12).contains(hour) else { return nil }
                hour = hour % 12 + (twelveHour.afternoon ? 12 : 0)
                index += twelveHour.length
            }
        }
        guard index == bytes.count, (1...12).contains(month), (1...Timestamp.daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        return Timestamp.seconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// ` AM` / `PM` (any case, the space optional, `a.m.` too) at the start of `rest`: which half of
    /// the day, and how many bytes it takes.
    private static func meridiem(_ rest: ArraySlice<UInt8>) -> (afternoon: Bool, length: Int)? {
        var index = rest.startIndex
        if index < rest.endIndex, rest[index] == UInt8(ascii: " ") { index += 1 }
        guard index < rest.endIndex else { return nil }
        let afternoon: Bool
        switch rest[index] | 0x20 {
        case UInt8(ascii: "a"): afternoon = false
        case UInt8(ascii: "p"): afternoon = true
        default: return nil
        }
        index += 1
        if index < rest.endIndex, rest[index] == UInt8(ascii: ".") { index += 1 }
        guard index < rest.endIndex, rest[index] | 0x20 == UInt8(ascii: "m") else { return nil }
        index += 1
        if index < rest.endIndex, rest[index] == UInt8(ascii: ".") { index += 1 }
        return (afternoon, index - rest.startIndex)
    }

    /// `--date-format PATTERN` when `text` can be read in one order only (`18/03/2017`), nil when
    /// both orders fit or it is not written as a date with numbers.
    public static func suggestion(for text: String) -> String? {
        let fits = DateColumnReading.patterns(for: text).filter { (try? DateReader(pattern: $0))?.parse(text).isSuccess == true }
        return fits.count == 1 ? "--date-format \(fits[0])" : nil
    }

    /// What is wrong with a date, and the option that would read it.
    private func explain(_ text: String) -> Message {
        let shown = "'\(text)'"
        if let pattern { return Message(.isNotADate, "\(shown)", "\(pattern)") }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." || $0 == " " }).prefix(3).map(String.init)
        if parts.count == 3, let first = Int(parts[0]), let second = Int(parts[1]), Int(parts[2]) != nil, parts[0].count <= 2,
            parts[1].count <= 2
        {
            let separator = text.first(where: { "/-.".contains($0) }).map(String.init) ?? "/"
            let year = parts[2].count == 2 ? "yy" : "yyyy"
            let dayFirst = "dd\(separator)MM\(separator)\(year)", monthFirst = "MM\(separator)dd\(separator)\(year)"
            if first > 12 && second <= 12 { return Message(.isDayFirstPass, "\(shown)", "\(dayFirst)") }
            if second > 12 && first <= 12 { return Message(.isMonthFirstPass, "\(shown)", "\(monthFirst)") }
            return Message(.isAmbiguousDayOr, "\(shown)", "\(dayFirst)", "\(monthFirst)")
        }
        return Message(.isNotADateUse, "\(shown)")
    }
}
