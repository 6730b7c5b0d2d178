/// Every word the board shows, in the person's language, and numbers, money and dates written the
/// way that language writes them. One value per session: views ask it for text by key, so a view
/// never holds a sentence of its own.
public struct Strings: Sendable, Equatable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public static let english = Strings(.english)

    /// The table of each language. A key missing from a table falls back to English, then to the
    /// key's name, so a gap shows as a visible oddity rather than a crash (the tests forbid gaps).
    public static func table(_ language: Language) -> [StringKey: String] {
        switch language {
        case .english: return englishTable
        case .spanish: return spanishTable
        }
    }

    /// The text of `key` with `{1}`, `{2}`, ... replaced by the arguments, in order.
    public func callAsFunction(_ key: StringKey, _ arguments: CustomStringConvertible...) -> String {
        let template = Strings.table(language)[key] ?? Strings.englishTable[key] ?? key.rawValue
        return Strings.fill(template, arguments.map(\.description))
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = template
        // From the highest number down, so {1} never eats the start of {10}.
        for (index, argument) in arguments.enumerated().reversed() {
            result = result.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return result
    }

    /// The `{n}` placeholders a template uses: both languages of a key must use the same ones.
    public static func placeholders(in template: String) -> Set<Int> {
        var found: Set<Int> = []
        var digits = ""
        var open = false
        for character in template {
            if character == "{" { open = true; digits = ""; continue }
            if open && character == "}" {
                if let number = Int(digits) { found.insert(number) }
                open = false
                continue
            }
            if open {
                if character.isNumber { digits.append(character) } else { open = false }
            }
        }
        return found
    }
}
