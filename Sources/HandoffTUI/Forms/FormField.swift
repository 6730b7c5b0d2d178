/// One input of a form: free text, or a choice from a fixed list of codes.
public struct FormField: Sendable, Equatable {
    public struct Choice: Sendable, Equatable {
        public var code: String
        public var label: String

        public init(code: String, label: String) {
            self.code = code
            self.label = label
        }
    }

    public var name: String
    public var label: String
    public var value: String
    public var choices: [Choice]
    /// Shown next to the field when the last submit refused its value.
    public var error: String?

    public init(name: String, label: String, value: String = "", choices: [Choice] = [], error: String? = nil) {
        self.name = name
        self.label = label
        self.value = value
        self.choices = choices
        self.error = error
    }

    public var isChoice: Bool { !choices.isEmpty }

    public var choiceIndex: Int { choices.firstIndex { $0.code == value } ?? 0 }
}
