/// Dates and spans of days as people type them on the command line and in the board's forms.
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
}
