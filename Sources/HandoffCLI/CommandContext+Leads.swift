import HandoffCore
import HandoffStore

extension CommandContext {
    /// The LEAD argument as a lead id; a word that is not a number is the user's mistake (exit 1,
    /// like an unknown id), said in the same words as `handoff move`.
    func leadArgument(_ index: Int = 0) throws -> Int64 {
        let text = parsed.arguments[index]
        guard let id = Int64(text), id > 0 else {
            throw HandoffError.invalidInput(Message(.leadMustBeA, "\(TerminalText.sanitize(text))"))
        }
        return id
    }

    /// The `--due` option as a moment, if given; notes and action items read it the same way.
    func dueOption(now: Int64, forActionItem: Bool = false) throws -> Int64? {
        guard let text = parsed.value("--due") else { return nil }
        switch DueDate.parse(text, now: now, language: strings.language, forActionItem: forActionItem) {
        case let .success(value): return value
        case let .failure(error): throw HandoffError.invalidInput(Message(.due, "\(error)"))
        }
    }

    /// `lead 3 (Íñigo Muñoz)`, safe to print on a terminal.
    func describe(_ lead: Lead) -> Message {
        Message(.lead, "\(lead.id)", "\(TerminalText.sanitize(lead.name))")
    }

    /// `Accepted (SAL)` for a stage id.
    func stageTitle(_ id: String?, in store: Store) -> String {
        guard let id else { return "?" }
        return TerminalText.sanitize(store.pipeline.stage(id)?.title ?? id)
    }
}
