/// A colour as a theme names it: the terminal's own default, a palette index (0-255), or an exact
/// `#rrggbb` that is mapped to the nearest colour the terminal can show.
public enum TerminalColor: Sendable, Equatable, Hashable {
    case terminalDefault
    case index(Int)
    case rgb(red: Int, green: Int, blue: Int)

    /// The sixteen colours that have names, in palette order; `grey` is bright black.
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// `default`, a name (`red`, `bright-blue`, `bright_blue`, `grey`), `0`-`255`, or `#rrggbb`.
    /// Nil for anything else; never traps, whatever the text.
    public init?(parsing text: String) {
        let word = text.lowercased().replacingOccurrences(of: "_", with: "-")
        if word == "default" { self = .terminalDefault; return }
        if word == "grey" || word == "gray" { self = .index(8); return }
        if let index = TerminalColor.names.firstIndex(of: word) { self = .index(index); return }
        if word.hasPrefix("#") {
            let hex = Array(word.utf8.dropFirst())
            guard hex.count == 6, let red = TerminalColor.hexByte(hex[0], hex[1]), let green = TerminalColor.hexByte(hex[2], hex[3]),
                let blue = TerminalColor.hexByte(hex[4], hex[5])
            else { return nil }
            self = .rgb(red: red, green: green, blue: blue)
            return
        }
        guard !word.isEmpty, word.utf8.count <= 3, word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let index = Int(word), index <= 255
        else { return nil }
        self = .index(index)
    }

    private static func hexByte(_ high: UInt8, _ low: UInt8) -> Int? {
        func digit(_ c: UInt8) -> Int? {
            switch c {
            case 48...57: return Int(c - 48)
            case 97...102: return Int(c - 87)
            default: return nil
            }
        }
        guard let h = digit(high), let l = digit(low) else { return nil }
        return h * 16 + l
    }

    /// How the theme file writes it back.
    public var text: String {
        switch self {
        case .terminalDefault: return "default"
        case let .index(index): return index < TerminalColor.names.count ? TerminalColor.names[index] : String(index)
        case let .rgb(red, green, blue):
            func hex(_ value: Int) -> String { let text = String(value, radix: 16); return text.count == 1 ? "0" + text : text }
            return "#" + hex(red) + hex(green) + hex(blue)
        }
    }
}
