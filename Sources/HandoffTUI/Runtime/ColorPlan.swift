import HandoffCore

/// What to tell curses for a theme at a colour depth: which palette entries to redefine (true
/// colour only) and the foreground and background of each role's colour pair. Pure, so every
/// fallback is tested without a terminal; `NcursesTerminal` only carries it out.
public struct ColorPlan: Sendable, Equatable {
    public struct Redefinition: Sendable, Equatable {
        public var index: Int
        public var red: Int
        public var green: Int
        public var blue: Int

        public init(index: Int, red: Int, green: Int, blue: Int) {
            self.index = index
            self.red = red
            self.green = green
            self.blue = blue
        }
    }

    public struct Pair: Sendable, Equatable {
        public var foreground: Int
        public var background: Int

        public init(foreground: Int, background: Int) {
            self.foreground = foreground
            self.background = background
        }
    }

    public var depth: ColorDepth
    public var redefinitions: [Redefinition]
    /// -1 is the terminal's default colour. Empty when the depth is `none`.
    public var pairs: [Role: Pair]

    public static func make(theme: Theme, depth: ColorDepth) -> ColorPlan {
        guard depth != .none else { return ColorPlan(depth: depth, redefinitions: [], pairs: [:]) }
        var slots: [TerminalColor: Int] = [:]
        var redefinitions: [Redefinition] = []
        if depth == .trueColor {
            // Exact colours get palette entries of their own, taken from the top of the palette
            // down, skipping any entry the theme names by number.
            let named = Set(
                Role.allCases.flatMap { role -> [Int] in
                    let entry = theme.color(for: role)
                    return [entry.foreground, entry.background].compactMap {
                        if case let .index(index) = $0 { return index } else { return nil }
                    }
                })
            var next = 255
            for role in Role.allCases {
                let entry = theme.color(for: role)
                for color in [entry.foreground, entry.background] {
                    guard case let .rgb(red, green, blue) = color, slots[color] == nil else { continue }
                    while next >= 16 && named.contains(next) { next -= 1 }
                    guard next >= 16 else { break }
                    slots[color] = next
                    redefinitions.append(Redefinition(index: next, red: red, green: green, blue: blue))
                    next -= 1
                }
            }
        }
        var pairs: [Role: Pair] = [:]
        for role in Role.allCases {
            let entry = theme.color(for: role)
            func index(_ color: TerminalColor) -> Int { slots[color] ?? ColorPalette.index(for: color, depth: depth) }
            pairs[role] = Pair(foreground: index(entry.foreground), background: index(entry.background))
        }
        return ColorPlan(depth: depth, redefinitions: redefinitions, pairs: pairs)
    }
}
