/// The one reading that fits every date of a column, when there is one. `01-03-17` alone is March
/// or January; a column that also holds `18-03-17` can only be day first, so the whole column is
/// read that way. A column whose every date fits both orders stays unread: the choice is the
/// person's (`--date-format`), never a guess.
public struct DateColumnReading: Sendable {
    /// Patterns still possible, nil until the first date that is not ISO.
    private var candidates: [String]?
    /// A date that rules a reading out, to say why the one left is right.
    public private(set) var deciding: String?
    public private(set) var dates = 0

    public init() {}

    /// Takes one value of the column into account. Empty and ISO values say nothing.
    public mutating func add(_ text: String) {
        let value = text.trimmingSpaces
        if value.isEmpty || Timestamp.parse(value) != nil { return }
        dates += 1
        let fits = DateColumnReading.patterns(for: value).filter { pattern in
            (try? DateReader(pattern: pattern))?.parse(value).isSuccess == true
        }
        guard let current = candidates else {
            candidates = fits
            if fits.count == 1 { deciding = value }
            return
        }
        let left = current.filter(fits.contains)
        if left.count == 1 && current.count > 1 { deciding = value }
        candidates = left
    }

    /// The pattern every date of the column fits, when exactly one does.
    public var pattern: String? {
        guard let candidates, candidates.count == 1 else { return nil }
        return candidates[0]
    }

    /// The orders a date such as `03/04/25` or `2025/04/03` could be written in.
    static func patterns(for value: String) -> [String] {
        let datePart = value.split(separator: " ", maxSplits: 1).first.map(String.init) ?? value
        guard let separator = datePart.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return [] }
        let parts = datePart.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return []
        }
        let s = String(separator)
        if parts[0].count == 4 { return ["yyyy\(s)MM\(s)dd"] }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4 else { return [] }
        let year = parts[2].count == 2 ? "yy" : "yyyy"
        return ["dd\(s)MM\(s)\(year)", "MM\(s)dd\(s)\(year)"]
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
