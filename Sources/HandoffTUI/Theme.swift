/// Colours for every role. The built-in default is for a dark terminal.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var colors: [Role: ThemeColor]

    public init(name: String, colors: [Role: ThemeColor]) {
        self.name = name
        self.colors = colors
    }

    public func color(for role: Role) -> ThemeColor { colors[role] ?? ThemeColor(-1) }

    public static let builtIn = Theme(name: "default", colors: [
        .normal: ThemeColor(-1),
        .muted: ThemeColor(8),
        .title: ThemeColor(6, bold: true),
        .marketing: ThemeColor(5),
        .handoff: ThemeColor(3),
        .sales: ThemeColor(2),
        .outcome: ThemeColor(6),
        .selected: ThemeColor(4),
        .warning: ThemeColor(3),
        .danger: ThemeColor(1),
        .success: ThemeColor(2),
        .statusBar: ThemeColor(15, 236),
        .tabActive: ThemeColor(0, 3, bold: true),
        .accent: ThemeColor(6),
    ])
}
