/// Every word the board shows, in the person's language, and numbers, money and dates written the
/// way that language writes them. One value per session: views ask it for text by key, so a view
/// never holds a sentence of its own.
public struct Strings: Sendable, Equatable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public static let english = Strings(.english)

    /// The text of `key` in `language`, `{n}` where its arguments go. Each language is one
    /// exhaustive switch, so every key has its text in every language or the build fails.
    public static func text(of key: StringKey, in language: Language) -> String {
        switch language {
        case .english: return englishText(key)
        case .spanish: return spanishText(key)
        }
    }

    /// Every key's text in `language`, for the checks that compare languages.
    public static func table(_ language: Language) -> [StringKey: String] {
        Dictionary(uniqueKeysWithValues: StringKey.allCases.map { ($0, text(of: $0, in: language)) })
    }

    /// The text of `key` with `{1}`, `{2}`, ... replaced by the arguments, in order.
    /// A text built around a count is said in the singular when the count is 1 (`Strings+Plurals.swift`).
    public func callAsFunction(_ key: StringKey, _ arguments: CustomStringConvertible...) -> String {
        let texts = arguments.map(\.description)
        return Strings.fill(Strings.text(of: Strings.form(of: key, texts), in: language), texts)
    }

    /// One pass over the template: the board fills a template for every card of every frame, and
    /// a Foundation search per placeholder was a quarter of a key's time at a million leads. Text
    /// an argument brings in is never read again, so a name containing "{1}" stays as typed.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        let bytes = template.utf8
        guard !arguments.isEmpty, bytes.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var copied = bytes.startIndex, index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "{") else {
                index = bytes.index(after: index)
                continue
            }
            var end = bytes.index(after: index)
            var number = 0
            while end < bytes.endIndex, number <= arguments.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]),
                number > 0 || bytes[end] != UInt8(ascii: "0")
            {
                number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                end = bytes.index(after: end)
            }
            guard end < bytes.endIndex, bytes[end] == UInt8(ascii: "}"), (1...arguments.count).contains(number) else {
                index = bytes.index(after: index)
                continue
            }
            result += template[copied..<index]
            result += arguments[number - 1]
            index = bytes.index(after: end)
            copied = index
        }
        result += template[copied...]
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
