import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

@Suite struct CommandLineViewTests {
    func type(_ text: String, into app: AppRuntime) {
        for character in text { app.send(.key(.character(character))) }
    }

    @Test func gotoSelectsTheLeadInItsColumn() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedSmallBoard(), actor: "t", width: 160, height: 30, now: TemporaryBoard.now)
        app.send(.key(.character(":")))
        #expect(app.render().lines[28].hasPrefix(":▏"))
        type("goto 4", into: app)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil)
        #expect(app.state.selectedLead?.name == "Sarah O'Neill")
        #expect(app.state.columns[app.state.selectedColumn].stage.id == "proposal")
    }

    /// Lost is hidden from the board, yet `:move` reaches it, asking for the reason as `o` does.
    @Test func moveNamesAnyStageEvenHiddenOnes() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedSmallBoard(), actor: "t", width: 160, height: 30, now: TemporaryBoard.now)
        app.send(.key(.character(":")))
        type("move lost", into: app)
        app.send(.key(.enter))
        #expect(try app.store.lead(id: 2)?.stage == "lead")
        app.send(.key(.right))
        app.send(.key(.enter))
        #expect(try app.store.lead(id: 2)?.stage == "lost")
        #expect(try app.store.lead(id: 2)?.lostReason?.isEmpty == false)
        #expect(app.state.status?.text.hasPrefix("Lost Tom Baker (") == true)
    }

    @Test func mistakesKeepTheFormOpenWithTheReason() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedSmallBoard(), actor: "t", width: 160, height: 30, now: TemporaryBoard.now)
        app.send(.key(.character(":")))
        type("goto x", into: app)
        app.send(.key(.enter))
        guard case let .prompt(prompt) = app.state.overlay else {
            Issue.record("the command line closed")
            return
        }
        #expect(prompt.error == "goto takes a lead id, e.g. goto 1042")
        #expect(app.render().text.contains("goto takes a lead id"))
        app.send(.key(.backspace))
        type("99", into: app)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil)
        #expect(app.state.status?.text == "no lead with id 99")
        app.send(.key(.character(":")))
        type("frobnicate", into: app)
        app.send(.key(.escape))
        #expect(app.state.overlay == nil)
        #expect(!app.state.shouldQuit)
    }

    @Test func escapeNeverQuitsAndQClosesPanelsFirst() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedSmallBoard(), actor: "t", width: 160, height: 30, now: TemporaryBoard.now)
        app.send(.key(.escape))
        #expect(!app.state.shouldQuit)
        app.send(.key(.enter))
        app.send(.key(.character("q")))
        #expect(app.state.overlay == nil && !app.state.shouldQuit)
        app.send(.key(.character("q")))
        #expect(app.state.shouldQuit)
    }
}
