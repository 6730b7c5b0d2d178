/// The Ctrl-P palette: what has been typed to search, and which match is chosen.
public struct PaletteState: Sendable, Equatable {
    public var query: String
    public var selected: Int

    public init(query: String = "", selected: Int = 0) {
        self.query = query
        self.selected = selected
    }
}
