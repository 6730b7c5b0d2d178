/// What a subcommand accepts, and the text of its `--help`.
public struct CommandSpec: Sendable, Equatable {
    public var name: String
    public var summary: String
    /// Positional arguments as shown in usage, e.g. `["LEAD", "STAGE"]`; a trailing `...` takes the rest.
    public var arguments: [String]
    public var optionalArguments: Int
    public var options: [OptionSpec]
    public var details: String

    public init(name: String, summary: String, arguments: [String] = [], optionalArguments: Int = 0, options: [OptionSpec] = [], details: String = "") {
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.optionalArguments = optionalArguments
        self.options = options
        self.details = details
    }

    public var takesRest: Bool { arguments.last?.hasSuffix("...") ?? false }
}
