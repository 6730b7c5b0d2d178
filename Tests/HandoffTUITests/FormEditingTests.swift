import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Typing in forms as people expect from any text box: a prefilled value is replaced, not appended
/// to; Ctrl-U and Ctrl-W clear and delete a word; a refusal goes away once the value is right.
@Suite struct FormEditingTests {
    func app(_ board: TemporaryBoard, as user: String = "ana") throws -> AppRuntime {
        AppRuntime(store: try board.seedInboxBoard(), actor: user, width: 160, height: 40, now: TemporaryBoard.now)
    }

    func type(_ text: String, into app: AppRuntime) {
        for character in text { app.send(.key(.character(character))) }
    }

    func form(of app: AppRuntime) -> FormState? {
        guard case let .form(form) = app.state.overlay else { return nil }
        return form
    }

    @Test func typingIntoAPrefilledAmountReplacesIt() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        // Sarah O'Neill, in Proposal, is worth 18,500: the won form starts with it.
        for _ in 0..<5 { app.send(.key(.character("l"))) }
        app.send(.key(.character("w")))
        #expect(form(of: app)?.value("amount") == "18500")
        type("10000", into: app)
        #expect(form(of: app)?.value("amount") == "10000")
        app.send(.key(.enter))
        #expect(try app.store.lead(id: 4)?.value == 10_000)
    }

    @Test func tabbingIntoAFilledFieldSelectsItAndAnArrowKeepsIt() throws {
        let board = TemporaryBoard()
        let app = try app(board, as: "marta")
        app.send(.key(.character("n")))
        type("Nadia", into: app)
        app.send(.key(.tab))
        app.send(.key(.backTab))
        // Back on the name: its text is selected, so typing replaces it ...
        type("Noor", into: app)
        #expect(form(of: app)?.value("name") == "Noor")
        app.send(.key(.tab))
        app.send(.key(.backTab))
        // ... unless an arrow key puts the cursor at its end first.
        app.send(.key(.right))
        type(" Haddad", into: app)
        #expect(form(of: app)?.value("name") == "Noor Haddad")
    }

    @Test func ctrlUClearsAndCtrlWDeletesAWordInEveryTextField() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        for _ in 0..<5 { app.send(.key(.character("l"))) }
        app.send(.key(.character("c")))
        type("call the buyer  ", into: app)
        app.send(.key(.control("w")))
        #expect(form(of: app)?.value("note") == "call the ")
        app.send(.key(.control("w")))
        #expect(form(of: app)?.value("note") == "call ")
        app.send(.key(.control("u")))
        #expect(form(of: app)?.value("note") == "")
    }

    @Test func aRefusalDisappearsAsSoonAsTheValueIsValid() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        for _ in 0..<5 { app.send(.key(.character("l"))) }
        app.send(.key(.character("w")))
        app.send(.key(.control("u")))
        type("ten", into: app)
        app.send(.key(.enter))
        #expect(form(of: app)?.fields[0].error != nil)
        app.send(.key(.control("u")))
        type("1", into: app)
        #expect(form(of: app)?.fields[0].error == nil)
        #expect(!app.render().text.contains("not an amount"))
    }

    @Test func aRefusalStaysWhileTheValueIsStillWrong() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        for _ in 0..<5 { app.send(.key(.character("l"))) }
        app.send(.key(.character("w")))
        app.send(.key(.control("u")))
        type("ten", into: app)
        app.send(.key(.enter))
        type("x", into: app)
        #expect(form(of: app)?.fields[0].error != nil)
    }
}
