import HandoffCore

extension AppState {
    /// Every action a person can take from a view, with its keys, then the `:` commands: what the
    /// palette searches. Keys that only edit a form or a line are left out.
    public var paletteEntries: [PaletteEntry] {
        var entries: [PaletteEntry] = []
        for binding in keyMap.bindings {
            let places = binding.contexts.filter { !$0.isOverlay }
            guard !places.isEmpty else { continue }
            entries.append(
                PaletteEntry(
                    keys: binding.keys.map { $0.label(strings) }.joined(separator: " "), summary: strings(binding.summary),
                    place: places.map(placeName).joined(separator: ", "),
                    target: .action(binding.action, contexts: binding.contexts)))
        }
        for command in AppState.lineCommands {
            entries.append(
                PaletteEntry(
                    keys: ":" + command.usage(strings), summary: strings(command.summary), place: strings(.whereCommand),
                    target: .command(command.name)))
        }
        return entries
    }

    private func placeName(_ context: KeyContext) -> String {
        switch context {
        case .board: return strings(.whereBoard)
        case .inbox: return strings(.whereInbox)
        case .scoring: return strings(.whereScoring)
        case .dashboard: return strings(.whereDashboard)
        case .content: return strings(.whereContent)
        case .insights: return strings(.whereInsights)
        case .filter: return strings(.whereFilter)
        case .global: return strings(.whereEverywhere)
        default: return context.rawValue
        }
    }

    /// The entries matching the query, best first; all of them, in key-map order, for no query.
    public func paletteMatches(_ query: String) -> [PaletteEntry] {
        let entries = paletteEntries
        let scored = entries.enumerated().compactMap { offset, entry -> (Int, Int, PaletteEntry)? in
            let summary = FuzzyMatch.score(query, in: entry.summary)
            let keys = FuzzyMatch.score(query, in: entry.keys).map { $0 - 5 }
            guard let score = [summary, keys].compactMap({ $0 }).max() else { return nil }
            return (score, offset, entry)
        }
        return scored.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }.map(\.2)
    }

    /// Keys in the palette: typing searches, Up/Down choose, Enter runs, Esc closes.
    mutating func editPalette(_ action: UserAction) -> [Effect] {
        guard case var .palette(palette) = overlay else { return [] }
        let matches = paletteMatches(palette.query)
        switch action {
        case .cancelForm:
            overlay = nil
            return []
        case .deleteBackward:
            if !palette.query.isEmpty { palette.query.removeLast() }
            palette.selected = 0
        case .clearLine:
            palette.query = ""
            palette.selected = 0
        case .deleteWord:
            palette.query = palette.query.droppingLastWord()
            palette.selected = 0
        case .paletteUp, .paletteDown:
            guard !matches.isEmpty else { break }
            palette.selected = (palette.selected + (action == .paletteDown ? 1 : -1) + matches.count) % matches.count
        case .submitForm:
            guard matches.indices.contains(palette.selected) else { break }
            overlay = nil
            return runPaletteEntry(matches[palette.selected])
        default:
            break
        }
        overlay = .palette(palette)
        return []
    }

    /// Runs an entry as its key would: in a view where it means something (switching there if
    /// the current view has no such key), or opens the `:` line with the command typed.
    mutating func runPaletteEntry(_ entry: PaletteEntry) -> [Effect] {
        switch entry.target {
        case let .command(name):
            overlay = .prompt(PromptState(kind: .command, text: name + " "))
            return []
        case let .action(action, contexts):
            var effects: [Effect] = []
            if !contexts.contains(.global) && !contexts.contains(view.keyContext),
                let home = ViewMode.allCases.first(where: { contexts.contains($0.keyContext) })
            {
                effects += perform(KeyMap.action(showing: home))
            }
            return effects + perform(action)
        }
    }
}
