/// What is wrong with a theme file, and on which line (counted from 1), so the person who wrote
/// it can go straight there.
public struct ThemeError: Error, Sendable, Equatable {
    public enum Problem: Error, Sendable, Equatable {
        case missingEquals
        case emptyKey
        case unknownKey(String)
        case duplicateKey(String)
        case emptyValue(String)
        case unknownColor(String)
        case unknownWord(String)
        case tooManyColors
        case unknownLayout(String)
        case notText
    }

    public var line: Int
    public var problem: Problem

    public init(line: Int, _ problem: Problem) {
        self.line = line
        self.problem = problem
    }

    /// `line 7: unknown colour 'blu'; ...`, in the person's language.
    public func message(_ strings: Strings) -> String {
        let problemText: String
        switch problem {
        case .missingEquals: problemText = strings(.themeMissingEquals)
        case .emptyKey: problemText = strings(.themeEmptyKey)
        case let .unknownKey(key): problemText = strings(.themeUnknownKey, TerminalText.sanitize(key))
        case let .duplicateKey(key): problemText = strings(.themeDuplicateKey, TerminalText.sanitize(key))
        case let .emptyValue(key): problemText = strings(.themeEmptyValue, TerminalText.sanitize(key))
        case let .unknownColor(word): problemText = strings(.themeUnknownColor, TerminalText.sanitize(word))
        case let .unknownWord(word): problemText = strings(.themeUnknownWord, TerminalText.sanitize(word))
        case .tooManyColors: problemText = strings(.themeTooManyColors)
        case let .unknownLayout(word): problemText = strings(.themeUnknownLayout, TerminalText.sanitize(word))
        case .notText: problemText = strings(.themeNotText)
        }
        return strings(.themeErrorAtLine, line, problemText)
    }
}
