import HandoffCore

/// One command of the `:` line. Adding a command is one entry in `AppState.lineCommands`: its
/// name, what it takes (for Tab and for help), and what it does to the state.
public struct LineCommand: Sendable {
    /// What the command's argument is, so Tab knows what to offer.
    public enum Argument: Sendable, Equatable {
        case none
        case lead
        case stage
        case theme
        /// Filter words, as after `/`.
        case filter
        case language
        case onOff
        /// A file and options, as after `handoff import`.
        case file
    }

    /// What running it came to: effects for the runtime, or a refusal shown under the line.
    public enum Outcome: Sendable, Equatable {
        case done([Effect])
        case refused(String)
    }

    public var name: String
    public var aliases: [String]
    public var argument: Argument
    /// How help writes the argument (`STAGE`), nil when it takes none.
    public var argumentName: StringKey?
    public var summary: StringKey
    /// Runs with the words after the name, and the rest of the line as typed (for `filter`).
    public var run: @Sendable (inout AppState, _ words: [String], _ rest: String) -> Outcome

    public init(
        _ name: String, aliases: [String] = [], argument: Argument = .none, argumentName: StringKey? = nil, summary: StringKey,
        run: @escaping @Sendable (inout AppState, _ words: [String], _ rest: String) -> Outcome
    ) {
        self.name = name
        self.aliases = aliases
        self.argument = argument
        self.argumentName = argumentName
        self.summary = summary
        self.run = run
    }

    public func answers(to word: String) -> Bool {
        let lower = word.lowercased()
        return name == lower || aliases.contains(lower)
    }

    /// `move STAGE`, `quit`: how help and refusals show it.
    public func usage(_ strings: Strings) -> String {
        argumentName.map { name + " " + strings($0) } ?? name
    }
}
