import HandoffCore

extension AppState {
    /// The commands of the `:` line, with what each takes, for the refusal message.
    static let commandLineHelp = "goto LEAD, move STAGE, import FILE, quit"

    /// Runs one `:` command. Unknown commands and bad arguments refuse the form with the reason.
    mutating func runCommandLine(_ text: String, form: inout FormState) -> [Effect] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first?.lowercased() else {
            form.refuse("command", "type a command: \(AppState.commandLineHelp)")
            return []
        }
        let rest = Array(words.dropFirst())
        switch verb {
        case "q", "quit":
            shouldQuit = true
            return [.quit]
        case "goto", "g":
            guard rest.count == 1, let id = Int64(rest[0]) else {
                form.refuse("command", "goto takes a lead id, e.g. goto 1042")
                return []
            }
            return [.locate(leadID: id)]
        case "move", "m":
            guard rest.count == 1 else {
                form.refuse("command", "move takes a stage id: \(pipeline.stages.map(\.id).joined(separator: ", "))")
                return []
            }
            guard let lead = selectedLead else {
                form.refuse("command", "select a lead on the board first")
                return []
            }
            guard let stage = pipeline.stage(rest[0]) ?? pipeline.stages.first(where: { $0.title.lowercased() == rest[0].lowercased() }) else {
                form.refuse("command", "unknown stage '\(rest[0])'; stages: \(pipeline.stages.map(\.id).joined(separator: ", "))")
                return []
            }
            return [.run(.move(leadID: lead.id, toStage: stage.id, expectedVersion: lead.version), successMessage: "Moved \(lead.name) to \(stage.title)")]
        case "import":
            return commandLineImport(CommandLineParser.words(text).dropFirst().map { $0 }, form: &form)
        case "help", "?":
            overlay = .help(scroll: 0)
            return []
        default:
            form.refuse("command", "unknown command '\(verb)'; commands: \(AppState.commandLineHelp)")
            return []
        }
    }
}
