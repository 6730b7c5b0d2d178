import HandoffCore

/// How a person wants the board: language, symbols, colours, mouse. Chosen on the command line or
/// from the environment before the board opens; most can be changed live from the `:` line.
public struct AppOptions: Sendable {
    public var strings: Strings
    public var glyphs: Glyphs
    public var theme: Theme
    public var themes: ThemeCatalog
    public var mouse: Bool
    /// No celebration of wins on this screen (`--quiet`).
    public var quiet: Bool
    /// Shown on the first screen: a theme that could not be loaded, for example.
    public var startupMessage: StatusMessage?

    public init(
        strings: Strings = .english, glyphs: Glyphs = .unicode, theme: Theme = .builtIn, themes: ThemeCatalog = ThemeCatalog(folder: nil),
        mouse: Bool = false, startupMessage: StatusMessage? = nil, quiet: Bool = false
    ) {
        self.quiet = quiet
        self.strings = strings
        self.glyphs = glyphs
        self.theme = theme
        self.themes = themes
        self.mouse = mouse
        self.startupMessage = startupMessage
    }
}
