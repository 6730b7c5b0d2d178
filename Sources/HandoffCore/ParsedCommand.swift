/// A command line after parsing: which command, its options, its positional arguments.
public struct ParsedCommand: Sendable, Equatable {
    public var command: String
    /// Flags map to "", options to their value; a repeated option keeps its last value.
    public var options: [String: String]
    public var arguments: [String]
    public var wantsHelp: Bool

    public init(command: String, options: [String: String] = [:], arguments: [String] = [], wantsHelp: Bool = false) {
        self.command = command
        self.options = options
        self.arguments = arguments
        self.wantsHelp = wantsHelp
    }

    public func has(_ option: String) -> Bool { options[option] != nil }
    public func value(_ option: String) -> String? { options[option] }
}
