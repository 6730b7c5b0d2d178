/// Line-drawing and chart characters, with a plain ASCII set for terminals and fonts without them.
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

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                       arrowRight: "→", moreAbove: "▲", moreBelow: "▼", separator: "·")
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                     arrowRight: "->", moreAbove: "^", moreBelow: "v", separator: "|")
}
