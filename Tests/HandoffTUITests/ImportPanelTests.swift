import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// `:import FILE` on the board: a preview first, the import only on a confirming key.
@Suite struct ImportPanelTests {
    func type(_ text: String, into app: AppRuntime) {
        for character in text { app.send(.key(.character(character))) }
    }

    func command(_ text: String, in app: AppRuntime) {
        app.send(.key(.character(":")))
        type(text, into: app)
        app.send(.key(.enter))
    }

    @Test func thePreviewShowsTheMappingAndFirstRowsAndEnterImports() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedSmallBoard(), actor: "ana", width: 160, height: 44, now: TemporaryBoard.now)
        command("import \(Fixtures.path("bom-crlf.csv"))", in: app)
        guard case let .importPanel(panel) = app.state.overlay else {
            Issue.record("no preview: \(String(describing: app.state.overlay))")
            return
        }
        #expect(panel.awaitsConfirmation && panel.preview.rows.count == 3 && panel.preview.problems.isEmpty)
        #expect(
            panel.preview.rows[1] == ["Tom Baker", "Brightwave, Ltd", "tom@brightwave.example", "mql", "12000.50", "", "2026-03-03", ""])
        let screen = app.render().text
        #expect(screen.contains("Import bom-crlf.csv (leads)") && screen.contains("id -> id") && screen.contains("García, Ana"))
        #expect(try app.store.leadCount() == 5)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil)
        #expect(app.state.status?.text == "Imported bom-crlf.csv: 3 leads created, 0 updated, 0 unchanged")
        #expect(try app.store.leadCount() == 8)
        #expect(app.state.totalLeads == 8)
    }

    /// The loop is held while an import runs: the panel is drawn at once with each report of
    /// progress, so a large file never looks frozen.
    @Test func aRunningImportDrawsItsProgress() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedSmallBoard(), actor: "ana", width: 160, height: 44, now: TemporaryBoard.now)
        var frames: [String] = []
        app.drawFrame = { frames.append($0.text) }
        command("import \(Fixtures.path("bom-crlf.csv"))", in: app)
        #expect(frames.isEmpty)
        app.send(.key(.enter))
        // Before the first row, and once every row is read (then the indexes and totals follow).
        #expect(frames.count == 2)
        #expect(frames.first?.contains("Importing: 0 rows, 0% of the file, 0 rows/s") == true)
        #expect(frames.last?.contains("Importing: 3 rows, 100% of the file") == true)
        #expect(app.state.overlay == nil)
        #expect(try app.store.leadCount() == 8)
        // A report of progress on its own, as a large file sends them: rows per second from the clock.
        command("import \(Fixtures.path("bom-crlf.csv"))", in: app)
        app.send(.importProgress(ImportProgress(rows: 16_384, bytes: 40, totalBytes: 100, seconds: 2)))
        #expect(app.render().text.contains("Importing: 16,384 rows, 40% of the file, 8,192 rows/s"))
    }

    /// The panel's counts are written the person's way: Spanish groups with a dot.
    @Test func theProgressAndTheFileSizeAreGroupedInSpanish() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(
            store: try board.seedSmallBoard(), actor: "ana", width: 160, height: 44, now: TemporaryBoard.now,
            options: AppOptions(strings: Strings(.spanish)))
        let file = board.folder + "/leads.csv"
        let rows = (1...400).map { "Lead \($0),Company \($0),lead\($0)@example.com" }
        try (["name,company,email"] + rows).joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int)
        command("import \(file)", in: app)
        #expect(app.render().text.contains("\(Strings(.spanish).integer(size)) bytes") && size >= 10_000)
        app.send(.importProgress(ImportProgress(rows: 16_384, bytes: 40, totalBytes: 100, seconds: 2)))
        #expect(app.render().text.contains("Importando: 16.384 filas, 40 % del fichero, 8192 filas/s"))
    }

    @Test func escapeCancelsAndARefusedImportShowsWhy() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedSmallBoard(), actor: "ana", width: 160, height: 44, now: TemporaryBoard.now)
        command("import \(Fixtures.path("duplicate-ids.csv"))", in: app)
        app.send(.key(.escape))
        #expect(app.state.overlay == nil)
        command("import \(Fixtures.path("duplicate-ids.csv"))", in: app)
        app.send(.key(.character("y")))
        guard case let .importPanel(panel) = app.state.overlay else {
            Issue.record("the panel closed")
            return
        }
        #expect(panel.report?.refused == true && !panel.awaitsConfirmation)
        #expect(app.render().text.contains("row 4: id 901 is also on row 2; each lead once per file"))
        #expect(app.state.status?.text == "Nothing was imported: 2 rows cannot be imported")
        // Confirming again does nothing: the report is not a preview.
        app.send(.key(.enter))
        #expect(try app.store.leadCount() == 5)
    }

    @Test func badOptionsKeepTheCommandLineOpenWithTheReason() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedSmallBoard(), actor: "ana", width: 160, height: 44, now: TemporaryBoard.now)
        func error() -> String? {
            if case let .prompt(prompt) = app.state.overlay { return prompt.error }
            return nil
        }
        command("import", in: app)
        #expect(error() == "'import' needs FILE; e.g. import leads.csv --stage-map Won=won")
        app.send(.key(.escape))
        command("import x.csv --colour red", in: app)
        #expect(error() == "unknown option '--colour' for 'import'; e.g. import leads.csv --stage-map Won=won")
        app.send(.key(.escape))
        command("import x.csv --kind people", in: app)
        #expect(error() == "--kind must be leads, deals, campaigns, members, accounts, insights, content, activity, not 'people'")
    }

    @Test func thePanelsKeysAreInTheKeyMapThatHelpIsMadeFrom() {
        let keys = KeyMap.standard.bindings(in: .importPanel).map {
            "\($0.keys.map(\.label).joined(separator: " ")): \(Strings.english($0.summary))"
        }
        #expect(keys == ["k ↑: scroll up", "j ↓: scroll down", "Enter y: import the file the preview shows", "Esc q: close"])
        #expect(KeyMap.standard.action(for: .character("1"), in: .importPanel) == nil)
    }

    @Test func thePanelSpeaksSpanish() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(
            store: try board.seedSmallBoard(), actor: "ana", width: 160, height: 44, now: TemporaryBoard.now,
            options: AppOptions(strings: Strings(.spanish)))
        command("import \(Fixtures.path("tab.tsv"))", in: app)
        let screen = app.render().text
        #expect(
            screen.contains("Importar tab.tsv (leads)") && screen.contains("Primeras filas tal como se guardarán")
                && screen.contains("campos separados por 'tab'"))
        #expect(screen.contains("Intro o y importa"))
    }
}
