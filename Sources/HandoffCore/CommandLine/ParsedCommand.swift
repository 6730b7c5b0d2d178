/// A command line after parsing: which command, its options, its positional arguments.
public struct ParsedCommand: Sendable, Equatable {
    public var command: String
    /// The sub-verb of a command that has them (`load` in `handoff scoring load FILE`).
    public var subcommand: String?
    /// Flags map to "", options to their value; a repeated option keeps its last value.
    public var options: [String: String]
    public var arguments: [String]
    public var wantsHelp: Bool

    public init(
        command: String, subcommand: String? = nil, options: [String: String] = [:], arguments: [String] = [], wantsHelp: Bool = false
    ) {
        self.command = command
        self.subcommand = subcommand
        self.options = options
        self.arguments = arguments
        self.wantsHelp = wantsHelp
    }

    public func has(_ option: String) -> Bool { options[option] != nil }
    public func value(_ option: String) -> String? { options[option] }
}
