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
