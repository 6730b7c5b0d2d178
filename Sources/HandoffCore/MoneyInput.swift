import Foundation

/// Reads an amount typed by a person: `18500`, `18,500.50`, `18 500`, `€18,500`, `18.5k`, `1.2M`.
/// Refuses anything else (negative, zero, letters, more than two decimals) with the reason.
public enum MoneyInput {
    public static let maximum = 1_000_000_000_000.0

    public static func parse(_ text: String, allowZero: Bool = false) -> Result<Double, HandoffError> {
        var body = AmountReader.withoutCurrency(text)
        guard !body.isEmpty else { return .failure(.invalidInput("enter an amount, e.g. 18500")) }
        if body.hasPrefix("-") { return .failure(.invalidInput("the amount cannot be negative")) }
        var multiplier = 1.0
        if let last = body.last, "kKmM".contains(last) {
            multiplier = "kK".contains(last) ? 1_000 : 1_000_000
            body.removeLast()
        }
        guard let number = AmountReader().number(body) else {
            return .failure(.invalidInput("'\(text)' is not an amount; use digits, e.g. 18500 or 18,500.50 or 18.5k"))
        }
        if multiplier == 1, number.decimals > 2 {
            return .failure(.invalidInput("an amount has at most two decimals"))
        }
        let amount = (number.value * multiplier * 100).rounded() / 100
        if amount == 0 && !allowZero { return .failure(.invalidInput("the amount must be more than zero")) }
        if amount > maximum { return .failure(.invalidInput("the amount is too large")) }
        return .success(amount)
    }
}
