import HandoffCore
import Testing

@Suite struct ThemeParserTests {
    let roles: Set<String> = ["normal", "muted", "title", "status_bar"]

    func parse(_ text: String) -> Result<ThemeDocument, ThemeError> { ThemeParser.parse(text, roles: roles) }

    /// Windows editors save with a byte order mark: the file reads as without one.
    @Test func aByteOrderMarkAtTheStartIsIgnored() throws {
        let plain = try parse("description = Mine\nnormal = default\n").get()
        #expect(try parse("\u{FEFF}description = Mine\nnormal = default\n").get() == plain)
    }

    @Test func aThemeFileIsRead() throws {
        let text = """
            # a comment line
              # an indented comment
            description = Mine: for testing   # a trailing comment
            layout = projector

            normal = default
            title = cyan bold underline
            muted = #586e75 on #002b36   # hex is a colour, not a comment
            status_bar = Bright_White on 236 reverse
            """
        let document = try parse(text).get()
        #expect(document.description == "Mine: for testing")
        #expect(document.layout == .projector)
        #expect(document.entries["normal"] == ThemeEntry())
        #expect(document.entries["title"] == ThemeEntry(.index(6), bold: true, underline: true))
        #expect(
            document.entries["muted"] == ThemeEntry(.rgb(red: 0x58, green: 0x6e, blue: 0x75), on: .rgb(red: 0, green: 0x2b, blue: 0x36)))
        #expect(document.entries["status_bar"] == ThemeEntry(.index(15), on: .index(236), reverse: true))
        // Windows line endings are fine too.
        #expect(try parse("title = red\r\nnormal = green\r\n").get().entries["normal"] == ThemeEntry(.index(2)))
    }

    @Test func eachMistakeNamesItsLine() {
        let cases: [(String, ThemeError)] = [
            ("title = cyan\nmuted\n", ThemeError(line: 2, .missingEquals)),
            ("\n\n = red", ThemeError(line: 3, .emptyKey)),
            ("# ok\ntitel = red", ThemeError(line: 2, .unknownKey("titel"))),
            ("title = red\ntitle = blue", ThemeError(line: 2, .duplicateKey("title"))),
            ("muted =", ThemeError(line: 1, .emptyValue("muted"))),
            ("title = red\nmuted = blu", ThemeError(line: 2, .unknownColor("blu"))),
            ("muted = red on", ThemeError(line: 1, .unknownColor(""))),
            ("muted = red on bold", ThemeError(line: 1, .unknownColor("bold"))),
            ("muted = red blinking", ThemeError(line: 1, .unknownWord("blinking"))),
            ("muted = red green", ThemeError(line: 1, .tooManyColors)),
            ("muted = red on green on blue", ThemeError(line: 1, .unknownWord("on"))),
            ("layout = huge", ThemeError(line: 1, .unknownLayout("huge"))),
            ("title = red\nmuted = \u{1B}[31m", ThemeError(line: 2, .notText)),
            ("title = #12345", ThemeError(line: 1, .unknownColor("#12345"))),
            ("title = 300", ThemeError(line: 1, .unknownColor("300"))),
        ]
        for (text, expected) in cases {
            #expect(parse(text) == .failure(expected), "\(text.debugDescription)")
        }
    }

    @Test func errorsAreWordedInTheReadersLanguage() {
        let error = ThemeError(line: 7, .unknownColor("blu"))
        #expect(error.message(.english) == "line 7: unknown colour 'blu'; use a name (red, bright-blue, grey), 0-255 or #rrggbb")
        #expect(
            error.message(Strings(.spanish)) == "línea 7: color desconocido 'blu'; usa un nombre (red, bright-blue, grey), 0-255 o #rrggbb")
        // Whatever a file holds is shown safely.
        #expect(ThemeError(line: 1, .unknownKey("a\u{1B}b")).message(.english).contains("a␛b"))
    }

    /// The parser reads files people write by hand and files that are not themes at all: no input
    /// may make it trap. A fixed seed keeps the run repeatable.
    @Test func noInputMakesItTrap() {
        var generator = SplitMix(seed: 0x5EED)
        let pieces = [
            "=", " ", "#", "\n", "\r", "on", "bold", "title", "muted", "#ffffff", "255", "layout", "ñ", "\u{0}", "\u{1B}", "🎨", "\t",
            "on on",
        ]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 40) {
                if generator.next() % 3 == 0 {
                    text.unicodeScalars.append(Unicode.Scalar(UInt32(generator.next() % 0xD7FF)) ?? " ")
                } else {
                    text += pieces[Int(generator.next() % UInt64(pieces.count))]
                }
            }
            switch parse(text) {
            case let .failure(error): #expect(error.line >= 1)
            case .success: break
            }
        }
        let bytes = (0..<4_096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        _ = parse(String(decoding: bytes, as: UTF8.self))
        _ = parse(String(repeating: "title = red bold ", count: 10_000))
    }
}

/// A tiny deterministic generator for the fuzz test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
