import HandoffCore

/// Colours and emphasis for every role, and the layout the theme asks for. Themes are files in
/// `themes/` (see `themes/README.md`); this built-in copy of `themes/default.theme` is what the
/// board falls back to when a file is missing or wrong (a test keeps the two identical).
public struct Theme: Sendable, Equatable {
    public var name: String
    public var description: String
    public var layout: ThemeLayout
    public var colors: [Role: ThemeEntry]

    public init(name: String, description: String = "", layout: ThemeLayout = .standard, colors: [Role: ThemeEntry]) {
        self.name = name
        self.description = description
        self.layout = layout
        self.colors = colors
    }

    /// A parsed file; roles it leaves out keep the default theme's colours.
    public init(name: String, document: ThemeDocument) {
        var colors = Theme.builtIn.colors
        for role in Role.allCases {
            if let entry = document.entries[role.rawValue] { colors[role] = entry }
        }
        self.init(name: name, description: document.description, layout: document.layout, colors: colors)
    }

    /// The role names a theme file may set.
    public static let roleNames = Set(Role.allCases.map(\.rawValue))

    public static func parse(_ text: String, name: String) -> Result<Theme, ThemeError> {
        ThemeParser.parse(text, roles: roleNames).map { Theme(name: name, document: $0) }
    }

    public func color(for role: Role) -> ThemeEntry { colors[role] ?? ThemeEntry() }

    public static let builtIn = Theme(
        name: "default", description: "For dark terminals: the terminal's own background, soft colours",
        colors: [
            .normal: ThemeEntry(),
            .muted: ThemeEntry(.index(8)),
            .title: ThemeEntry(.index(6), bold: true),
            .marketing: ThemeEntry(.index(5)),
            .handoff: ThemeEntry(.index(3)),
            .sales: ThemeEntry(.index(2)),
            .outcome: ThemeEntry(.index(6)),
            .customer: ThemeEntry(.index(12)),
            .selected: ThemeEntry(.index(4)),
            .warning: ThemeEntry(.index(3)),
            .danger: ThemeEntry(.index(1)),
            .success: ThemeEntry(.index(2)),
            .statusBar: ThemeEntry(.index(15), on: .index(236)),
            .tabActive: ThemeEntry(.index(0), on: .index(3), bold: true),
            .accent: ThemeEntry(.index(6)),
        ])
}
