import Foundation

/// What `/` narrows the board to. The query is a few words: plain words must each appear in the
/// name, company, email or a note; `owner:ana` (or `owner:me`, `owner:none`), `source:webinar`,
/// `campaign:spring`, `score:>60` (also `>=`, `<`, `<=`, `60`, `40-80`) and `stale` narrow further.
/// All conditions must hold. The store turns it into SQL, so a filter never loads every lead.
public struct LeadFilter: Sendable, Equatable {
    public enum Owner: Sendable, Equatable {
        /// The person looking at the board.
        case me
        case nobody
        case login(String)
    }

    /// The query as typed, trimmed: what the status bar shows and `/` offers to edit.
    public var query: String
    public var words: [String] = []
    public var owner: Owner?
    public var source: String?
    public var campaign: String?
    public var minimumScore: Int?
    public var maximumScore: Int?
    public var staleOnly = false

    public init(query: String = "") {
        self.query = query
    }

    /// The words that start a condition, for completion and help.
    public static let keys = ["owner:", "source:", "campaign:", "score:", "stale"]

    public static func parse(_ text: String) throws(FilterError) -> LeadFilter {
        var filter = LeadFilter(query: text.trimmingCharacters(in: .whitespaces))
        var seen: Set<String> = []
        for token in try tokens(text) {
            if token.quoted {
                filter.words.append(token.text)
                continue
            }
            if token.text.lowercased() == "stale" {
                if !seen.insert("stale").inserted { throw .repeated("stale") }
                filter.staleOnly = true
                continue
            }
            guard let colon = token.text.firstIndex(of: ":") else {
                filter.words.append(token.text)
                continue
            }
            let key = token.text[..<colon].lowercased()
            let value = String(token.text[token.text.index(after: colon)...])
            guard ["owner", "source", "campaign", "score"].contains(key) else { throw .unknownKey(key) }
            if value.isEmpty { throw .emptyValue(key) }
            if !seen.insert(key).inserted { throw .repeated(key) }
            switch key {
            case "owner":
                switch value.lowercased() {
                case "me": filter.owner = .me
                case "none", "nobody": filter.owner = .nobody
                default: filter.owner = .login(value)
                }
            case "source": filter.source = value
            case "campaign": filter.campaign = value
            default:
                guard let range = scoreRange(value) else { throw .badScore(value) }
                filter.minimumScore = range.minimum
                filter.maximumScore = range.maximum
            }
        }
        return filter
    }

    public var isEmpty: Bool {
        words.isEmpty && owner == nil && source == nil && campaign == nil && minimumScore == nil && maximumScore == nil && !staleOnly
    }

    /// `>60`, `>=60`, `<40`, `<=40`, `60`, `40-80`, `40..80`, as inclusive bounds.
    static func scoreRange(_ text: String) -> (minimum: Int?, maximum: Int?)? {
        func number(_ text: Substring) -> Int? {
            guard !text.isEmpty, text.count <= 6, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(text)
        }
        if text.hasPrefix(">=") { return number(text.dropFirst(2)).map { ($0, nil) } }
        if text.hasPrefix("<=") { return number(text.dropFirst(2)).map { (nil, $0) } }
        if text.hasPrefix(">") { return number(text.dropFirst()).map { ($0 + 1, nil) } }
        if text.hasPrefix("<") { return number(text.dropFirst()).map { (nil, $0 - 1) } }
        for separator in ["..", "-"] {
            if let range = text.range(of: separator) {
                guard let low = number(text[..<range.lowerBound]), let high = number(text[range.upperBound...]), low <= high else {
                    return nil
                }
                return (low, high)
            }
        }
        return number(Substring(text)).map { ($0, $0) }
    }

    /// Words split on spaces; `"two words"` stays one quoted word.
    static func tokens(_ text: String) throws(FilterError) -> [(text: String, quoted: Bool)] {
        var result: [(text: String, quoted: Bool)] = []
        var current = ""
        var inQuotes = false
        for character in text {
            if character == "\"" {
                if inQuotes {
                    if !current.isEmpty { result.append((current, true)) }
                    current = ""
                } else if !current.isEmpty {
                    result.append((current, false))
                    current = ""
                }
                inQuotes.toggle()
            } else if character.isWhitespace && !inQuotes {
                if !current.isEmpty { result.append((current, false)) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if inQuotes { throw .unclosedQuote }
        if !current.isEmpty { result.append((current, false)) }
        return result
    }
}
