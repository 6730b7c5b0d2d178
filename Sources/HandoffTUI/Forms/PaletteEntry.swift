/// One line of the palette: an action of the key map with its keys, or a `:` command.
public struct PaletteEntry: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// Runs as if its key were pressed, in a view where it means something.
        case action(UserAction, contexts: [KeyContext])
        /// Opens the `:` line with the command typed, ready for its argument.
        case command(String)
    }

    /// `H <`, `Ctrl-P`, `:theme NAME`.
    public var keys: String
    public var summary: String
    /// Where it works: `board`, `inbox`, `everywhere`.
    public var place: String
    public var target: Target

    public init(keys: String, summary: String, place: String, target: Target) {
        self.keys = keys
        self.summary = summary
        self.place = place
        self.target = target
    }
}
