import HandoffCore

extension AppState {
    /// The commands of the `:` line. Adding one is one entry here (and its strings): Tab,
    /// help, the palette and the refusal that lists the commands all read this table.
    public static let lineCommands: [LineCommand] = [
        LineCommand("goto", aliases: ["g"], argument: .lead, argumentName: .argLead, summary: .cmdGoto) { state, words, _ in
            state.gotoCommand(words)
        },
        LineCommand("move", aliases: ["m"], argument: .stage, argumentName: .argStage, summary: .cmdMove) { state, words, _ in
            state.moveCommand(words)
        },
        LineCommand("filter", aliases: ["f"], argument: .filter, argumentName: .argQuery, summary: .cmdFilter) { state, _, rest in
            state.applyFilter(rest)
        },
        LineCommand("theme", argument: .theme, argumentName: .argName, summary: .cmdTheme) { state, words, _ in
            guard words.count == 1 else { return .refused(state.strings(.cmdThemeUsage, state.themeNames.joined(separator: ", "))) }
            return .done([.loadTheme(words[0])])
        },
        LineCommand("lang", argument: .language, argumentName: .argLanguage, summary: .cmdLang) { state, words, _ in
            guard words.count == 1, let language = Language(code: words[0]) else { return .refused(state.strings(.cmdLangUsage)) }
            state.strings = Strings(language)
            state.status = StatusMessage(state.strings(.languageSwitched), tone: .success)
            return .done([])
        },
        LineCommand("mouse", argument: .onOff, argumentName: .argOnOff, summary: .cmdMouse) { state, words, _ in
            guard words.count == 1, ["on", "off"].contains(words[0].lowercased()) else { return .refused(state.strings(.cmdMouseUsage)) }
            state.mouseEnabled = words[0].lowercased() == "on"
            state.status = StatusMessage(state.strings(state.mouseEnabled ? .mouseOn : .mouseOff), tone: .success)
            return .done([])
        },
        LineCommand("import", argument: .file, argumentName: .argFile, summary: .cmdImport) { state, _, rest in
            state.importCommand(rest)
        },
        LineCommand("help", aliases: ["?"], summary: .cmdHelp) { state, _, _ in
            state.overlay = .help(scroll: 0)
            return .done([])
        },
        LineCommand("quit", aliases: ["q"], summary: .cmdQuit) { state, _, _ in
            state.shouldQuit = true
            return .done([.quit])
        },
    ]

    /// `goto, move, filter, ...` for refusals.
    var lineCommandNames: String { AppState.lineCommands.map(\.name).joined(separator: ", ") }

    /// Runs one `:` line. Unknown commands and bad arguments are refused with the reason.
    mutating func runLineCommand(_ text: String) -> LineCommand.Outcome {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first else { return .refused(strings(.cmdEmpty, lineCommandNames)) }
        guard let command = AppState.lineCommands.first(where: { $0.answers(to: verb) }) else {
            return .refused(strings(.cmdUnknown, TerminalText.sanitize(verb), lineCommandNames))
        }
        let arguments = Array(words.dropFirst())
        if command.argument == .none && !arguments.isEmpty { return .refused(strings(.cmdNoArguments, command.name)) }
        let rest = String(trimmed.dropFirst(verb.count)).trimmingCharacters(in: .whitespaces)
        return command.run(&self, arguments, rest)
    }

    mutating func gotoCommand(_ words: [String]) -> LineCommand.Outcome {
        guard words.count == 1, let id = Int64(words[0]) else { return .refused(strings(.cmdGotoUsage)) }
        return .done([.locate(leadID: id)])
    }

    mutating func moveCommand(_ words: [String]) -> LineCommand.Outcome {
        let stages = pipeline.stages.map(\.id).joined(separator: ", ")
        guard words.count == 1 else { return .refused(strings(.cmdMoveUsage, stages)) }
        if let account = selectedAccount, view == .board {
            guard
                let stage = pipeline.stage(words[0])
                    ?? pipeline.customerStages.first(where: { $0.title.lowercased() == words[0].lowercased() })
            else {
                return .refused(strings(.cmdUnknownStage, TerminalText.sanitize(words[0]), stages))
            }
            return .done(moveAccount(account, to: stage))
        }
        guard let lead = selectedLead else { return .refused(strings(.cmdSelectFirst)) }
        guard let stage = pipeline.stage(words[0]) ?? pipeline.stages.first(where: { $0.title.lowercased() == words[0].lowercased() })
        else {
            return .refused(strings(.cmdUnknownStage, TerminalText.sanitize(words[0]), stages))
        }
        if pipeline.intent(moving: lead, to: stage) == .move, let refusal = refusal(toMove: lead, to: stage) {
            return .refused(strings(refusal))
        }
        return .done(move(lead, to: stage, message: strings(.msgMoved, lead.name, stage.title)))
    }
}
