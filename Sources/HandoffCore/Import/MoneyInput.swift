import Foundation

/// Reads an amount typed by a person the way their language writes numbers: in English `18500`,
/// `18,500.50`, `18 500`, `€18,500`, `18.5k`, `1.2M`; in Spanish `.` groups thousands and `,`
/// marks the decimals (`18.500,50`, `19.500`, `18,5k`, `1500`). Refuses anything else (negative,
/// zero, letters, more than two decimals) with the reason, and every form a refusal suggests is one
/// the same language reads.
public enum MoneyInput {
    public static let maximum = 1_000_000_000_000.0

    public static func parse(_ text: String, language: Language, allowZero: Bool = false) -> Result<Double, HandoffError> {
        var body = AmountReader.withoutCurrency(text)
        guard !body.isEmpty else { return .failure(.invalidInput(Message(.enterAnAmountE))) }
        if body.hasPrefix("-") { return .failure(.invalidInput(Message(.amountCannotBeNegative))) }
        var multiplier = 1.0
        var suffix = ""
        if let last = body.last, "kKmM".contains(last) {
            multiplier = "kK".contains(last) ? 1_000 : 1_000_000
            suffix = String(last)
            body.removeLast()
        }
        guard let number = reader(language).number(body) else {
            // The other language's way of writing it is the likeliest mistake: show the same amount written this way.
            let other: Language = language == .english ? .spanish : .english
            if let meant = reader(other).number(body), meant.decimals <= 2 || multiplier > 1 {
                return .failure(
                    .invalidInput(Message(.isNotAnAmountIn, "\(text)", "\(language.name)", "\(written(meant, language) + suffix)")))
            }
            let forms = examples(language)
            return .failure(.invalidInput(Message(.isNotAnAmountUse, "\(text)", "\(forms[0])", "\(forms[1])", "\(forms[2])")))
        }
        if multiplier == 1, number.decimals > 2 {
            return .failure(.invalidInput(Message(.amountHasAtMost)))
        }
        let amount = (number.value * multiplier * 100).rounded() / 100
        if amount == 0 && !allowZero { return .failure(.invalidInput(Message(.amountMustBeMore))) }
        if amount > maximum { return .failure(.invalidInput(Message(.amountIsTooLarge))) }
        return .success(amount)
    }

    /// Amounts as the language writes them, for help and refusals: a whole amount, one with cents,
    /// one in thousands.
    public static func examples(_ language: Language) -> [String] {
        language == .spanish ? ["18500", "18.500,50", "18,5k"] : ["18500", "18,500.50", "18.5k"]
    }

    static func reader(_ language: Language) -> AmountReader {
        AmountReader(decimalComma: language == .spanish)
    }

    /// `number` with the language's marks and the decimals it was typed with: `18.500,50`.
    static func written(_ number: AmountReader.Number, _ language: Language) -> String {
        let strings = Strings(language)
        let whole = number.value.rounded(.down)
        var text = strings.integer(Int(whole))
        guard number.decimals > 0 else { return text }
        let scale = (0..<number.decimals).reduce(1.0) { value, _ in value * 10 }
        let fraction = String(Int(((number.value - whole) * scale).rounded()))
        text += strings.decimalSeparator + String(repeating: "0", count: max(0, number.decimals - fraction.count)) + fraction
        return text
    }
}
