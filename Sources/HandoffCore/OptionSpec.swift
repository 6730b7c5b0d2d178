/// One `--option` a command accepts: a flag, or an option that takes a value.
public struct OptionSpec: Sendable, Equatable {
    public var name: String
    public var valueName: String?
    public var summary: String

    public init(_ name: String, value valueName: String? = nil, _ summary: String) {
        self.name = name
        self.valueName = valueName
        self.summary = summary
    }

    public var takesValue: Bool { valueName != nil }
}
