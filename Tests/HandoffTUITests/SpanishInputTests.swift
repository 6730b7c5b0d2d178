import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// What a Spanish speaker types into the board's forms is read the way they write it: amounts with
/// a decimal comma and a dot between thousands, dates day first as the screen shows them.
@Suite struct SpanishInputTests {
    func app(_ board: TemporaryBoard, as user: String = "ana") throws -> AppRuntime {
        AppRuntime(
            store: try board.seedInboxBoard(), actor: user, width: 160, height: 40, now: TemporaryBoard.now,
            options: AppOptions(strings: Strings(.spanish)))
    }

    func type(_ text: String, into app: AppRuntime) {
        for character in text { app.send(.key(.character(character))) }
    }

    func field(_ name: String, of app: AppRuntime) -> FormField? {
        guard case let .form(form) = app.state.overlay else { return nil }
        return form.fields.first { $0.name == name }
    }

    /// Selects Sarah O'Neill, in the Proposal column (the sixth), worth 18,500.
    func selectProposal(_ app: AppRuntime) {
        for _ in 0..<5 { app.send(.key(.character("l"))) }
    }

    @Test func theWonAmountIsReadWithADecimalComma() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        selectProposal(app)
        app.send(.key(.character("w")))
        for _ in 0..<5 { app.send(.key(.backspace)) }
        type("18.500,50", into: app)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil, "\(String(describing: field("amount", of: app)?.error))")
        #expect(try app.store.lead(id: 4)?.stage == "won" && app.store.lead(id: 4)?.value == 18_500.5)
        // Confirmed to the cent: whole units would say 18.501.
        #expect(app.state.status?.text == "Ganado Sarah O'Neill: 18.500,50 EUR")
    }

    @Test func aMistakenAmountIsAnsweredWithFormsThatAreAccepted() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        selectProposal(app)
        app.send(.key(.character("w")))
        for _ in 0..<5 { app.send(.key(.backspace)) }
        type("mucho", into: app)
        app.send(.key(.enter))
        #expect(field("amount", of: app)?.error == "'mucho' no es un importe; usa cifras, p. ej. 18500 o 18.500,50 o 18,5k")
        for _ in 0..<5 { app.send(.key(.backspace)) }
        type("19.500", into: app)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil, "\(String(describing: field("amount", of: app)?.error))")
        #expect(try app.store.lead(id: 4)?.value == 19_500)
    }

    /// The edit form shows the value as a Spanish speaker types it, so saving it unchanged works.
    @Test func theLeadsValueIsShownAndReadTheSpanishWay() throws {
        let board = TemporaryBoard()
        let app = try app(board, as: "elena")
        selectProposal(app)
        app.send(.key(.character("e")))
        for _ in 0..<6 { app.send(.key(.tab)) }
        for _ in 0..<5 { app.send(.key(.backspace)) }
        type("18,5k", into: app)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil, "\(String(describing: field("value", of: app)?.error))")
        #expect(try app.store.lead(id: 4)?.value == 18_500)
        app.send(.key(.character("e")))
        for _ in 0..<6 { app.send(.key(.tab)) }
        for _ in 0..<5 { app.send(.key(.backspace)) }
        type("1.234,56", into: app)
        app.send(.key(.enter))
        #expect(try app.store.lead(id: 4)?.value == 1_234.56)
        app.send(.key(.character("e")))
        #expect(field("value", of: app)?.value == "1234,56")
        app.send(.key(.enter))
        #expect(app.state.overlay == nil, "\(String(describing: field("value", of: app)?.error))")
        #expect(try app.store.lead(id: 4)?.value == 1_234.56)
    }

    /// `10/12/2026` is the tenth of December, as the screen writes dates in Spanish; ISO still works.
    @Test func aDueDateIsTypedDayFirst() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        selectProposal(app)
        app.send(.key(.character("c")))
        #expect(app.render().text.contains("DD/MM/AAAA"))
        type("Llamar por el contrato", into: app)
        app.send(.key(.tab))
        type("10/12/2026", into: app)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil, "\(String(describing: field("due", of: app)?.error))")
        #expect(app.state.status?.text == "Próximo paso para Sarah O'Neill, vence 10/12/2026")
        #expect(try app.store.notes(leadID: 4).first?.due == Timestamp.parse("2026-12-10T23:59:59Z"))
        app.send(.key(.character("c")))
        type("Y otra vez", into: app)
        app.send(.key(.tab))
        type("11/11/2026 09:30", into: app)
        app.send(.key(.enter))
        #expect(field("due", of: app)?.error == "11/11/2026 ya pasó; un próximo paso vence en el futuro")
        for _ in 0..<16 { app.send(.key(.backspace)) }
        type("2026-12-11 09:30", into: app)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil, "\(String(describing: field("due", of: app)?.error))")
        #expect(try app.store.notes(leadID: 4).first?.due == Timestamp.parse("2026-12-11T09:30:00Z"))
    }

    @Test func theDashboardsPeriodIsTypedAsItIsShown() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("4")))
        app.send(.key(.character("P")))
        // The form shows the period in force the way the screen writes dates.
        #expect(field("from", of: app)?.value == "22/10/2026" && field("until", of: app)?.value == "21/11/2026")
        app.send(.key(.backspace))
        for _ in 0..<10 { app.send(.key(.backspace)) }
        type("2/11/2026", into: app)
        app.send(.key(.tab))
        for _ in 0..<10 { app.send(.key(.backspace)) }
        type("09/11/2026", into: app)
        app.send(.key(.enter))
        #expect(
            app.state.overlay == nil,
            "\(String(describing: field("from", of: app)?.error)) \(String(describing: field("until", of: app)?.error))")
        #expect(
            app.state.dashboard.period
                == KPIPeriod(kind: .custom, start: Timestamp.parse("2026-11-02")!, end: Timestamp.parse("2026-11-09")!))
    }

    /// Undo and redo say what they reverted in one whole Spanish sentence, never a kind of event
    /// pasted into a frame ("Deshecho won de ...").
    @Test func undoAndRedoSayWhatTheyDidInWholeSentences() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        selectProposal(app)
        app.send(.key(.character("w")))
        app.send(.key(.enter))
        app.send(.key(.character("u")))
        #expect(app.state.status?.text == "Se deshizo el cierre de Sarah O'Neill como ganado; vuelve a Proposal (Ctrl-R lo rehace)")
        app.send(.key(.control("r")))
        #expect(app.state.status?.text == "Se rehízo el cierre de Sarah O'Neill como ganado; ahora en Won, customer")
        app.send(.key(.character("u")))
        app.send(.key(.character("H")))
        app.send(.key(.character("u")))
        #expect(
            app.state.status?.text == "Se deshizo el paso de Sarah O'Neill a Qualified (SQL); vuelve a Proposal (Ctrl-R lo rehace)",
            "\(String(describing: app.state.status))")
    }
}
