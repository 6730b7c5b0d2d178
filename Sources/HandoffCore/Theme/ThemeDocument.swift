/// A theme file as parsed: what it says about each role, by the role's name, and its layout.
/// Roles it does not mention keep the default theme's colours.
public struct ThemeDocument: Sendable, Equatable {
    public var description: String
    public var layout: ThemeLayout
    public var entries: [String: ThemeEntry]

    public init(description: String = "", layout: ThemeLayout = .standard, entries: [String: ThemeEntry] = [:]) {
        self.description = description
        self.layout = layout
        self.entries = entries
    }
}
