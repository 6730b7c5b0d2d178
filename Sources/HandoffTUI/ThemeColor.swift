/// A role's colours and emphasis. Colours are terminal palette indexes; -1 is the terminal's own
/// default, which keeps transparent backgrounds transparent.
public struct ThemeColor: Sendable, Equatable {
    public var foreground: Int
    public var background: Int
    public var bold: Bool

    public init(_ foreground: Int, _ background: Int = -1, bold: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
    }
}
