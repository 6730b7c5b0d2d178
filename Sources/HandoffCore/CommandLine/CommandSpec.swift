/// What a subcommand accepts, and the text of its `--help`.
public struct CommandSpec: Sendable, Equatable {
    public var name: String
    public var summary: Message
    /// Positional arguments as shown in usage, e.g. `["LEAD", "STAGE"]`; a trailing `...` takes the rest.
    public var arguments: [String]
    public var optionalArguments: Int
    public var options: [OptionSpec]
    public var details: Message
    /// Sub-verbs, as in `handoff scoring load FILE`: each has its own arguments and options.
    public var subcommands: [CommandSpec]

    public init(
        name: String, summary: Message, arguments: [String] = [], optionalArguments: Int = 0, options: [OptionSpec] = [],
        details: Message = Message.empty,
        subcommands: [CommandSpec] = []
    ) {
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.optionalArguments = optionalArguments
        self.options = options
        self.details = details
        self.subcommands = subcommands
    }

    public func subcommand(_ name: String) -> CommandSpec? { subcommands.first { $0.name == name } }

    public var takesRest: Bool { arguments.last?.hasSuffix("...") ?? false }
}
