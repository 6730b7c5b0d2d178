import Foundation

/// Short money figures for cards and column headers: 18500 -> "18.5k", 1250000 -> "1.25M".
public enum MoneyFormat {
    /// `decimalSeparator` is the language's: "18,5k" in Spanish.
    public static func compact(_ value: Double?, decimalSeparator: String = ".") -> String {
        guard let value else { return "" }
        if let outlandish = outlandish(value) { return outlandish }
        let magnitude = abs(value)
        let sign = value < 0 ? "-" : ""
        let text: String
        if magnitude >= 1_000_000 {
            text = trimmed(magnitude / 1_000_000) + "M"
        } else if magnitude >= 1_000 {
            text = trimmed(magnitude / 1_000) + "k"
        } else {
            text = trimmed(magnitude)
        }
        return sign + (decimalSeparator == "." ? text : text.replacingOccurrences(of: ".", with: decimalSeparator))
    }

    /// Whole units with thousands separators: 1234567.8 -> "1,234,568". Spanish style groups with
    /// "." and leaves four-digit numbers whole ("1500", "18.500"), as the RAE recommends.
    public static func whole(_ value: Double, separator: String = ",", groupFourDigits: Bool = true) -> String {
        if let outlandish = outlandish(value) { return outlandish }
        let rounded = Int64(value.rounded())
        var digits = String(abs(rounded))
        if !groupFourDigits && digits.count <= 4 { return (rounded < 0 ? "-" : "") + digits }
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(Substring(digits), at: 0)
        return (rounded < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    /// Amounts no deal reaches (a script wrote a mistake, or infinity) are shown as what they are,
    /// `1e+300` or `inf`, instead of trapping on the way to an integer.
    static func outlandish(_ value: Double) -> String? {
        if value.isFinite && abs(value) < 1e15 { return nil }
        return String(format: "%.3g", value)
    }

    private static func trimmed(_ value: Double) -> String {
        let hundredths = (value * 100).rounded() / 100
        var text = hundredths >= 100 ? String(Int(hundredths.rounded())) : String(hundredths)
        // Bytes, not Foundation's substring search: this runs for every card with a value.
        if text.utf8.contains(UInt8(ascii: ".")) {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
