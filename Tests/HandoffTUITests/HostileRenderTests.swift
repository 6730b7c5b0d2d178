import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Hostile text in every place the board shows text, on every screen a user can reach, at sizes
/// from a sliver to a wall: no cell may carry a control, every wide character keeps its second
/// cell, and the visible stand-ins are there.
@Suite struct HostileRenderTests {
    /// The screens a user reaches, as the keys that lead there from a fresh board.
    static let journeys: [(name: String, keys: [Key])] = [
        ("board", []),
        ("each column", Array(repeating: .character("l"), count: 8)),
        ("detail of lead 6, scrolled", typed(":goto 6") + [.enter, .enter] + Array(repeating: .character("j"), count: 12)),
        ("detail of lead 3", typed(":goto 3") + [.enter, .enter]),
        ("edit form of lead 2", typed(":goto 2") + [.enter, .character("e")]),
        ("edit form of lead 6, a 10,000-character company", typed(":goto 6") + [.enter, .character("e"), .tab, .character("x")]),
        ("note form with typed text", typed(":goto 5") + [.enter, .character("c")] + typed("陈伟👍🏽\u{301}\u{9B}x\u{202E}y")),
        ("move refused with a hostile name", typed(":goto 7") + [.enter, .character("L")]),
        ("move done, status names the lead", typed(":goto 1") + [.enter, .character("L")]),
        ("command line refusal", typed(":move nowhere") + [.enter]),
        ("inbox", [.character("2")]),
        ("inbox by campaign, a year", [.character("2"), .character("b"), .character("p"), .character("p"), .character("p")]),
        ("reject form, every reason", [.character("2"), .character("x")] + Array(repeating: .right, count: 8)),
        ("inbox detail", [.character("2"), .character("j"), .enter]),
        ("help", [.character("?")]),
        ("a filter matching hostile names", typed("/Evil") + [.enter]),
        ("the palette", [.control("p")] + typed("mo")),
        ("the scoring panel", [.character("3")] + Array(repeating: .character("j"), count: 4)),
        ("the dashboard", [.character("4")]),
        ("the meeting", [.character("m")] + Array(repeating: .character("j"), count: 6)),
    ]

    static let sizes: [(width: Int, height: Int)] = [(120, 40), (80, 24), (200, 50), (40, 12), (33, 9), (10, 3)]

    static func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    /// Every cell holds safe text of width 1 or 2, a wide character is followed by its empty second
    /// cell, and an empty cell only ever follows a wide character.
    static func problems(in buffer: ScreenBuffer) -> [String] {
        var problems: [String] = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let text = buffer[x, y].text
                if text.isEmpty {
                    if x == 0 || TerminalText.width(buffer[x - 1, y].text) != 2 {
                        problems.append("(\(x),\(y)) empty cell after no wide character")
                    }
                    continue
                }
                if let unsafe = text.unicodeScalars.first(where: { !TerminalText.isSafe($0) }) {
                    problems.append("(\(x),\(y)) holds U+\(String(unsafe.value, radix: 16))")
                }
                if TerminalText.width(of: text.unicodeScalars.first!) == 0 {
                    problems.append("(\(x),\(y)) starts with a zero-width scalar")
                }
                let width = TerminalText.width(text)
                if width == 2 && (x + 1 >= buffer.width || !buffer[x + 1, y].text.isEmpty) {
                    problems.append("(\(x),\(y)) wide character without its second cell")
                }
                if width != 1 && width != 2 { problems.append("(\(x),\(y)) is \(width) cells wide") }
            }
        }
        return problems
    }

    @Test(arguments: HostileRenderTests.sizes.indices)
    func everyScreenStaysSafeWithHostileText(sizeIndex: Int) throws {
        let size = HostileRenderTests.sizes[sizeIndex]
        for journey in HostileRenderTests.journeys {
            let board = TemporaryBoard()
            let store = try board.seedHostileBoard()
            let app = AppRuntime(store: store, actor: "tom", width: size.width, height: size.height, now: TemporaryBoard.now)
            var screens = [app.render()]
            for key in journey.keys {
                let started = ContinuousClock.now
                app.send(.key(key))
                screens.append(app.render())
                // A screen is drawn ten times a second; text of any length must not slow it down.
                let took = ContinuousClock.now - started
                #expect(took < .seconds(2), "\(journey.name) at \(size.width)x\(size.height): \(key) took \(took)")
            }
            for (step, screen) in screens.enumerated() {
                let problems = HostileRenderTests.problems(in: screen)
                #expect(
                    problems.isEmpty, "\(journey.name) at \(size.width)x\(size.height), step \(step): \(problems.prefix(5))\n\(screen.text)"
                )
            }
        }
    }

    @Test func hostileTextIsVisibleAndLongTextIsCut() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedHostileBoard(), actor: "tom", width: 160, height: 45, now: TemporaryBoard.now)
        let text = app.render().text
        #expect(text.contains("Evil␛[2J␛[H"), "\(text)")
        // Lead 7's 10,000-character name, cut to its column with an ellipsis.
        #expect(text.split(separator: "\n").contains { $0.contains("Long名Long名") && $0.contains("…") })
        app.send(.key(.character("2")))
        let inbox = app.render().text
        #expect(inbox.contains("invoice_�fdp.exe�"), "\(inbox)")
        #expect(inbox.contains("C1�31mRed�0;title��Next"), "\(inbox)")
        for key in HostileRenderTests.typed(":goto 6") + [.enter, .enter] { app.send(.key(key)) }
        let detail = app.render().text
        #expect(detail.contains("Lead 6: 陈伟 株式会社 한국어 ＡＢＣ 👩�💻 🚀 🇪🇸 👍 ❤ 1⃣"), "\(detail)")
    }

    @Test func typedControlCharactersNeverEnterAField() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedHostileBoard(), actor: "tom", width: 120, height: 40, now: TemporaryBoard.now)
        for key in HostileRenderTests.typed(":goto 5") + [.enter, .character("c")] + HostileRenderTests.typed("ok\u{9B}2J\u{202E}\u{1C}!") {
            app.send(.key(key))
        }
        guard case let .form(form) = app.state.overlay else {
            Issue.record("the note form did not open")
            return
        }
        #expect(form.value("note") == "ok2J!")
    }

    @Test func aLeadFormRefusesControlCharactersItWasGiven() {
        let result = LeadDraft.parse(["name": "Evil\u{1B}[2J", "company": "Fine\u{FE0F}"], campaigns: [], members: [], language: .english)
        guard case let .failure(errors) = result else {
            Issue.record("a name with an escape sequence was accepted")
            return
        }
        #expect(errors.messages["name"]?.description.contains("control or invisible character") == true)
        #expect(errors.messages["company"] == nil)
    }

    @Test(arguments: HostileRenderTests.sizes.indices)
    func numbersAtTheEdgesOfSixtyFourBitsNeitherCrashNorOverflowTheScreen(sizeIndex: Int) throws {
        let size = HostileRenderTests.sizes[sizeIndex]
        let board = TemporaryBoard()
        let store = try board.seedHostileBoard()
        try board.addHostileNumbers(to: store)
        let app = AppRuntime(store: try board.open(), actor: "tom", width: size.width, height: size.height, now: TemporaryBoard.now)
        let keys: [Key] =
            [.character("l"), .character("l"), .character("2"), .enter, .escape, .character("e"), .escape, .character("1")]
            + HostileRenderTests.typed(":goto 103") + [.enter, .enter, .escape, .character("e"), .escape]
            + HostileRenderTests.typed(":goto 104") + [.enter, .enter, .escape, .character("3"), .character("4"), .character("m")]
            + Array(repeating: .character("j"), count: 6)
        for key in keys {
            app.send(.key(key))
            let problems = HostileRenderTests.problems(in: app.render())
            #expect(problems.isEmpty, "\(key) at \(size.width)x\(size.height): \(problems.prefix(5))")
        }
    }
}
