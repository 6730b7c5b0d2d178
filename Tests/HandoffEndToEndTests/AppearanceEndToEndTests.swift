import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Themes, colour, language, the filter and the mouse in a real terminal (tmux), as a person
/// meets them. Every wait polls for the expected screen with a generous deadline.
@Suite struct AppearanceEndToEndTests {
    func demo() throws -> TemporaryBoard {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        return board
    }

    @Test func aThemeALiveSwitchAndAFilter() throws {
        let board = try demo()
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path, "--as", "ana", "--theme", "light"])
        #expect(try session.waitFor(timeout: 20) { $0.contains("MARKETING") && $0.contains("leads") }.matched)
        // The light theme's muted grey is palette entry 243.
        let colours = try session.tmux(["capture-pane", "-p", "-e", "-t", "0"])
        #expect(colours.contains("38;5;243"), "no 256-colour grey in:\n\(colours.prefix(600))")

        try session.send(":")
        try session.type("theme projector")
        try session.send("Enter")
        let projector = try session.waitFor(timeout: 20) { $0.contains("Theme: projector") }
        #expect(projector.matched, "screen was:\n\(projector.screen)")
        // Wide projector columns: four across 120 cells, the rest scroll.
        #expect(projector.screen.split(separator: "\n")[2].hasSuffix("▶"))

        try session.send("/")
        try session.type("owner:ana")
        try session.send("Enter")
        let filtered = try session.waitFor(timeout: 20) { $0.contains("leads filtered: owner:ana") && $0.contains("filtered") }
        #expect(filtered.matched, "screen was:\n\(filtered.screen)")
        try session.send("Escape")
        #expect(try session.waitFor(timeout: 20) { $0.contains("Filter cleared") }.matched)
        try session.send("q")
        #expect(try session.waitUntilDead(timeout: 20))
    }

    @Test func noColorStaysReadableWithEmphasisAlone() throws {
        let board = try demo()
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path], environment: ["NO_COLOR": "1"])
        #expect(try session.waitFor(timeout: 20) { $0.contains("MARKETING") && $0.contains("leads") }.matched)
        let screen = try session.tmux(["capture-pane", "-p", "-e", "-t", "0"])
        // No foreground or background colour at all, but reverse video (the bars and the
        // selected card) and bold are there.
        let colourCodes = [
            "38;5;", "48;5;", "[31m", "[32m", "[33m", "[34m", "[35m", "[36m", ";31m", ";32m", ";33m", ";34m", ";35m", ";36m",
        ]
        for code in colourCodes { #expect(!screen.contains(code), "colour \(code) with NO_COLOR") }
        #expect(screen.contains("7m") && screen.contains("1m"))
        try session.send("q")
        #expect(try session.waitUntilDead(timeout: 20))
    }

    @Test func spanishWithoutASpanishLocaleStillRendersAccents() throws {
        let board = try demo()
        // es_ES.UTF-8 is not generated on most test machines: setlocale fails, the board must
        // still speak Spanish (read from LANG by hand) and draw UTF-8 (C.UTF-8 for characters).
        let session = try TmuxSession(
            command: [HandoffBinary.path, "--db", board.path, "--ascii"], width: 80, height: 24,
            environment: ["LANG": "es_ES.UTF-8"])
        let screen = try session.waitFor(timeout: 20) { $0.contains("1 Tablero") && $0.contains("TRASPASO") }
        #expect(screen.matched, "screen was:\n\(screen.screen)")
        #expect(screen.screen.contains("Verónica") || screen.screen.contains("Raúl") || screen.screen.contains("Muñiz"))
        #expect(!screen.screen.contains("│") && screen.screen.contains("|"))
        try session.send("q")
        #expect(try session.waitUntilDead(timeout: 20))
    }

    @Test func withTheMouseAClickOnATabSwitchesView() throws {
        let board = try demo()
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path, "--mouse"])
        #expect(try session.waitFor(timeout: 20) { $0.contains("MARKETING") && $0.contains("mouse") }.matched)
        // What a terminal sends for a left click on " 2 Inbox " (column 20, row 1, counted from 1).
        try session.type("\u{1B}[<0;20;1M")
        try session.type("\u{1B}[<0;20;1m")
        let inbox = try session.waitFor(timeout: 20) { $0.contains("INBOX") && $0.contains("waiting") }
        #expect(inbox.matched, "screen was:\n\(inbox.screen)")
        try session.send("q")
        #expect(try session.waitUntilDead(timeout: 20))
    }

    @Test func aBadThemeFileOpensWithTheDefaultAndSaysWhy() throws {
        let board = TemporaryBoard()
        try board.seedSmallBoard()
        let path = board.folder + "/broken.theme"
        try "layout = huge\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try HandoffBinary.run(["snapshot", "--db", board.path, "--theme", path, "--width", "200", "--height", "20"])
        #expect(result.status == 0)
        #expect(result.error == "handoff: \(path), line 1: unknown layout 'huge'; use standard or projector; using the default theme\n")
        #expect(result.output.contains("using the default theme") && result.output.contains("MARKETING"))
        let named = try HandoffBinary.run(
            ["snapshot", "--db", board.path, "--width", "200", "--height", "20"], environment: ["HANDOFF_THEME": "nope"])
        #expect(
            named.error.contains(
                "no theme 'nope'; themes: default, high-contrast, light, projector, solarized-dark; using the default theme"))
    }

    @Test func theLanguageFlagIsCheckedAndUsedBySnapshots() throws {
        let board = TemporaryBoard()
        try board.seedSmallBoard()
        let bad = try HandoffBinary.run(["snapshot", "--db", board.path, "--lang", "fr"])
        #expect(bad.status == 2)
        #expect(bad.error.hasPrefix("error: --lang takes en or es, not 'fr'"))
        let spanish = try HandoffBinary.run(
            ["snapshot", "--db", board.path, "--lang", "es", "--view", "inbox"], environment: ["LANG": "en_US.UTF-8"])
        #expect(spanish.status == 0)
        #expect(spanish.output.contains("BANDEJA") && spanish.output.contains("2 Bandeja"))
    }
}
