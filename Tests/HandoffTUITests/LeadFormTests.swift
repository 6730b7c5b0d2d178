import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The forms for won, lost, notes and the lead itself, the stale flag, "mine", undo and redo.
@Suite struct LeadFormTests {
    func app(_ board: TemporaryBoard, as user: String = "ana") throws -> AppRuntime {
        AppRuntime(store: try board.seedInboxBoard(), actor: user, width: 160, height: 40, now: TemporaryBoard.now)
    }

    func type(_ text: String, into app: AppRuntime) {
        for character in text { app.send(.key(.character(character))) }
    }

    func field(_ name: String, of app: AppRuntime) -> FormField? {
        guard case let .form(form) = app.state.overlay else { return nil }
        return form.fields.first { $0.name == name }
    }

    /// Selects Sarah O'Neill, in the Proposal column (the sixth).
    func selectProposal(_ app: AppRuntime) {
        for _ in 0..<5 { app.send(.key(.character("l"))) }
    }

    @Test func theLeadFormRefusesEachBadFieldBesideItAndSavesNothing() throws {
        let board = TemporaryBoard()
        // Marketing creates leads.
        let app = try app(board, as: "marta")
        let leads = try app.store.leadCount()
        app.send(.key(.character("n")))
        app.send(.key(.tab))
        type("Cedar Labs", into: app)
        app.send(.key(.tab))
        type("nadia@", into: app)
        for _ in 0..<3 { app.send(.key(.tab)) }
        type("autumn", into: app)
        app.send(.key(.tab))
        type("-40", into: app)
        app.send(.key(.enter))
        let text = app.render().text
        #expect(text.contains("a lead needs a name"))
        #expect(text.contains("'nadia@' is not an email address (name@example.com)"))
        #expect(text.contains("unknown campaign 'autumn'; e.g. fair, spring"))
        #expect(text.contains("the amount cannot be negative"))
        // The focus goes to the first field to fix, and what was typed is kept.
        guard case let .form(form) = app.state.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(form.fields[form.focus].name == "name")
        #expect(form.value("company") == "Cedar Labs")
        #expect(try app.store.leadCount() == leads)

        type("Nadia Haddad", into: app)
        app.send(.key(.tab))
        app.send(.key(.tab))
        // Tab selects the email typed before; an arrow keeps it, to add to it.
        app.send(.key(.right))
        type("cedar.example", into: app)
        for _ in 0..<3 { app.send(.key(.tab)) }
        for _ in 0..<6 { app.send(.key(.backspace)) }
        type("spring", into: app)
        app.send(.key(.tab))
        for _ in 0..<3 { app.send(.key(.backspace)) }
        type("9000", into: app)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil)
        #expect(app.state.status?.text == "Created Nadia Haddad in New lead")
        let created = try #require(try app.store.page(stage: "lead", after: nil, limit: 1).first)
        #expect(
            created.name == "Nadia Haddad" && created.email == "nadia@cedar.example" && created.campaign == "spring"
                && created.value == 9_000)
    }

    @Test func editingPrefillsTheLeadAndRecordsWhatChanged() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        selectProposal(app)
        app.send(.key(.character("e")))
        #expect(field("name", of: app)?.value == "Sarah O'Neill")
        #expect(field("value", of: app)?.value == "18500")
        #expect(field("owner", of: app)?.value == "ana")
        for _ in 0..<6 { app.send(.key(.tab)) }
        for _ in 0..<5 { app.send(.key(.backspace)) }
        type("19750", into: app)
        app.send(.key(.enter))
        #expect(app.state.status?.text == "Saved Sarah O'Neill")
        let event = try #require(try app.store.events(leadID: 4).first)
        #expect(event.kind == "edited" && event.detail == "changed value")
        #expect(try app.store.lead(id: 4)?.value == 19_750)
    }

    @Test func wonAsksForAValidAmountAndUndoBringsTheDealBack() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        selectProposal(app)
        app.send(.key(.character("w")))
        #expect(app.render().text.contains("Amount (EUR)"))
        for _ in 0..<5 { app.send(.key(.backspace)) }
        type("lots", into: app)
        app.send(.key(.enter))
        #expect(field("amount", of: app)?.error == "'lots' is not an amount; use digits, e.g. 18500 or 18,500.50 or 18.5k")
        for _ in 0..<4 { app.send(.key(.backspace)) }
        type("21.5k", into: app)
        app.send(.key(.enter))
        #expect(app.state.status?.text == "Won Sarah O'Neill: 21,500 EUR")
        #expect(try app.store.lead(id: 4)?.stage == "won")
        #expect(app.state.columns[app.state.selectedColumn].stage.id == "won")

        app.send(.key(.character("u")))
        #expect(app.state.status?.text == "Undone: the close of Sarah O'Neill as won; back in Proposal (Ctrl-R redoes it)")
        #expect(try app.store.lead(id: 4)?.stage == "proposal" && app.store.lead(id: 4)?.value == 18_500)
        app.send(.key(.control("r")))
        #expect(app.state.status?.text == "Redone: the close of Sarah O'Neill as won; now in Won, customer")
        #expect(try app.store.lead(id: 4)?.value == 21_500)
        app.send(.key(.control("r")))
        #expect(app.state.status?.tone == .error)
        #expect(app.state.status?.text == "nothing to redo: ana has undone nothing since their last change")
    }

    /// A rep moving a deal back out of sales is told that, not that they may not hand leads off.
    @Test func movingADealBackIsRefusedNamingTheMove() throws {
        for (language, refusal) in [
            (
                Language.english,
                "Ana López (ana, sales) may not move leads back from the sales stages into the handoff stage; marketing and admin may. Nothing was changed."
            ),
            (
                .spanish,
                "Ana López (ana, sales) no puede devolver leads de las etapas de ventas a la etapa de traspaso; pueden: marketing y admin. No se cambió nada."
            ),
        ] {
            let board = TemporaryBoard()
            let app = AppRuntime(
                store: try board.seedInboxBoard(), actor: "ana", width: 160, height: 40, now: TemporaryBoard.now,
                options: AppOptions(strings: Strings(language)))
            selectProposal(app)
            app.send(.key(.character(":")))
            type("move mql", into: app)
            app.send(.key(.enter))
            #expect(app.render().text.contains(refusal), "\(language)")
            #expect(try app.store.lead(id: 4)?.stage == "proposal")
        }
    }

    @Test func lostNeedsAReasonFromTheList() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        selectProposal(app)
        app.send(.key(.character("o")))
        app.send(.key(.enter))
        #expect(field("reason", of: app)?.error == "choose a reason with ← →")
        type("t", into: app)
        #expect(field("reason", of: app)?.value == "timing")
        app.send(.key(.enter))
        #expect(try app.store.lead(id: 4)?.lostReason == "timing")
        #expect(app.state.status?.text == "Lost Sarah O'Neill (timing)")
    }

    @Test func notesAndNextStepsJoinTheTimeline() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        selectProposal(app)
        app.send(.key(.character("c")))
        type("Sent the revised proposal", into: app)
        app.send(.key(.enter))
        app.send(.key(.character("c")))
        type("Call about the contract", into: app)
        app.send(.key(.tab))
        type("2026-11-19", into: app)
        app.send(.key(.enter))
        #expect(field("due", of: app)?.error == "2026-11-19 has passed; a next step is due in the future")
        for _ in 0..<2 { app.send(.key(.backspace)) }
        type("25", into: app)
        app.send(.key(.enter))
        #expect(app.state.status?.text == "Next step for Sarah O'Neill, due 2026-11-25")
        app.send(.key(.enter))
        let lines = app.render().lines
        let timeline = try #require(lines.firstIndex { $0.contains("Timeline: history, notes and next steps (newest first)") })
        #expect(lines[timeline + 1].contains("2026-11-20 12:00  ana        next step       due 2026-11-25 23:59: Call about the contract"))
        #expect(lines[timeline + 2].contains("2026-11-20 12:00  ana        note            Sent the revised proposal"))
        #expect(lines[timeline + 3].contains("seed       created         → proposal"))
        #expect(app.render().text.contains("Next step     due 2026-11-25 23:59"))
    }

    @Test func staleCardsAreFlaggedUnlessANextStepIsPlanned() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        // Sarah has sat 20 days in Proposal, which allows 14.
        try store.connection.execute("UPDATE leads SET entered_at = entered_at - 15 * 86400 WHERE id = 4")
        let app = AppRuntime(store: store, actor: "ana", width: 160, height: 40, now: TemporaryBoard.now)
        var buffer = app.render()
        let line = try #require((0..<buffer.height).first { buffer.line($0).contains("80 18.5k ana 20d!") })
        let x = buffer.line(line).distance(from: buffer.line(line).startIndex, to: buffer.line(line).range(of: "20d!")!.lowerBound)
        #expect(buffer[x, line].style.role == .danger)
        // "mine": ana looks at her own card.
        #expect(buffer[x - 4, line].style == Style(.accent, bold: true))

        // Another terminal plans a next step: the flag goes at the next poll.
        try board.open().apply(
            .note(leadID: 4, body: "Waiting for their board meeting", due: TemporaryBoard.now + 5 * 86_400),
            actor: "ana", at: TemporaryBoard.now - 60)
        #expect(app.pollForChanges(now: TemporaryBoard.now))
        buffer = app.render()
        #expect(buffer.line(line).contains("80 18.5k ana 20d "))
        #expect(buffer[x, line].style.role == .normal)
    }
}
