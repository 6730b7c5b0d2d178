import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The `:` line: commands from the table, Tab completion, Up/Down history.
@Suite struct CommandPromptTests {
    func app(_ board: TemporaryBoard) throws -> AppRuntime {
        AppRuntime(
            store: try board.seedInboxBoard(), actor: "ben", width: 140, height: 30, now: TemporaryBoard.now,
            options: AppOptions(themes: ThemeCatalog(folder: Repository.themes)))
    }

    func type(_ text: String, into app: AppRuntime) {
        for character in text { app.send(.key(.character(character))) }
    }

    var prompt: (AppRuntime) -> PromptState? = { app in
        if case let .prompt(prompt) = app.state.overlay { return prompt }
        return nil
    }

    @Test func completionOffersCommandsThenTheirArguments() {
        let stages = Pipeline.standard.stages.map(\.id)
        let command = Completion(
            kind: .command, commands: AppState.lineCommands, stages: stages, themes: ["default", "light", "projector"],
            owners: ["ana", "ben"], sources: ["webinar", "fair"], campaigns: ["spring"])
        #expect(command.candidates(for: "").candidates == ["goto", "move", "filter", "theme", "lang", "mouse", "import", "help", "quit"])
        #expect(command.candidates(for: "m").candidates == ["move", "mouse"])
        #expect(command.candidates(for: "move ").candidates == stages)
        #expect(command.candidates(for: "move PRO").candidates == ["proposal"])
        #expect(command.candidates(for: "move proposal ").candidates == [])
        #expect(command.candidates(for: "theme p").candidates == ["projector"])
        #expect(command.candidates(for: "lang ").candidates == ["en", "es"])
        #expect(command.candidates(for: "mouse o").candidates == ["on", "off"])
        #expect(command.candidates(for: "goto 1").candidates == [])
        #expect(command.candidates(for: "frob x").candidates == [])
        let filter = Completion(kind: .filter, commands: [], owners: ["ana", "ben"], sources: ["webinar", "fair"], campaigns: ["spring"])
        #expect(filter.candidates(for: "acme s").candidates == ["source:", "score:", "stale"])
        #expect(filter.candidates(for: "owner:").candidates == ["owner:me", "owner:none", "owner:ana", "owner:ben"])
        #expect(filter.candidates(for: "stale source:W").candidates == ["source:webinar"])
        #expect(filter.candidates(for: "stale source:W").base == "stale ")
        #expect(filter.candidates(for: "score:>").candidates == ["score:>50", "score:>=80"])
        // `:filter` completes its words as `/` does.
        #expect(command.candidates(for: "filter stale camp").candidates == ["campaign:"])
    }

    @Test func tabFillsTheCommonStartThenCyclesThroughTheCandidates() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character(":")))
        type("mo", into: app)
        app.send(.key(.tab))
        // move and mouse share "mo": nothing to add, so Tab starts cycling.
        #expect(prompt(app)?.text == "move")
        #expect(prompt(app)?.candidates == ["move", "mouse"])
        app.send(.key(.tab))
        #expect(prompt(app)?.text == "mouse")
        app.send(.key(.backTab))
        #expect(prompt(app)?.text == "move")
        #expect(app.render().lines[27].contains("move  mouse"))
        type(" pr", into: app)
        app.send(.key(.tab))
        #expect(prompt(app)?.text == "move proposal ")
        #expect(prompt(app)?.candidates == [])
        app.send(.key(.control("u")))
        type("th", into: app)
        app.send(.key(.tab))
        #expect(prompt(app)?.text == "theme ")
        type("so", into: app)
        app.send(.key(.tab))
        #expect(prompt(app)?.text == "theme solarized-dark ")
        app.send(.key(.escape))
        #expect(app.state.overlay == nil)
        // The leads' sources are read when the line opens, for `source:`.
        app.send(.key(.character("/")))
        type("source:w", into: app)
        app.send(.key(.tab))
        #expect(prompt(app)?.text == "source:webinar ")
        #expect(app.state.reference.sources == ["fair", "webinar"])
    }

    @Test func upAndDownWalkTheHistoryAndGiveBackTheLineBeingTyped() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        for line in ["goto 4", "goto 4", "goto 1"] {
            app.send(.key(.character(":")))
            type(line, into: app)
            app.send(.key(.enter))
        }
        #expect(app.state.history[.command] == ["goto 4", "goto 1"])
        app.send(.key(.character(":")))
        type("go", into: app)
        app.send(.key(.up))
        #expect(prompt(app)?.text == "goto 1")
        app.send(.key(.up))
        #expect(prompt(app)?.text == "goto 4")
        app.send(.key(.up))
        #expect(prompt(app)?.text == "goto 4")
        app.send(.key(.down))
        #expect(prompt(app)?.text == "goto 1")
        app.send(.key(.down))
        #expect(prompt(app)?.text == "go")
        app.send(.key(.escape))
        // The filter line keeps a history of its own.
        app.send(.key(.character("/")))
        app.send(.key(.up))
        #expect(prompt(app)?.text == "")
    }

    @Test func commandsAreRefusedWithTheReasonAndTheLineStaysOpen() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        for (line, message) in [
            ("frob", "unknown command 'frob'; commands: goto, move, filter, theme, lang, mouse, import, help, quit"),
            ("quit now", "quit takes nothing after it"), ("lang fr", "lang takes en or es"),
            ("mouse maybe", "mouse takes on or off"),
            (
                "move",
                "move takes a stage id: lead, nurture, mql, sal, sql, proposal, negotiation, won, lost, onboarding, active, at_risk, churned"
            ),
            (
                "move closing",
                "unknown stage 'closing'; stages: lead, nurture, mql, sal, sql, proposal, negotiation, won, lost, onboarding, active, at_risk, churned"
            ),
            ("filter score:high", "score:high is not a score range; try score:>60, score:<=40 or score:40-80"),
        ] {
            app.send(.key(.character(":")))
            type(line, into: app)
            app.send(.key(.enter))
            #expect(prompt(app)?.error == message, "\(line)")
            #expect(prompt(app)?.text == line)
            app.send(.key(.escape))
        }
        #expect(!app.state.shouldQuit)
    }

    @Test func settingsChangeLive() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        func run(_ line: String) {
            app.send(.key(.character(":")))
            type(line, into: app)
            app.send(.key(.enter))
        }
        run("lang es")
        #expect(app.state.strings.language == .spanish)
        #expect(app.state.status?.text == "Idioma: español")
        #expect(app.render().lines[0].contains("1 Tablero"))
        run("lang en")
        run("mouse on")
        #expect(app.state.mouseEnabled)
        #expect(app.render().lines[29].hasSuffix("mouse "))
        run("theme projector")
        #expect(app.state.theme.name == "projector" && app.state.theme.layout == .projector)
        #expect(app.state.status?.text == "Theme: projector · Projector in a bright room: large, bold, very high contrast")
        // The projector's taller cards: the columns were fetched again for the new layout.
        #expect(app.state.cardsPerColumn == 4)
        run("theme nope")
        #expect(app.state.theme.name == "projector")
        #expect(
            app.state.status
                == StatusMessage("no theme 'nope'; themes: default, high-contrast, light, projector, solarized-dark", tone: .error))
        run("filter owner:ana")
        #expect(app.state.filter?.owner == .login("ana"))
        run("filter")
        #expect(app.state.filter == nil)
        run("help")
        #expect(app.state.overlay == .help(scroll: 0))
    }
}
