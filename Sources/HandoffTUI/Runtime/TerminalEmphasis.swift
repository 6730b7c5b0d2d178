import HandoffCore

/// The attributes a cell is drawn with. With colour, the style's own emphasis plus what the theme
/// adds to the role; with no colour (NO_COLOR, a monochrome terminal), each role's meaning is
/// carried by emphasis alone so nothing important is lost: the selection and the bars are
/// reversed, dangers bold and underlined, warnings and titles bold, muted text dim.
public struct TerminalEmphasis: Sendable, Equatable {
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static func of(_ style: Style, theme: Theme, depth: ColorDepth) -> TerminalEmphasis {
        var emphasis = TerminalEmphasis(bold: style.bold, reverse: style.reverse, underline: style.underline)
        if depth != .none {
            let entry = theme.color(for: style.role)
            emphasis.bold = emphasis.bold || entry.bold
            emphasis.underline = emphasis.underline || entry.underline
            emphasis.reverse = emphasis.reverse || entry.reverse
            return emphasis
        }
        switch style.role {
        case .selected, .statusBar: emphasis.reverse = true
        case .tabActive:
            // Inside the reversed bar, the current tab is the one drawn plain, bold and underlined.
            emphasis.reverse = false
            emphasis.bold = true
            emphasis.underline = true
        case .danger:
            emphasis.bold = true
            emphasis.underline = true
        case .title, .warning: emphasis.bold = true
        case .muted: emphasis.dim = !emphasis.reverse
        default: break
        }
        return emphasis
    }
}
