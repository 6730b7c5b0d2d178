/// The xterm palette's colours as RGB, and the nearest palette entry to any colour: how a theme's
/// `#rrggbb` or `208` is shown on a terminal with fewer colours.
public enum ColorPalette {
    /// xterm's values for the sixteen basic colours. Terminals vary here, which is why `#rrggbb`
    /// colours are matched only against the fixed part of the palette (16-255) when it exists.
    static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB of palette entry 0-255.
    public static func rgb(ofIndex index: Int) -> (red: Int, green: Int, blue: Int) {
        let index = max(0, min(255, index))
        if index < 16 { return basic[index] }
        if index < 232 {
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        }
        let grey = 8 + (index - 232) * 10
        return (grey, grey, grey)
    }

    /// The palette index to draw `color` with at `depth`; -1 is the terminal's default colour.
    /// True colour keeps `#rrggbb` exact elsewhere (see the colour plan), so here it is treated as 256.
    public static func index(for color: TerminalColor, depth: ColorDepth) -> Int {
        switch color {
        case .terminalDefault:
            return -1
        case let .index(index):
            switch depth {
            case .trueColor, .palette256: return index
            case .eight: return index < 8 ? index : nearest(to: rgb(ofIndex: index), in: 0..<8)
            case .none: return -1
            }
        case let .rgb(red, green, blue):
            switch depth {
            case .trueColor, .palette256: return nearest(to: (red, green, blue), in: 16..<256)
            case .eight: return nearest(to: (red, green, blue), in: 0..<8)
            case .none: return -1
            }
        }
    }

    /// The entry in `range` closest to the colour, by squared distance weighted for the eye
    /// (the "redmean" approximation); the lowest index wins a tie.
    public static func nearest(to color: (red: Int, green: Int, blue: Int), in range: Range<Int>) -> Int {
        var best = range.lowerBound
        var bestDistance = Int.max
        for index in range {
            let candidate = rgb(ofIndex: index)
            let meanRed = (color.red + candidate.red) / 2
            let dr = color.red - candidate.red, dg = color.green - candidate.green, db = color.blue - candidate.blue
            let distance = ((512 + meanRed) * dr * dr >> 8) + 4 * dg * dg + ((767 - meanRed) * db * db >> 8)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }
}
