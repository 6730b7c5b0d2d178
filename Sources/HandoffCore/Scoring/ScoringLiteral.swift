import Foundation

/// A value written in a scoring rule: text in double quotes, or a bare number.
public enum ScoringLiteral: Sendable, Equatable, Hashable {
    case text(String)
    case number(Double)

    /// As written in the file format: `"software"` (with `\"` and `\\` escaped) or `50`.
    public var source: String {
        switch self {
        case let .text(text):
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case let .number(number):
            return ScoringLiteral.format(number)
        }
    }

    /// Whole numbers without a decimal point; others in the shortest form that reads back exactly.
    public static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
