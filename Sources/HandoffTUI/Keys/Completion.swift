import HandoffCore

/// What Tab can complete on the `:` and `/` lines: command names, then each command's argument
/// (stage ids, theme names, filter words and their values). Pure: built from the state's lists.
public struct Completion: Sendable {
    public var kind: PromptKind
    public var commands: [LineCommand]
    public var stages: [String]
    public var themes: [String]
    public var owners: [String]
    public var sources: [String]
    public var campaigns: [String]

    public init(
        kind: PromptKind, commands: [LineCommand], stages: [String] = [], themes: [String] = [], owners: [String] = [],
        sources: [String] = [], campaigns: [String] = []
    ) {
        self.kind = kind
        self.commands = commands
        self.stages = stages
        self.themes = themes
        self.owners = owners
        self.sources = sources
        self.campaigns = campaigns
    }

    /// Examples offered after `score:`.
    static let scoreExamples = [">50", ">=80", "<30", "40-80"]

    /// The line before the word under the cursor (the end), that word, and what it could become.
    public func candidates(for text: String) -> (base: String, word: String, candidates: [String]) {
        let base = text.lastIndex(of: " ").map { String(text[...$0]) } ?? ""
        let word = String(text.dropFirst(base.count))
        let before = base.split(separator: " ").map(String.init)
        switch kind {
        case .filter:
            return (base, word, filterCandidates(word))
        case .command:
            guard let name = before.first else {
                return (base, word, Completion.matching(word, commands.map(\.name)))
            }
            guard let command = commands.first(where: { $0.answers(to: name) }) else { return (base, word, []) }
            let argumentIndex = before.count - 1
            switch command.argument {
            case .filter: return (base, word, filterCandidates(word))
            case .stage where argumentIndex == 0: return (base, word, Completion.matching(word, stages))
            case .theme where argumentIndex == 0: return (base, word, Completion.matching(word, themes))
            case .language where argumentIndex == 0: return (base, word, Completion.matching(word, Language.allCases.map(\.rawValue)))
            case .onOff where argumentIndex == 0: return (base, word, Completion.matching(word, ["on", "off"]))
            default: return (base, word, [])
            }
        }
    }

    /// `own` -> `owner:`; `owner:a` -> `owner:ana`; `source:` -> every source.
    func filterCandidates(_ word: String) -> [String] {
        guard let colon = word.firstIndex(of: ":") else {
            return Completion.matching(word, LeadFilter.keys)
        }
        let key = word[..<colon].lowercased()
        let value = String(word[word.index(after: colon)...])
        let values: [String]
        switch key {
        case "owner": values = ["me", "none"] + owners
        case "source": values = sources
        case "campaign": values = campaigns
        case "score": values = Completion.scoreExamples
        default: values = []
        }
        return Completion.matching(value, values).map { key + ":" + $0 }
    }

    /// The candidates that start with `prefix`, ignoring case, in their order, without repeats.
    static func matching(_ prefix: String, _ candidates: [String]) -> [String] {
        let lower = prefix.lowercased()
        var seen: Set<String> = []
        return candidates.filter { $0.lowercased().hasPrefix(lower) && seen.insert($0).inserted }
    }

    /// The longest start shared by all candidates, compared ignoring case, spelled as the first.
    static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let other = Array(candidate.lowercased())
            var length = 0
            while length < prefix.count && length < other.count && String(prefix[length]).lowercased() == String(other[length]) {
                length += 1
            }
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }
}
