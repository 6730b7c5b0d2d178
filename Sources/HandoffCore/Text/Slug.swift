import Foundation

/// Identifiers made from names people wrote: `Begoña Ruiz` -> `begona.ruiz`, `Spring Webinar 2026`
/// -> `spring-webinar-2026`. Lowercase ASCII letters and digits joined by `separator`.
public enum Slug {
    public static func make(_ text: String, separator: Character) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        var pendingSeparator = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingSeparator && !result.isEmpty { result.append(separator) }
                pendingSeparator = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSeparator = true
            }
        }
        return result
    }

    /// Case and accents aside, for matching names: `BEGOÑA ruiz` matches `Begoña Ruiz`.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().trimmingCharacters(in: .whitespaces)
    }
}
