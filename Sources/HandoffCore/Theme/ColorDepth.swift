/// How many colours the board may use on this terminal, best first. Decided once at start from
/// what curses reports and the environment, by `ColorDepth.decide`, a pure function.
public enum ColorDepth: String, Sendable, Equatable, CaseIterable {
    /// Exact `#rrggbb` colours, by redefining palette entries (`init_color`).
    case trueColor = "truecolor"
    case palette256 = "256"
    case eight = "8"
    /// No colour at all: meaning is carried by bold, reverse, underline and dim.
    case none

    /// `NO_COLOR` set and not empty turns colour off whatever the terminal can do
    /// (https://no-color.org). True colour needs the terminal to say so in `COLORTERM` and to let
    /// the palette be changed; else 256, else 8, else none.
    public static func decide(environment: [String: String], hasColors: Bool, colors: Int, canChangeColor: Bool) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard hasColors, colors >= 8 else { return .none }
        if colors >= 256 {
            let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
            if (colorTerm == "truecolor" || colorTerm == "24bit") && canChangeColor { return .trueColor }
            return .palette256
        }
        return .eight
    }
}
