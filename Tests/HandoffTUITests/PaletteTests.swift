import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Ctrl-P: every action, found by a few letters, run with Enter.
@Suite struct PaletteTests {
    func app(_ board: TemporaryBoard) throws -> AppRuntime {
        AppRuntime(store: try board.seedInboxBoard(), actor: "ben", width: 140, height: 40, now: TemporaryBoard.now)
    }

    func type(_ text: String, into app: AppRuntime) {
        for character in text { app.send(.key(.character(character))) }
    }

    @Test func everyActionOfTheKeyMapIsListedWithItsKeys() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.control("p")))
        let entries = app.state.paletteMatches("")
        let viewBindings = KeyMap.standard.bindings.filter { $0.contexts.contains { !$0.isOverlay } }
        #expect(entries.count == viewBindings.count + AppState.lineCommands.count)
        for binding in viewBindings {
            let summary = Strings.english(binding.summary)
            #expect(entries.contains { $0.summary == summary && $0.keys == binding.keys.map(\.label).joined(separator: " ") }, "\(summary)")
        }
        let text = app.render().text
        #expect(text.contains("Actions") && text.contains("H <") && text.contains("move the lead to the previous stage"))
    }

    @Test func lettersInOrderFindTheActionAndEnterRunsIt() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.control("p")))
        type("inbox hand", into: app)
        #expect(app.state.paletteMatches("inbox hand").first?.summary == "the inbox: handed-off leads and feedback")
        #expect(app.render().text.contains("2                  the inbox: handed-off leads and feedback"))
        app.send(.key(.enter))
        #expect(app.state.overlay == nil)
        #expect(app.state.view == .inbox)
    }

    @Test func anActionOfAnotherViewSwitchesToItFirst() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        #expect(app.state.view == .board)
        app.send(.key(.control("p")))
        type("by campaign", into: app)
        app.send(.key(.enter))
        #expect(app.state.view == .inbox)
        #expect(app.state.inbox.grouping == .campaign)
    }

    @Test func upDownChooseAndACommandOpensTheLine() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.control("p")))
        type("theme", into: app)
        let matches = app.state.paletteMatches("theme")
        #expect(matches.first?.keys == ":theme NAME")
        app.send(.key(.down))
        app.send(.key(.up))
        app.send(.key(.enter))
        #expect(app.state.overlay == .prompt(PromptState(kind: .command, text: "theme ")))
        app.send(.key(.escape))
        app.send(.key(.control("p")))
        type("zzzz", into: app)
        #expect(app.render().text.contains("no action matches 'zzzz'"))
        app.send(.key(.enter))
        #expect(app.state.overlay == .palette(PaletteState(query: "zzzz")))
        app.send(.key(.escape))
        #expect(app.state.overlay == nil && !app.state.shouldQuit)
    }
}
