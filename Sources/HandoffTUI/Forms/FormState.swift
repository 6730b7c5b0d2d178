import HandoffCore

/// A small form over the screen: the `:` command line, a reason to reject, a new lead. Nothing is
/// done until it is submitted and valid; Esc always cancels.
public struct FormState: Sendable, Equatable {
    public var title: String
    public var fields: [FormField]
    public var focus: Int
    public var purpose: FormPurpose
    /// A problem with the form as a whole, shown under the fields.
    public var message: String?
    /// What the form asks, or what its fields take, said whole above them (a title is one line).
    public var note: String?
    /// The focused field's text is selected, as in any text box entered with Tab: typing or
    /// Backspace replaces it, so a prefilled amount is never typed onto ("1000010000").
    public var selectsAll: Bool

    public init(title: String, fields: [FormField], purpose: FormPurpose, focus: Int = 0, note: String? = nil) {
        self.title = title
        self.note = note
        self.fields = fields
        self.purpose = purpose
        self.focus = focus
        selectsAll = false
        selectsAll = focusedTextIsFilled
    }

    private var focusedTextIsFilled: Bool {
        fields.indices.contains(focus) && !fields[focus].isChoice && !fields[focus].value.isEmpty
    }

    public func value(_ name: String) -> String {
        fields.first { $0.name == name }?.value ?? ""
    }

    /// Marks a field as refused, keeping what the user typed so it can be corrected.
    public mutating func refuse(_ name: String, _ message: String) {
        guard let index = fields.firstIndex(where: { $0.name == name }) else {
            self.message = message
            return
        }
        fields[index].error = message
        focus = index
        // The person fixes what they typed: the cursor goes to its end, nothing is selected.
        selectsAll = false
    }

    public mutating func clearErrors() {
        for index in fields.indices { fields[index].error = nil }
        message = nil
    }

    /// Typing into the focused field; choice fields jump to the first code starting with the letter.
    public mutating func type(_ character: Character) {
        guard fields.indices.contains(focus) else { return }
        if fields[focus].isChoice {
            let letter = String(character).lowercased()
            if let match = fields[focus].choices.first(where: { $0.code.lowercased().hasPrefix(letter) }) {
                fields[focus].value = match.code
            }
        } else {
            // A control character (Ctrl-\, a C1 code from the terminal) never enters a field.
            let safe = character.unicodeScalars.filter(TerminalText.isSafe)
            if selectsAll { fields[focus].value = "" }
            selectsAll = false
            fields[focus].value.unicodeScalars.append(contentsOf: safe)
        }
    }

    public mutating func deleteBackward() {
        guard fields.indices.contains(focus), !fields[focus].isChoice, !fields[focus].value.isEmpty else { return }
        if selectsAll { fields[focus].value = "" } else { fields[focus].value.removeLast() }
        selectsAll = false
    }

    /// Ctrl-U: the focused text field emptied.
    public mutating func clearField() {
        guard fields.indices.contains(focus), !fields[focus].isChoice else { return }
        fields[focus].value = ""
        selectsAll = false
    }

    /// Ctrl-W: the word before the cursor (and the spaces after it) deleted, as in a shell.
    public mutating func deleteWord() {
        guard fields.indices.contains(focus), !fields[focus].isChoice else { return }
        if selectsAll {
            clearField()
            return
        }
        fields[focus].value = fields[focus].value.droppingLastWord()
    }

    public mutating func cycleChoice(by step: Int) {
        // In a text field an arrow drops the selection: the cursor stays at the end of the text.
        selectsAll = false
        guard fields.indices.contains(focus), fields[focus].isChoice else { return }
        let choices = fields[focus].choices
        fields[focus].value = choices[(fields[focus].choiceIndex + step + choices.count) % choices.count].code
    }

    public mutating func moveFocus(by step: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + step + fields.count) % fields.count
        selectsAll = focusedTextIsFilled
    }
}
