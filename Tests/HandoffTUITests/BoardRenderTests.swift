import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

@Suite struct BoardRenderTests {
    func runtime(_ board: TemporaryBoard, width: Int = 120, height: Int = 30) throws -> AppRuntime {
        AppRuntime(store: try board.seedSmallBoard(), actor: "tester", width: width, height: height, now: TemporaryBoard.now)
    }

    @Test func boardShowsBandsColumnsTotalsAndCards() throws {
        let board = TemporaryBoard()
        let app = try runtime(board, width: 160)
        let lines = app.render().lines
        #expect(lines[0].hasPrefix(" Handoff "))
        #expect(
            lines[1].contains("MARKETING") && lines[1].contains("HANDOFF") && lines[1].contains("SALES") && lines[1].contains("OUTCOME"))
        #expect(lines[2].contains("New lead") && lines[2].contains("Proposal"))
        #expect(lines[3].contains("2 ") && lines[3].contains("18.5k"))
        let text = app.render().text
        #expect(text.contains("Lucía Fernández"))
        #expect(text.contains("Ñandú Logística"))
        #expect(text.contains("Chen Wei 陈伟"))
        #expect(text.contains("80 18.5k ana 5d"))
        #expect(lines.last!.contains("5 leads") && lines.last!.contains("tester"))
    }

    @Test func theSelectedCardIsHighlighted() throws {
        let board = TemporaryBoard()
        let app = try runtime(board)
        let buffer = app.render()
        // The first card of the first column: Tom Baker entered most recently, so he is on top.
        #expect(buffer.line(5).contains("Tom Baker"))
        #expect(buffer[1, 5].style.role == .selected)
        #expect(buffer[1, 9].style.role != .selected)
    }

    @Test func keysMoveTheSelectionAndTheLead() throws {
        let board = TemporaryBoard()
        let app = try runtime(board)
        app.send(.key(.character("j")))
        #expect(app.state.selectedLead?.name == "Lucía Fernández")
        app.send(.key(.character("L")))
        #expect(app.state.status?.text == "Moved Lucía Fernández to Nurturing")
        #expect(app.state.columns[1].rows.map(\.id) == [1])
        #expect(app.state.selectedColumn == 1)
        #expect(app.state.selectedLead?.id == 1)
        #expect(try app.store.lead(id: 1)?.stage == "nurture")
        app.send(.key(.character("H")))
        #expect(try app.store.lead(id: 1)?.stage == "lead")
        app.send(.key(.character("H")))
        #expect(app.state.status?.tone == .error)
        #expect(app.state.status?.text.contains("first stage") == true)
    }

    @Test func detailShowsFieldsAndHistory() throws {
        let board = TemporaryBoard()
        let app = try runtime(board)
        app.send(.key(.character("l")))
        app.send(.key(.character("l")))
        app.send(.key(.enter))
        let text = app.render().text
        #expect(text.contains("Lead 3: Íñigo Muñoz"))
        #expect(text.contains("Panadería García"))
        #expect(text.contains("Timeline: history, notes and next steps (newest first)"))
        #expect(text.contains("seed") && text.contains("created"))
        app.send(.key(.escape))
        #expect(app.state.overlay == nil)
    }

    @Test func helpIsGeneratedFromTheKeyMap() throws {
        let board = TemporaryBoard()
        let app = try runtime(board, height: 120)
        app.send(.key(.character("?")))
        let text = app.render().text
        for binding in KeyMap.standard.bindings(in: .board) {
            #expect(text.contains(Strings.english(binding.summary)))
        }
        #expect(text.contains("H <"))
    }

    @Test func aTinyTerminalGetsAMessageNotABrokenLayout() throws {
        let board = TemporaryBoard()
        let app = try runtime(board, width: 30, height: 8)
        let text = app.render().text
        #expect(text.contains("Terminal too small"))
        #expect(text.contains("30x8"))
    }

    @Test func narrowColumnsDropTheOwnerBeforeTheDays() throws {
        let board = TemporaryBoard()
        let app = try runtime(board, width: 120)
        let text = app.render().text
        #expect(text.contains("80 18.5k 5d"))
    }

    @Test func narrowTerminalsScrollColumnsToKeepTheSelectionVisible() throws {
        let board = TemporaryBoard()
        let app = try runtime(board, width: 60, height: 24)
        for _ in 0..<7 { app.send(.key(.character("l"))) }
        let lines = app.render().lines
        #expect(lines[2].contains("Won"))
        #expect(!lines[2].contains("New lead"))
        #expect(lines[2].hasPrefix("◀"))
    }

    @Test func hostileTextIsShownVisiblyNeverRaw() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        try store.createLead(
            Lead(id: 9, name: "Evil\u{1B}[2J\u{1B}]52;c;aGk=\u{07}", company: "\u{202E}gnirts", stage: "lead", createdAt: 1, enteredAt: 1),
            actor: "t")
        let app = AppRuntime(store: store, actor: "t", width: 120, height: 30, now: TemporaryBoard.now)
        let buffer = app.render()
        #expect(buffer.text.contains("Evil␛[2J"))
        for cell in buffer.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        }
    }
}
