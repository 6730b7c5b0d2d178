import HandoffCore

/// A subcommand of `handoff`: its command-line spec and what it does. Returns the exit code.
protocol HandoffCommand: Sendable {
    static var spec: CommandSpec { get }
    static func run(_ context: CommandContext) throws -> Int32
}
