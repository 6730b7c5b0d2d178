import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// A card says what its facts are: `?` explains the card line, a next step due or overdue is
/// marked, and the lead id every command takes is on the card, in the inbox and in the detail.
@Suite struct CardLegendTests {
    let now = TemporaryBoard.now

    @Test func helpExplainsEveryFactOfTheCardLine() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedInboxBoard(), actor: "ana", width: 120, height: 200, now: now)
        app.send(.key(.character("?")))
        let text = app.render().text
        #expect(text.contains("The card"))
        for fact in ["score", "value", "owner", "days in the stage", "stale", "next step due", "lead id"] {
            #expect(text.contains(fact), "help does not explain \(fact)")
        }
    }

    @Test func aCardMarksANextStepDueTodayOrOverdue() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        // Sarah O'Neill (4) has a step overdue since yesterday; Íñigo Muñoz (3) one later today;
        // Tom Baker (2) one next week.
        try store.apply(.note(leadID: 4, body: "send the contract", due: now - 86_400), actor: "ana", at: now - 2 * 86_400)
        try store.apply(.note(leadID: 3, body: "call back", due: now + 3_600), actor: "ana", at: now)
        try store.apply(.note(leadID: 2, body: "demo", due: now + 7 * 86_400), actor: "ana", at: now)
        let app = AppRuntime(store: store, actor: "ana", width: 160, height: 40, now: now)
        let lines = app.render().lines
        let mark = Glyphs.unicode.nextStep
        func cardLine(of name: String) -> String? {
            guard let row = lines.firstIndex(where: { $0.contains(name) }) else { return nil }
            let column = lines[row].range(of: name)!.lowerBound
            let factsLine = lines[row + 2]
            let start = factsLine.index(factsLine.startIndex, offsetBy: lines[row].distance(from: lines[row].startIndex, to: column))
            return String(factsLine[start...].prefix(18))
        }
        #expect(cardLine(of: "Sarah O'Neill")?.contains(mark) == true)
        #expect(cardLine(of: "Íñigo Muñoz")?.contains(mark) == true)
        #expect(cardLine(of: "Tom Baker")?.contains(mark) == false)
    }

    @Test func theLeadIdShowsOnWideCardsAndInInboxRows() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedInboxBoard(), actor: "ana", width: 240, height: 40, now: now)
        let nameLine = try #require(app.render().lines.first { $0.contains("Sarah O'Neill") })
        #expect(nameLine.contains("#4"))
        app.send(.key(.character("2")))
        let inbox = app.render().lines
        #expect(inbox.contains { $0.contains("Marie Dubois") && $0.contains("#6") })
        #expect(inbox.contains { $0.contains("Kofi Mensah") && $0.contains("#7") })
    }
}
