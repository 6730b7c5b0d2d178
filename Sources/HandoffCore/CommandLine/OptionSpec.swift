/// One `--option` a command accepts: a flag, or an option that takes a value.
public struct OptionSpec: Sendable, Equatable {
    public var name: String
    public var valueName: String?
    public var summary: Message
    /// A required option is part of the command's usage line, and leaving it out is a usage error.
    public var required: Bool
    /// The values it takes, when they are a fixed list: what shell completion offers.
    public var choices: [String]

    public init(_ name: String, value valueName: String? = nil, required: Bool = false, choices: [String] = [], _ summary: Message) {
        self.name = name
        self.valueName = valueName
        self.summary = summary
        self.required = required
        self.choices = choices
    }

    public var takesValue: Bool { valueName != nil }
}
