/// The line being typed after `:` or `/`: its text, a refusal, Tab's candidates and where Up/Down
/// are in the history. Editing is pure; `AppState` supplies the history and what can be completed.
public struct PromptState: Sendable, Equatable {
    public var kind: PromptKind
    public var text: String
    /// Why the last Enter was refused; the line stays open to fix it.
    public var error: String?
    /// Tab's candidates for the word being completed, shown above the line.
    public var candidates: [String] = []
    /// The candidate in the line while Tab cycles through them.
    public var candidateIndex: Int?
    /// The line before the word being completed.
    var completionBase = ""
    /// The history entry in the line while browsing with Up/Down; nil when typing.
    public var historyIndex: Int?
    /// What was typed before browsing the history, given back by Down past the newest entry.
    var draft = ""

    public init(kind: PromptKind, text: String = "") {
        self.kind = kind
        self.text = text
    }

    public mutating func type(_ character: Character) {
        text.append(character)
        edited()
    }

    public mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
        edited()
    }

    public mutating func clear() {
        text = ""
        edited()
    }

    public mutating func deleteWord() {
        text = text.droppingLastWord()
        edited()
    }

    /// Typing ends a completion cycle and a history walk, and clears the refusal.
    private mutating func edited() {
        error = nil
        candidates = []
        candidateIndex = nil
        historyIndex = nil
    }

    /// Tab (`step` 1) or Shift-Tab (-1). A single candidate is taken whole; several are shown and
    /// their common start is filled in; pressing again cycles through them.
    public mutating func complete(step: Int, with completion: Completion) {
        error = nil
        if let index = candidateIndex, !candidates.isEmpty {
            let next = (index + step + candidates.count) % candidates.count
            candidateIndex = next
            text = completionBase + candidates[next]
            return
        }
        let found = completion.candidates(for: text)
        candidates = found.candidates
        guard !found.candidates.isEmpty else { return }
        if found.candidates.count == 1 {
            let only = found.candidates[0]
            text = found.base + only + (only.hasSuffix(":") ? "" : " ")
            candidates = []
            return
        }
        let common = Completion.commonPrefix(found.candidates)
        if common.count > found.word.count {
            text = found.base + common
            return
        }
        completionBase = found.base
        candidateIndex = step > 0 ? 0 : found.candidates.count - 1
        text = found.base + found.candidates[candidateIndex ?? 0]
    }

    /// Up: an earlier line of `history` (oldest first); the line being typed is kept for Down.
    public mutating func historyPrevious(_ history: [String]) {
        guard !history.isEmpty else { return }
        if let index = historyIndex {
            historyIndex = max(0, index - 1)
        } else {
            draft = text
            historyIndex = history.count - 1
        }
        text = history[historyIndex ?? 0]
        candidates = []
        candidateIndex = nil
        error = nil
    }

    /// Down: a later line, and past the newest, what was being typed.
    public mutating func historyNext(_ history: [String]) {
        guard let index = historyIndex else { return }
        if index + 1 < history.count {
            historyIndex = index + 1
            text = history[index + 1]
        } else {
            historyIndex = nil
            text = draft
        }
        candidates = []
        candidateIndex = nil
        error = nil
    }
}
