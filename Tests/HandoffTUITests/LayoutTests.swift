import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The board at the three sizes it must serve: a laptop's 80x24, a desk's 120x40 and a wall's
/// 240x70 (and wider), and the projector's layout.
@Suite struct LayoutTests {
    /// The small board plus 40 leads in "New lead", enough to fill a tall column.
    func crowdedBoard(_ board: TemporaryBoard) throws -> Store {
        let store = try board.seedSmallBoard()
        for index in 0..<40 {
            let at = TemporaryBoard.now - 86_400 * 5 - Int64(index) * 60
            try store.createLead(
                Lead(
                    id: Int64(100 + index), name: "Lead \(index)", company: "Company \(index)", source: "webinar",
                    stage: "lead", score: index, createdAt: at, enteredAt: at), actor: "seed")
        }
        return store
    }

    func app(_ store: Store, width: Int, height: Int, options: AppOptions = AppOptions()) -> AppRuntime {
        AppRuntime(store: store, actor: "ana", width: width, height: height, now: TemporaryBoard.now, options: options)
    }

    @Test func at80x24ColumnsAreFewerButReadableAndTheSelectionStaysInView() throws {
        let board = TemporaryBoard()
        let app = app(try crowdedBoard(board), width: 80, height: 24)
        let layout = app.state.boardLayout
        // Eight columns at 14 cells do not fit in 80: four of 20 are shown and the board scrolls.
        #expect(layout.visibleColumnCount == 4 && layout.columnFrame(slot: 0).width == 20)
        #expect(layout.cardsPerColumn == 4)
        var lines = app.render().lines
        #expect(lines[2].contains("New lead") && lines[2].contains("MQL, handed off") && lines[2].contains("Accepted (SAL)"))
        #expect(lines[2].hasSuffix("▶"))
        #expect(lines[21].contains("▼ 38 more"))
        #expect(lines[23].hasPrefix(" board.db │ ana │ 45 leads"))
        for _ in 0..<7 { app.send(.key(.character("l"))) }
        lines = app.render().lines
        #expect(lines[2].contains("Won, customer") && lines[2].hasPrefix("◀"))
        #expect(lines[5].contains("Chen Wei 陈伟"))
        // The owner drops before the days on a narrow card; the value stays.
        #expect(lines[7].contains("90 30k ben 2d"))
    }

    @Test func at120x40EveryColumnIsOnScreen() throws {
        let board = TemporaryBoard()
        let app = app(try crowdedBoard(board), width: 120, height: 40)
        #expect(app.state.boardLayout.visibleColumnCount == 8)
        #expect(app.state.cardsPerColumn == 8)
        let lines = app.render().lines
        // The whole pipeline as before; the customer band is one scroll to the right.
        #expect(lines[2].contains("New lead") && lines[2].contains("Won, customer") && lines[2].hasSuffix("▶"))
        #expect(lines[37].contains("▼ 34 more"))
    }

    @Test func at240x70TheRoomIsUsed() throws {
        let board = TemporaryBoard()
        let app = app(try crowdedBoard(board), width: 240, height: 70)
        // The whole flow, the customer band too, twelve columns of 20.
        #expect(app.state.boardLayout.visibleColumnCount == 12 && app.state.boardLayout.columnFrame(slot: 0).width == 20)
        #expect(app.render().lines[1].contains("CUSTOMER") && !app.render().lines[2].contains("▶"))
        app.send(.resized(width: 360, height: 70))
        let layout = app.state.boardLayout
        #expect(layout.visibleColumnCount == 12 && layout.columnFrame(slot: 0).width == 30)
        // 63 lines for cards: fifteen cards of four lines.
        #expect(app.state.cardsPerColumn == 15)
        #expect(app.state.columns[0].rows.count == 15)
        let text = app.render().text
        // Roomy cards add the source (and campaign) after the company.
        #expect(text.contains("Company 0 · webinar"))
        #expect(text.contains("▼ 27 more"))
        // The inbox spreads its flexible columns; the help and detail panels stay centred.
        app.send(.key(.character("2")))
        #expect(app.render().lines[2].contains("Handed off") && app.render().lines[2].contains("Owner"))
    }

    @Test func theInboxDropsSecondaryColumnsWhenNarrow() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedInboxBoard(), actor: "ben", width: 80, height: 24, now: TemporaryBoard.now)
        app.send(.key(.character("2")))
        let header = app.render().lines[2]
        #expect(header.contains("SLA") && header.contains("Lead") && header.contains("Owner"))
        #expect(!header.contains("Handed off"))
        #expect(app.render().lines[4].contains("2h 00m over") && app.render().lines[4].contains("Marie Dubois"))
    }

    @Test func theProjectorLayoutEnlargesWhatMatters() throws {
        let board = TemporaryBoard()
        let projector = Theme(name: "projector", layout: .projector, colors: Theme.builtIn.colors)
        let app = app(try crowdedBoard(board), width: 120, height: 40, options: AppOptions(theme: projector))
        let layout = app.state.boardLayout
        #expect(layout.cardHeight == 5 && layout.visibleColumnCount == 4 && layout.columnFrame(slot: 0).width == 30)
        #expect(app.state.cardsPerColumn == 6)
        let buffer = app.render()
        // Cards start every five lines, and every fact on them is bold.
        #expect(buffer.line(5).contains("Tom Baker") && buffer.line(10).contains("Lead 0"))
        #expect(buffer.line(7).hasPrefix(" 15 3d"))
        #expect(buffer[1, 12].style.bold)
    }

    @Test func asciiDrawsNoBoxCharacters() throws {
        let board = TemporaryBoard()
        let app = app(try crowdedBoard(board), width: 80, height: 24, options: AppOptions(glyphs: .ascii))
        app.send(.key(.character("?")))
        let text = app.render().text
        #expect(text.contains("+- Keys -"))
        for symbol in ["─", "│", "┌", "▼", "▶", "▲", "◀"] { #expect(!text.contains(symbol), "\(symbol)") }
        app.send(.key(.escape))
        #expect(app.render().lines[2].hasSuffix(">"))
    }
}
