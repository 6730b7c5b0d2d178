import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The dashboard as a person uses it on the KPI board: a custom week, stepping back, the formula
/// of a figure, sorting, and the ASCII glyphs, asserted on the rendered buffer.
@Suite struct DashboardViewTests {
    func app(_ board: TemporaryBoard, width: Int = 140, height: Int = 60) throws -> AppRuntime {
        let app = AppRuntime(store: try board.seedKPIBoard(), actor: "ana", width: width, height: height, now: TemporaryBoard.now)
        app.send(.key(.character("4")))
        return app
    }

    func type(_ text: String, into app: AppRuntime) {
        for character in text { app.send(.key(.character(character))) }
    }

    /// The week of the KPI board, typed into the custom period form.
    func showKPIWeek(_ app: AppRuntime) {
        app.send(.key(.character("P")))
        app.send(.key(.backspace))
        for _ in 0..<10 { app.send(.key(.backspace)) }
        type("2026-11-02", into: app)
        app.send(.key(.tab))
        for _ in 0..<10 { app.send(.key(.backspace)) }
        type("2026-11-09", into: app)
        app.send(.key(.enter))
    }

    func line(containing text: String, in buffer: ScreenBuffer) -> String? {
        buffer.lines.first { $0.contains(text) }
    }

    /// A figure's row on the left column: name, now, before and change, split on runs of spaces.
    func figure(_ name: String, in buffer: ScreenBuffer, column: Int = 0) -> [String]? {
        guard let row = line(containing: " " + name + " ", in: buffer) else { return nil }
        let separator = row.firstIndex(of: "│") ?? row.endIndex
        let part = column == 0 ? String(row[..<separator]) : String(row[row.index(after: separator)...])
        return part.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func theDefaultPeriodIsTheLast30DaysComparedWithThe30Before() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        let buffer = app.render()
        #expect(buffer.line(0).contains("4 Dashboard"))
        #expect(
            buffer.line(1).hasPrefix(
                " DASHBOARD  30 days to 2026-11-20: 2026-10-22 – 2026-11-20 · vs 2026-09-22 – 2026-10-21 · scoring none"))
        // Everything on the board happened in those 30 days but lead 8's creation... which too.
        #expect(figure("Leads created", in: buffer) == ["Leads created", "8", "0", "n/a"])
    }

    @Test func aCustomWeekShowsTheHandComputedFiguresBesideTheWeekBefore() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        showKPIWeek(app)
        #expect(app.state.overlay == nil)
        let buffer = app.render()
        #expect(buffer.line(1).contains("7 days: 2026-11-02 – 2026-11-08 · vs 2026-10-26 – 2026-11-01"))
        #expect(figure("Leads created", in: buffer) == ["Leads created", "5", "2", "+150%"])
        #expect(figure("MQLs", in: buffer) == ["MQLs", "5", "1", "+400%"])
        #expect(figure("Acceptance rate", in: buffer) == ["Acceptance rate", "50%", "100%", "-50 pts"])
        #expect(figure("SLA compliance", in: buffer) == ["SLA compliance", "60%", "100%", "-40 pts"])
        #expect(figure("Median response", in: buffer) == ["Median response", "12.5 h", "1 h", "+1,150%"])
        #expect(figure("Win rate", in: buffer, column: 1) == ["Win rate", "66.7%", "n/a", "n/a"])
        #expect(figure("Revenue won", in: buffer, column: 1) == ["Revenue won", "30,000", "0", "n/a"])
        #expect(figure("Open pipeline", in: buffer, column: 1) == ["Open pipeline", "8,000", "(now)"])
        #expect(figure("Median sales cycle", in: buffer, column: 1) == ["Median sales cycle", "6.5 d", "n/a", "n/a"])
        // A good change is green, a bad one red (the first figure is the selected one, reversed).
        let leads = try #require(buffer.lines.firstIndex { $0.contains(" Leads created ") })
        let mqls = try #require(buffer.lines.firstIndex { $0.contains(" MQLs ") })
        let acceptance = try #require(buffer.lines.firstIndex { $0.contains(" Acceptance rate ") })
        let changeColumn = try #require(buffer.line(mqls).range(of: "+400%")).lowerBound.utf16Offset(in: buffer.line(mqls))
        #expect(buffer[changeColumn, leads].style == Style(.selected, bold: true, reverse: true))
        #expect(buffer[changeColumn, mqls].style.role == .success)
        #expect(buffer[changeColumn, acceptance].style.role == .danger)
        // Bars, funnel and the tables.
        #expect(line(containing: " web ", in: buffer)?.contains("3 ███") == true)
        #expect(line(containing: "Became MQL", in: buffer)?.contains("4  80%") == true)
        let reps = try #require(buffer.lines.firstIndex { $0.contains("REPS") })
        #expect(
            buffer.line(reps + 2).contains("Ana López") && buffer.line(reps + 2).contains("30,000") && buffer.line(reps + 2).contains("2 h")
        )
    }

    @Test func bracketsStepThePeriodAndAllTimeHasNoNeighbours() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        showKPIWeek(app)
        app.send(.key(.character("[")))
        var buffer = app.render()
        #expect(buffer.line(1).contains("7 days: 2026-10-26 – 2026-11-01 · vs 2026-10-19 – 2026-10-25"))
        #expect(figure("Leads created", in: buffer) == ["Leads created", "2", "0", "n/a"])
        app.send(.key(.character("]")))
        app.send(.key(.character("]")))
        buffer = app.render()
        #expect(buffer.line(1).contains("2026-11-09 – 2026-11-15"))
        #expect(figure("Leads created", in: buffer) == ["Leads created", "0", "5", "-100%"])
        // p cycles the presets: ... all time.
        for _ in 0..<7 { app.send(.key(.character("p"))) }
        #expect(app.state.dashboard.period == .allTime)
        buffer = app.render()
        #expect(figure("Leads created", in: buffer) == ["Leads created", "8"])
        app.send(.key(.character("]")))
        #expect(app.state.status?.text == "all time has no period before or after it; p picks another period")
    }

    @Test func questionMarkExplainsTheSelectedFigureWithTheScoringVersion() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        showKPIWeek(app)
        for _ in 0..<11 { app.send(.key(.character("j"))) }
        #expect(app.state.dashboard.selectedID == "acceptance_rate")
        try app.store.connection.execute(
            """
            INSERT INTO scoring_versions(id, at, author, comment, definition) VALUES (3, 0, 'lucia', 'fit first', 'threshold 60');
            """)
        // Stepping away and back reads the figures again, with the new version.
        app.send(.key(.character("]")))
        app.send(.key(.character("[")))
        #expect(app.render().line(1).contains("scoring v3"))
        app.send(.key(.character("?")))
        let text = app.render().text
        #expect(text.contains("How Acceptance rate is computed"))
        #expect(text.contains("Acceptance rate = accepted / (accepted + rejected) handoffs."))
        #expect(text.contains("This period: 50% = 2 / (2 + 2)."))
        #expect(text.contains("Scoring version in force: v3."))
        app.send(.key(.escape))
        #expect(app.state.overlay == nil)
    }

    @Test func theTablesSortByTheKeyAndTheSelectionScrollsIntoView() throws {
        let board = TemporaryBoard()
        let app = try app(board, width: 120, height: 30)
        showKPIWeek(app)
        #expect(app.state.dashboard.scroll == 0)
        app.send(.key(.character("G")))
        #expect(app.state.dashboard.selectedID == "campaigns")
        let buffer = app.render()
        let title = try #require(buffer.lines.firstIndex { $0.contains("CAMPAIGNS  sorted by revenue (S)") })
        #expect(buffer.line(title + 2).contains("(no campaign)") && buffer.line(title + 3).contains("Spring webinar"))
        app.send(.key(.character("S")))
        app.send(.key(.character("S")))
        #expect(app.state.status?.text == "Campaigns sorted by spend")
        let sorted = app.render()
        let again = try #require(sorted.lines.firstIndex { $0.contains("CAMPAIGNS  sorted by spend (S)") })
        #expect(sorted.line(again + 2).contains("Spring webinar"))
        app.send(.key(.character("s")))
        #expect(app.render().text.contains("REPS  sorted by won (s)"))
    }

    @Test func asciiGlyphsDrawEveryChartWithoutBlocks() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        showKPIWeek(app)
        var state = app.state
        state.glyphs = .ascii
        let ascii = AppRenderer.render(state).text
        for block in ["█", "▁", "▏", "│", "─", "▼", "·"] { #expect(!ascii.contains(block), "found \(block)") }
        #expect(ascii.contains("web                    3 ##"))
        state.glyphs = .unicode
        let unicode = AppRenderer.render(state).text
        #expect(unicode.contains("web                    3 ███"))
    }

    @Test func aNarrowTerminalStacksTheSectionsInOneColumn() throws {
        let board = TemporaryBoard()
        let app = try app(board, width: 80, height: 24)
        let buffer = app.render()
        #expect(!buffer.lines[2..<22].contains { $0.contains("│") })
        #expect(buffer.lines.allSatisfy { TerminalText.width($0) == 80 })
        app.send(.key(.character("G")))
        #expect(app.render().text.contains("CAMPAIGNS"))
    }

    @Test func theScrollMarkersSitInTheirGutterAndCoverNoFigure() throws {
        let short = try app(TemporaryBoard(), width: 80, height: 24)
        let whole = try app(TemporaryBoard(), width: 80, height: 200)
        let bottom = 24 - 1 - BoardLayout.footerHeight
        let marked = short.render().line(bottom)
        #expect(marked.hasSuffix("▼ "))
        // The same line of the page on a screen tall enough to need no marker: equal but for the gutter.
        let unmarked = whole.render().line(bottom)
        #expect(!unmarked.contains("▼"))
        #expect(marked.dropLast(DashboardLayout.scrollGutter) == unmarked.dropLast(DashboardLayout.scrollGutter))
        #expect(unmarked.contains { !$0.isWhitespace })
        short.send(.key(.character("G")))
        #expect(short.render().line(DashboardLayout.pageTop).hasSuffix("▲ "))
    }
}
