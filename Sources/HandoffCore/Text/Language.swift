/// The languages the board speaks. Chosen by `--lang`, else from the locale variables, read by
/// hand: `setlocale` fails for a locale that is not generated (many containers have only C.UTF-8),
/// and a Spanish speaker must still get Spanish there.
public enum Language: String, Sendable, Equatable, CaseIterable {
    case english = "en"
    case spanish = "es"

    /// The variables POSIX consults for messages, strongest first.
    public static let environmentVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// `--lang` wins; then the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty
    /// decides (`es`, `es_ES.UTF-8`, `es_MX@euro` give Spanish; anything else English).
    public static func choose(flag: String?, environment: [String: String]) throws(HandoffError) -> Language {
        if let flag {
            guard let language = Language(code: flag) else {
                let codes = Language.allCases.map(\.rawValue).joined(separator: " or ")
                throw HandoffError.invalidInput(Message(.langTakesNot, "\(codes)", "\(TerminalText.sanitize(flag))"))
            }
            return language
        }
        for name in environmentVariables {
            if let value = environment[name], !value.isEmpty { return Language(locale: value) }
        }
        return .english
    }

    /// The value of `--lang` in raw arguments (`--lang es` or `--lang=es`), before they are parsed.
    public static func flag(in arguments: [String]) -> String? {
        for (index, word) in arguments.enumerated() {
            if word == "--" { return nil }
            if word == "--lang" { return index + 1 < arguments.count ? arguments[index + 1] : nil }
            if word.hasPrefix("--lang=") { return String(word.dropFirst("--lang=".count)) }
        }
        return nil
    }

    /// The language's name, to say which way of writing numbers and dates a refusal means.
    public var name: Message {
        switch self {
        case .english: return Message(.english)
        case .spanish: return Message(.spanish)
        }
    }

    /// Exactly `en` or `es` (any case), as `--lang` and `:lang` take them.
    public init?(code: String) {
        self.init(rawValue: code.lowercased())
    }

    /// A locale name such as `es_ES.UTF-8`: its language part decides; unknown ones are English.
    public init(locale: String) {
        let language = locale.split(whereSeparator: { $0 == "_" || $0 == "." || $0 == "@" || $0 == "-" }).first.map(String.init) ?? ""
        self = Language(code: language) ?? .english
    }
}
