import Foundation

extension MoneyFormat {
    /// An amount as a person would type it back: `12000`, `18500.50`; no separators, no rounding
    /// to thousands, so editing a value never changes it by accident.
    public static func plain(_ value: Double) -> String {
        if let outlandish = outlandish(value) { return outlandish }
        let cents = (value * 100).rounded()
        if cents.truncatingRemainder(dividingBy: 100) == 0 { return String(Int64(cents / 100)) }
        // Whole cents below 2^53 are exact: integer arithmetic gives the digits without a formatter.
        guard abs(cents) < 9e15 else { return String(format: "%.2f", cents / 100) }
        let whole = Int64(cents)
        let fraction = abs(whole % 100)
        return (whole < 0 && whole > -100 ? "-" : "") + String(whole / 100) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }

    /// The same with the language's decimal mark (`18500,50` in Spanish), for a form a person
    /// edits and sends back: it must read as the same amount in their language.
    public static func plain(_ value: Double, _ language: Language) -> String {
        let text = plain(value)
        return language == .spanish ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
