import HandoffCore
import Testing

@Suite struct ColorTests {
    @Test func colourDepthFollowsTheTerminalAndNoColor() {
        func decide(_ environment: [String: String], hasColors: Bool = true, colors: Int = 256, canChange: Bool = true) -> ColorDepth {
            ColorDepth.decide(environment: environment, hasColors: hasColors, colors: colors, canChangeColor: canChange)
        }
        #expect(decide(["COLORTERM": "truecolor"]) == .trueColor)
        #expect(decide(["COLORTERM": "24bit"]) == .trueColor)
        // True colour needs a palette that can be changed, and a terminal that says so.
        #expect(decide(["COLORTERM": "truecolor"], canChange: false) == .palette256)
        #expect(decide([:]) == .palette256)
        #expect(decide(["COLORTERM": "truecolor"], colors: 8) == .eight)
        #expect(decide([:], colors: 16) == .eight)
        #expect(decide([:], colors: 2) == .none)
        #expect(decide([:], hasColors: false) == .none)
        // NO_COLOR set and not empty wins over everything; set but empty means nothing.
        #expect(decide(["NO_COLOR": "1", "COLORTERM": "truecolor"]) == .none)
        #expect(decide(["NO_COLOR": ""]) == .palette256)
    }

    @Test func coloursAreReadByNameIndexOrHex() {
        #expect(TerminalColor(parsing: "default") == .terminalDefault)
        #expect(TerminalColor(parsing: "Red") == .index(1))
        #expect(TerminalColor(parsing: "bright_blue") == .index(12))
        #expect(TerminalColor(parsing: "bright-white") == .index(15))
        #expect(TerminalColor(parsing: "grey") == .index(8))
        #expect(TerminalColor(parsing: "208") == .index(208))
        #expect(TerminalColor(parsing: "#1E6fd9") == .rgb(red: 30, green: 111, blue: 217))
        for bad in ["256", "-1", "#12345", "#1234567", "#gg0000", "blu", "", "00000001", "٣"] {
            #expect(TerminalColor(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func exactColoursMapToTheNearestTheTerminalHas() {
        // In 256 colours: pure red is cube entry (5,0,0) = 16 + 180; mid grey is grey ramp step 12.
        #expect(ColorPalette.index(for: .rgb(red: 255, green: 0, blue: 0), depth: .palette256) == 196)
        #expect(ColorPalette.index(for: .rgb(red: 128, green: 128, blue: 128), depth: .palette256) == 244)
        #expect(ColorPalette.index(for: .rgb(red: 0, green: 0, blue: 0), depth: .palette256) == 16)
        #expect(ColorPalette.index(for: .rgb(red: 255, green: 255, blue: 255), depth: .palette256) == 231)
        // In 8 colours lightness decides first: grey is not cyan, a dark background is black.
        #expect(ColorPalette.index(for: .rgb(red: 255, green: 0, blue: 0), depth: .eight) == 1)
        #expect(ColorPalette.index(for: .rgb(red: 128, green: 128, blue: 128), depth: .eight) == 7)
        #expect(ColorPalette.index(for: .rgb(red: 0, green: 43, blue: 54), depth: .eight) == 0)
        #expect(ColorPalette.index(for: .rgb(red: 255, green: 255, blue: 250), depth: .eight) == 7)
        #expect(ColorPalette.index(for: .index(196), depth: .eight) == 1)
        #expect(ColorPalette.index(for: .index(8), depth: .eight) == 7)
        #expect(ColorPalette.index(for: .index(3), depth: .eight) == 3)
        #expect(ColorPalette.index(for: .index(208), depth: .palette256) == 208)
        #expect(ColorPalette.index(for: .terminalDefault, depth: .palette256) == -1)
        #expect(ColorPalette.index(for: .index(4), depth: .none) == -1)
    }

    @Test func thePaletteIsXterms() {
        #expect(ColorPalette.rgb(ofIndex: 16) == (0, 0, 0))
        #expect(ColorPalette.rgb(ofIndex: 208) == (255, 135, 0))
        #expect(ColorPalette.rgb(ofIndex: 232) == (8, 8, 8))
        #expect(ColorPalette.rgb(ofIndex: 255) == (238, 238, 238))
    }
}
