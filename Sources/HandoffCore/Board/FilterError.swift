/// Why a `/` query was refused; the message names the word at fault and what would work.
public enum FilterError: Error, Sendable, Equatable {
    case unknownKey(String)
    case emptyValue(String)
    case badScore(String)
    case repeated(String)
    case unclosedQuote

    public func message(_ strings: Strings) -> String {
        switch self {
        case let .unknownKey(key): return strings(.filterUnknownKey, TerminalText.sanitize(key))
        case let .emptyValue(key): return strings(.filterEmptyValue, TerminalText.sanitize(key))
        case let .badScore(text): return strings(.filterBadScore, TerminalText.sanitize(text))
        case let .repeated(key): return strings(.filterRepeated, TerminalText.sanitize(key))
        case .unclosedQuote: return strings(.filterUnclosedQuote)
        }
    }
}
