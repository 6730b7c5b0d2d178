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
            case .eight: return index < 8 ? index : basic(for: rgb(ofIndex: index))
            case .none: return -1
            }
        case let .rgb(red, green, blue):
            switch depth {
            case .trueColor, .palette256: return nearest(to: (red, green, blue), in: 16..<256)
            case .eight: return basic(for: (red, green, blue))
            case .none: return -1
            }
        }
    }

    /// One of the 8 basic colours for any colour. Distance alone sends greys to cyan and dark
    /// backgrounds to blue, so lightness decides first: dark colours become black, greys and
    /// very light colours black or white, and only clear hues go to the nearest hue (1-6).
    public static func basic(for color: (red: Int, green: Int, blue: Int)) -> Int {
        let luma = (299 * color.red + 587 * color.green + 114 * color.blue) / 1000
        let saturation = max(color.red, color.green, color.blue) - min(color.red, color.green, color.blue)
        if luma < 50 { return 0 }
        if saturation < 48 { return luma < 96 ? 0 : 7 }
        if luma > 215 { return 7 }
        return nearest(to: color, in: 1..<7)
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
            // Parenthesised: in Swift `>>` binds tighter than `*`.
            let distance = (((512 + meanRed) * dr * dr) >> 8) + 4 * dg * dg + (((767 - meanRed) * db * db) >> 8)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }
}
