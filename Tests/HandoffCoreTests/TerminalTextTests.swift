import Foundation
import HandoffCore
import Testing

@Suite struct TerminalTextTests {
    @Test func escapeSequencesBecomeVisible() {
        let hostile = "Evil\u{1B}[2J Corp\u{1B}]52;c;SGVsbG8=\u{07}"
        let safe = TerminalText.sanitize(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(safe == "Evil␛[2J Corp␛]52;c;SGVsbG8=␇")
    }

    @Test func c1ControlsBidiAndZeroWidthAreReplaced() {
        let safe = TerminalText.sanitize("a\u{9B}b\u{202E}c\u{200B}d")
        #expect(safe == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
    }

    @Test func plainTextIsUntouched() {
        #expect(TerminalText.sanitize("Íñigo Muñoz, Ñandú S.L. 🚀") == "Íñigo Muñoz, Ñandú S.L. 🚀")
    }

    @Test func widthsCountWideAndCombiningCharacters() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("陈伟") == 4)
        #expect(TerminalText.width("🚀") == 2)
        #expect(TerminalText.width("e\u{301}") == 1)
        #expect(TerminalText.width("Ñandú") == 5)
    }

    @Test func leadingCombiningMarkGetsABase() {
        #expect(TerminalText.sanitize("\u{301}x") == "\u{25CC}\u{301}x")
    }

    @Test func truncationEndsWithAnEllipsisAndRespectsWidth() {
        #expect(TerminalText.truncate("Brightwave Analytics", to: 10) == "Brightwav…")
        #expect(TerminalText.truncate("陈伟陈伟陈伟", to: 5) == "陈伟…")
        #expect(TerminalText.width(TerminalText.truncate(String(repeating: "🚀", count: 5000), to: 9)) <= 9)
        #expect(TerminalText.fit("ab", to: 4) == "ab  ")
        #expect(TerminalText.fit("ab", to: 4, alignRight: true) == "  ab")
    }

    @Test func wrappingBreaksBetweenWordsAndCutsOnlyOverlongOnes() {
        #expect(TerminalText.wrap("línea de órdenes: goto, move", to: 12) == ["línea de", "órdenes:", "goto, move"])
        #expect(TerminalText.wrap("abcdefghij xy", to: 4) == ["abcd", "efgh", "ij", "xy"])
        #expect(TerminalText.wrap("陈伟 陈伟", to: 4) == ["陈伟", "陈伟"])
        #expect(TerminalText.wrap("", to: 5) == [""])
        #expect(TerminalText.wrap("a", to: 0) == [])
    }
}

/// The widths the layout assumes must be the widths curses and tmux use: glibc's `wcwidth` in a
/// UTF-8 locale. Checked for every scalar that sanitizing keeps.
@Suite struct TerminalWidthTests {
    typealias WidthFunction = @convention(c) (Int32) -> Int32

    @Test func everyKeptScalarHasTheWidthWcwidthGivesIt() throws {
        let symbol = try #require(dlsym(nil, "wcwidth"), "wcwidth is not in the C library")
        let wcwidth = unsafeBitCast(symbol, to: WidthFunction.self)
        // A per-thread locale, so the tests running beside this one keep theirs.
        let locale = try #require(newlocale(1 << LC_CTYPE, "C.UTF-8", nil), "the C.UTF-8 locale is missing")
        let previous = uselocale(locale)
        defer {
            uselocale(previous)
            freelocale(locale)
        }
        var checked = 0
        var mismatches: [String] = []
        for value in UInt32(0x20)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), TerminalText.isSafe(scalar) else { continue }
            checked += 1
            let system = Int(wcwidth(Int32(bitPattern: value)))
            if system != TerminalText.width(of: scalar) && mismatches.count < 20 {
                mismatches.append("U+\(String(value, radix: 16)): wcwidth \(system), TerminalText \(TerminalText.width(of: scalar))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
        // Unicode 14 assigns about 144,000 characters; nearly all of them are kept.
        #expect(checked > 140_000)
    }

    @Test func layoutIsByScalarsAsTerminalsDrawThem() {
        var cells: [String] = []
        TerminalText.forEachCell("e\u{301}陈🇪🇸x") { cell, width in
            cells.append("\(cell):\(width)")
            return true
        }
        #expect(cells == ["e\u{301}:1", "陈:2", "🇪:1", "🇸:1", "x:1"])
    }

    @Test func modifiersAndSelectorsThatTerminalsDrawDifferentlyAreDropped() {
        #expect(TerminalText.sanitize("👍🏽 ❤️ ✌︎") == "👍 ❤ ✌")
        #expect(TerminalText.width(TerminalText.sanitize("👍🏽")) == 2)
    }

    @Test func controlsFormatCharactersAndUnknownCodePointsGetAStandIn() {
        #expect(TerminalText.sanitize("a\u{2028}b\u{E0041}c\u{FFFF}d\u{1FAE8}e") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
        #expect(TerminalText.containsControls("x\u{1B}y"))
        #expect(!TerminalText.containsControls("Íñigo 陈伟 ❤️"))
    }

    @Test func marksStackedOnOneCharacterAreCappedAsTerminalsCapThem() {
        #expect(TerminalText.sanitize("a\u{301}\u{302}\u{303}\u{304}\u{305}b") == "a\u{301}\u{302}b")
        // Vietnamese written with combining marks keeps both of its marks.
        #expect(TerminalText.sanitize("Vie\u{323}\u{302}t") == "Vie\u{323}\u{302}t")
        // Nine bytes per cell: a four-byte emoji takes one three-byte mark, not two.
        #expect(TerminalText.sanitize("🚀\u{20DD}\u{20DD}") == "🚀\u{20DD}")
    }

    @Test func sanitizingTwiceChangesNothing() {
        for text in [
            "Evil\u{1B}[2J", "\u{301}x", "a\u{9B}b\u{202E}", "👍🏽❤️", "陈伟", "\u{301}\u{302}\u{303}\u{304}", "\u{1B}\u{301}\u{302}\u{303}",
        ] {
            let once = TerminalText.sanitize(text)
            #expect(TerminalText.sanitize(once) == once)
        }
    }

    @Test func aTenThousandCharacterStringIsCutToItsCells() {
        let long = String(repeating: "Long名", count: 2_000)
        let cut = TerminalText.fit(long, to: 17)
        #expect(cut == "Long名Long名Long…")
        #expect(TerminalText.width(cut) == 17)
        // A wide character that would end on the last cell makes way for the ellipsis.
        #expect(TerminalText.truncate("ab陈伟", to: 4) == "ab…")
        #expect(TerminalText.truncate("ab陈", to: 4) == "ab陈")
        #expect(TerminalText.truncate("陈", to: 1) == "…")
    }

    @Test func anInputFieldShowsTheEndOfLongTextInOnePass() {
        #expect(TerminalText.suffix("abc陈伟", fitting: 5) == "c陈伟")
        #expect(TerminalText.suffix("abc陈伟", fitting: 4) == "陈伟")
        #expect(TerminalText.suffix("xe\u{301}", fitting: 1) == "e\u{301}")
        let long = String(repeating: "Long名", count: 2_000)
        let started = ContinuousClock.now
        #expect(TerminalText.suffix(long, fitting: 11) == "ong名Long名")
        #expect(ContinuousClock.now - started < .seconds(1))
    }

    @Test func commandOutputKeepsItsLineBreaksOnly() {
        #expect(TerminalText.sanitizeLines("one\u{1B}[2J\ntwo\tthree\r") == "one␛[2J\ntwo␉three␍")
    }
}
