/// Line-drawing and chart characters, with a plain ASCII set for terminals and fonts without them.
/// The one switch for `--ascii`: views draw every symbol from here, never a literal.
public struct Glyphs: Sendable, Equatable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var arrowRight: String
    public var moreAbove: String
    public var moreBelow: String
    public var separator: String
    /// Columns hidden to the left or right of a scrolled board.
    public var moreLeft: String
    public var moreRight: String
    /// Around the current value of a choice field.
    public var choiceLeft: String
    public var choiceRight: String
    /// The text cursor of an input.
    public var cursor: String
    /// A lead marked for a bulk answer.
    public var mark: String
    /// Sparkline levels, lowest (nothing) first.
    public var sparkLevels: [String]
    /// A full cell of a horizontal bar, and the partial cells (eighths, thinnest first); none in ASCII.
    public var barFull: String
    public var barPartials: [String]
    /// What large text for a projector is drawn with.
    public var bigFill: String
    public var check: String
    public var star: String
    /// On a card whose next step is due today or overdue.
    public var nextStep: String = "⚑"

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        arrowRight: "→", moreAbove: "▲", moreBelow: "▼", separator: "·", moreLeft: "◀", moreRight: "▶",
        choiceLeft: "◂", choiceRight: "▸", cursor: "▏", mark: "●",
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], barFull: "█",
        barPartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], bigFill: "█", check: "✓", star: "★")
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        arrowRight: "->", moreAbove: "^", moreBelow: "v", separator: "-", moreLeft: "<", moreRight: ">",
        choiceLeft: "<", choiceRight: ">", cursor: "_", mark: "*",
        sparkLevels: ["_", ".", "-", "~", "=", "+", "*", "#"], barFull: "#", barPartials: [],
        bigFill: "#", check: "x", star: "*", nextStep: "@")
}
