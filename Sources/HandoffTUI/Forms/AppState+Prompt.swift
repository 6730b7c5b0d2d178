import HandoffCore

extension AppState {
    /// Keys on the `:` and `/` lines: editing, Tab completion, Up/Down history, Enter, Esc.
    mutating func editPrompt(_ action: UserAction) -> [Effect] {
        guard case var .prompt(prompt) = overlay else { return [] }
        switch action {
        case .cancelForm:
            overlay = nil
            return []
        case .deleteBackward: prompt.deleteBackward()
        case .clearLine: prompt.clear()
        case .deleteWord: prompt.deleteWord()
        case .complete, .completeBack: prompt.complete(step: action == .complete ? 1 : -1, with: completion(for: prompt.kind))
        case .historyPrevious: prompt.historyPrevious(history[prompt.kind] ?? [])
        case .historyNext: prompt.historyNext(history[prompt.kind] ?? [])
        case .submitForm:
            remember(prompt.text, in: prompt.kind)
            // The line closes first, so a command that opens a panel (`:help`) keeps it open.
            overlay = nil
            let outcome = prompt.kind == .command ? runLineCommand(prompt.text) : applyFilter(prompt.text)
            switch outcome {
            case let .done(effects):
                return effects
            case let .refused(message):
                prompt.error = message
                prompt.historyIndex = nil
            }
        default:
            break
        }
        overlay = .prompt(prompt)
        return []
    }

    /// What Tab can offer on this line, from what the state already holds.
    func completion(for kind: PromptKind) -> Completion {
        Completion(
            kind: kind, commands: AppState.lineCommands, stages: pipeline.stages.map(\.id), themes: themeNames,
            owners: reference.members.map(\.login), sources: reference.sources, campaigns: reference.campaigns)
    }

    /// Keeps a line for Up, oldest first, without repeating the line just before it.
    private mutating func remember(_ line: String, in kind: PromptKind) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        var lines = history[kind] ?? []
        if lines.last != trimmed { lines.append(trimmed) }
        history[kind] = Array(lines.suffix(AppState.historyLimit))
    }

    static let historyLimit = 100
}
