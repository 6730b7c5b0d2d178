import Foundation

extension MoneyFormat {
    /// An amount as a person would type it back: `12000`, `18500.50`; no separators, no rounding
    /// to thousands, so editing a value never changes it by accident.
    public static func plain(_ value: Double) -> String {
        if let outlandish = outlandish(value) { return outlandish }
        let cents = (value * 100).rounded()
        if cents.truncatingRemainder(dividingBy: 100) == 0 { return String(Int64(cents / 100)) }
        return String(format: "%.2f", cents / 100)
    }
}
