import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Every view drawn in Spanish: Spanish words where the English ones were, and no English text of
/// the tables left on screen.
@Suite struct SpanishRenderTests {
    func app(_ board: TemporaryBoard, language: Language = .spanish, width: Int = 140, height: Int = 40) throws -> AppRuntime {
        // Elena is the admin, so every form opens: a new lead (marketing's) and a rejection (sales').
        AppRuntime(
            store: try board.seedInboxBoard(), actor: "elena", width: width, height: height, now: TemporaryBoard.now,
            options: AppOptions(strings: Strings(language)))
    }

    /// Every screen a person meets, as text: board, filtered board, inbox with feedback, the whole
    /// help (scrolled page by page), a lead's detail, forms, the palette, the : line, a tiny terminal.
    func screens(_ app: AppRuntime) -> [String] {
        var screens = [app.render().text]
        func key(_ key: Key) { app.send(.key(key)) }
        func type(_ text: String) { for character in text { key(.character(character)) } }
        key(.character("?"))
        for _ in 0..<12 {
            screens.append(app.render().text)
            for _ in 0..<30 { key(.character("j")) }
        }
        key(.escape)
        key(.character("l"))
        key(.character("l"))
        key(.enter)
        screens.append(app.render().text)
        key(.escape)
        key(.character("n"))
        screens.append(app.render().text)
        key(.escape)
        key(.character("x"))
        key(.enter)
        screens.append(app.render().text)
        key(.escape)
        key(.control("p"))
        screens.append(app.render().text)
        type("acep")
        screens.append(app.render().text)
        key(.escape)
        key(.character(":"))
        type("mo")
        key(.tab)
        key(.tab)
        screens.append(app.render().text)
        key(.escape)
        key(.character(":"))
        type("frob")
        key(.enter)
        screens.append(app.render().text)
        key(.escape)
        key(.character("/"))
        type("owner:ana")
        key(.enter)
        screens.append(app.render().text)
        key(.character("2"))
        screens.append(app.render().text)
        key(.escape)
        screens.append(app.render().text)
        app.send(.resized(width: 30, height: 8))
        screens.append(app.render().text)
        return screens
    }

    @Test func everyViewSpeaksSpanish() throws {
        let board = TemporaryBoard()
        let all = screens(try app(board)).joined(separator: "\n")
        for phrase in [
            "1 Tablero", "2 Bandeja", "? ayuda  q salir", "TRASPASO", "VENTAS", "RESULTADO", "BANDEJA  3 en espera",
            "RESPUESTA PARA MARKETING", "últimos 30 días", "Teclas", "En todas partes", "Órdenes de la línea :",
            "Cronología", "Nuevo lead", "Responsable", "Rechazar Íñigo Muñoz: ¿por qué?", "elige un motivo con ← →",
            "Acciones", "aceptar: el lead", "Tab completa", "orden desconocida 'frob'", "de 7 leads filtrados: owner:ana",
            "filtrado", "Filtro quitado", "Terminal demasiado pequeña", "hace 3d", "quedan 5h 00m", "2h 00m tarde",
        ] {
            #expect(all.contains(phrase), "missing: \(phrase)")
        }
    }

    /// The literal parts of every English text that Spanish says differently: none may be on a
    /// Spanish screen. Short fragments (under eight characters) are left out, and so are words that
    /// are data or syntax rather than text: stage titles ("Accepted (SAL)" is the board's data,
    /// named in English here) and the filter's field names (`campaign:`).
    @Test func noEnglishTextIsLeftOnASpanishScreen() throws {
        let board = TemporaryBoard()
        let spanishApp = try app(board)
        let data = spanishApp.state.pipeline.stages.map(\.title) + LeadFilter.keys
        let all = screens(spanishApp).joined(separator: "\n")
        let leftovers = UntranslatedText.fragments(on: all, ignoring: data)
        #expect(leftovers.isEmpty, "\(leftovers)")
        // And the check can fail: the same screens in English are full of those texts.
        let englishScreens = screens(try app(TemporaryBoard(), language: .english)).joined(separator: "\n")
        #expect(englishScreens.contains("Timeline: history, notes and next steps") && englishScreens.contains("FEEDBACK FOR MARKETING"))
    }

    /// Help lists every key and command with its whole summary (nothing cut with "…") in both
    /// languages, so a translation never outgrows the panel unnoticed.
    @Test func helpShowsEverySummaryWholeInBothLanguages() throws {
        for language in Language.allCases {
            let board = TemporaryBoard()
            let app = try app(board, language: language, width: 120, height: 300)
            app.send(.key(.character("?")))
            // The panel's text, lines joined and runs of spaces closed up, so wrapped summaries read whole.
            let panel = app.render().lines.map { String($0.dropFirst(20).prefix(80)) }
            #expect(!panel.contains { $0.contains("…") }, "\(language): a help line was cut")
            let text = panel.joined(separator: " ").split(separator: " ").joined(separator: " ")
            let strings = Strings(language)
            func whole(_ summary: String) -> String { summary.split(separator: " ").joined(separator: " ") }
            for binding in KeyMap.standard.bindings {
                #expect(text.contains(whole(strings(binding.summary))), "\(language): \(strings(binding.summary))")
            }
            for command in AppState.lineCommands {
                #expect(
                    text.contains(":" + command.usage(strings)) && text.contains(whole(strings(command.summary))),
                    "\(language): \(command.name)")
            }
        }
    }

    @Test func spanishNumbersOnTheBoard() throws {
        let board = TemporaryBoard()
        let app = try app(board, width: 160)
        let lines = app.render().lines
        #expect(lines[3].contains("1 · 18,5k"))
        #expect(app.render().text.contains("80 18,5k ana 5d"))
    }

    /// Keys are named in the language of the board, in help and in the palette: `Intro`, `Espacio`,
    /// `Mayús-Tab` in Spanish; `Enter`, `Space`, `Shift-Tab` in English.
    @Test func keyNamesFollowTheLanguage() throws {
        for (language, named, foreign) in [
            (Language.spanish, ["Intro", "Espacio", "Mayús-Tab", "Ctrl-P"], ["Enter", "Space", "Shift-Tab"]),
            (Language.english, ["Enter", "Space", "Shift-Tab", "Ctrl-P"], ["Intro", "Espacio", "Mayús-Tab"]),
        ] {
            let app = try app(TemporaryBoard(), language: language, width: 120, height: 200)
            app.send(.key(.character("?")))
            let help = app.render().lines.map { String($0.prefix(40)) }.joined(separator: "\n")
            for name in named { #expect(help.contains(name), "\(language) help: no \(name)") }
            for name in foreign { #expect(!help.contains(name), "\(language) help: \(name)") }
            app.send(.key(.escape))
            app.send(.key(.control("p")))
            for character in "deta" { app.send(.key(.character(character))) }
            #expect(app.render().text.contains(language == .spanish ? "Intro" : "Enter"), "\(language) palette")
        }
        #expect(Key.enter.label(Strings(.spanish)) == "Intro" && Key.control("r").label(Strings(.spanish)) == "Ctrl-R")
        #expect(Key.character(" ").label == "Space" && Key.pageDown.label(Strings(.spanish)) == "AvPág")
    }

    /// Counts of one are said in the singular: one overdue handoff, one lead waiting in the board.
    @Test func oneOfAnythingIsSaidInTheSingular() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("2")))
        let header = app.render().line(1)
        #expect(header.contains("1 vencido") && !header.contains("1 vencidos"), "\(header)")
        app.send(.key(.character("v")))
        #expect(app.render().text.contains("1 marcado (v): a o x lo responde"))
    }
}
