import Foundation

/// Dates and spans of days as people type them on the command line and in the board's forms. A
/// date is read as the screens of the person's language write it (`2026-11-25` in English,
/// `25/11/2026` in Spanish, day first) and always in ISO 8601, with an optional time (UTC).
/// Never a guess between day and month: English screens show ISO, so `10/12/2026` is refused there.
public enum DateInput {
    /// The longest span counted back: a hundred years takes in everything and keeps the arithmetic in range.
    public static let maximumDays: Int64 = 36_500

    /// `7d` is seven days, `2w` fourteen: how `log --since` and `kpi --period` count back from
    /// now. Nil for anything else; zero is a span (`0d`), the caller decides if it makes sense.
    public static func days(_ text: String) -> Int64? {
        guard let unit = text.last, unit == "d" || unit == "w" else { return nil }
        let digits = text.dropLast()
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        // Digits beyond what Int64 holds are still "more than a hundred years".
        let number = Int64(digits) ?? maximumDays
        return min(maximumDays, unit == "w" ? number.multipliedReportingOverflow(by: 7).partialValue : number)
    }

    /// A moment: `2026-11-25`, `2026-11-25 14:00` (or any ISO 8601 date-time), and in Spanish
    /// `25/11/2026` and `25/11/2026 14:00`. `hasTime` is false for a day alone, which the caller
    /// reads as its start or its end.
    public static func moment(_ text: String, language: Language) -> (seconds: Int64, hasTime: Bool)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = Timestamp.parse(trimmed) { return (iso, trimmed.utf8.count > 10) }
        guard language == .spanish else { return nil }
        let parts = trimmed.split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count), let day = dayFirst(parts[0]) else { return nil }
        guard parts.count == 2 else { return (day, false) }
        guard let time = clock(parts[1]) else { return nil }
        return (day + time, true)
    }

    /// Midnight (UTC) at the start of a day typed alone: `2026-11-25`, in Spanish also `25/11/2026`.
    public static func day(_ text: String, language: Language) -> Int64? {
        guard let moment = moment(text, language: language), !moment.hasTime else { return nil }
        return moment.seconds
    }

    /// `25/11/2026` or `5/1/2026`: day, month, four-digit year.
    private static func dayFirst(_ text: Substring) -> Int64? {
        let fields = text.split(separator: "/", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count <= 2, fields[1].count <= 2, fields[2].count == 4,
            let day = number(fields[0]), let month = number(fields[1]), let year = number(fields[2]),
            (1...12).contains(month), (1...Timestamp.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return Timestamp.seconds(year: year, month: month, day: day)
    }

    /// `14:00` or `9:05`: seconds into the day.
    private static func clock(_ text: Substring) -> Int64? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2, fields[0].count <= 2, fields[1].count == 2, let hour = number(fields[0]), let minute = number(fields[1]),
            hour < 24, minute < 60
        else { return nil }
        return Int64(hour * 3_600 + minute * 60)
    }

    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
