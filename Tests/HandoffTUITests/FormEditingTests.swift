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

    @Test func typingIntoAPrefilledAmountReplacesIt() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        // Sarah O'Neill, in Proposal, is worth 18,500: the won form starts with it.
        for _ in 0..<5 { app.send(.key(.character("l"))) }
        app.send(.key(.character("w")))
        #expect(app.form?.value("amount") == "18500")
        app.type("10000")
        #expect(app.form?.value("amount") == "10000")
        app.send(.key(.enter))
        #expect(try app.store.lead(id: 4)?.value == 10_000)
    }

    @Test func tabbingIntoAFilledFieldSelectsItAndAnArrowKeepsIt() throws {
        let board = TemporaryBoard()
        let app = try app(board, as: "marta")
        app.send(.key(.character("n")))
        app.type("Nadia")
        app.send(.key(.tab))
        app.send(.key(.backTab))
        // Back on the name: its text is selected, so typing replaces it ...
        app.type("Noor")
        #expect(app.form?.value("name") == "Noor")
        app.send(.key(.tab))
        app.send(.key(.backTab))
        // ... unless an arrow key puts the cursor at its end first.
        app.send(.key(.right))
        app.type(" Haddad")
        #expect(app.form?.value("name") == "Noor Haddad")
    }

    @Test func ctrlUClearsAndCtrlWDeletesAWordInEveryTextField() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        for _ in 0..<5 { app.send(.key(.character("l"))) }
        app.send(.key(.character("c")))
        app.type("call the buyer  ")
        app.send(.key(.control("w")))
        #expect(app.form?.value("note") == "call the ")
        app.send(.key(.control("w")))
        #expect(app.form?.value("note") == "call ")
        app.send(.key(.control("u")))
        #expect(app.form?.value("note") == "")
    }

    @Test func aRefusalDisappearsAsSoonAsTheValueIsValid() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        for _ in 0..<5 { app.send(.key(.character("l"))) }
        app.send(.key(.character("w")))
        app.send(.key(.control("u")))
        app.type("ten")
        app.send(.key(.enter))
        #expect(app.form?.fields[0].error != nil)
        app.send(.key(.control("u")))
        app.type("1")
        #expect(app.form?.fields[0].error == nil)
        #expect(!app.render().text.contains("not an amount"))
    }

    @Test func aRefusalStaysWhileTheValueIsStillWrong() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        for _ in 0..<5 { app.send(.key(.character("l"))) }
        app.send(.key(.character("w")))
        app.send(.key(.control("u")))
        app.type("ten")
        app.send(.key(.enter))
        app.type("x")
        #expect(app.form?.fields[0].error != nil)
    }
}
