import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The meeting mode on the KPI board, the last meeting closed on Wednesday 11-04 at noon and the
/// meeting held on Friday 11-06 at noon: stepping, discussing, an action item, the win banner,
/// the projector layout, and the close, asserted on the buffer and in the store.
@Suite struct MeetingViewTests {
    let closedAt = TemporaryBoard.kpiWeekStart + 2 * 86_400 + 12 * 3_600
    let now = TemporaryBoard.kpiWeekStart + 4 * 86_400 + 12 * 3_600

    func app(_ board: TemporaryBoard, width: Int = 120, height: Int = 40) throws -> AppRuntime {
        let store = try board.seedKPIBoard()
        try store.addActionItem(
            item: "rejected", body: "Ask sales what a student lead looks like", owner: "lucia", due: closedAt + 86_400,
            actor: "ana", now: closedAt - 600)
        try store.closeMeeting(actor: "ana", now: closedAt)
        let app = AppRuntime(store: store, actor: "ben", width: width, height: height, now: now)
        app.send(.key(.character("m")))
        return app
    }

    func type(_ text: String, into app: AppRuntime) {
        for character in text { app.send(.key(.character(character))) }
    }

    @Test func mOpensTheAgendaSinceTheLastMeeting() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        let buffer = app.render()
        #expect(
            buffer.line(0).hasPrefix(" WEEKLY MEETING  since 2026-11-04 12:00 UTC (last meeting) · item 1/9 · 0 discussed · 0 action items")
        )
        #expect(buffer.line(2).hasPrefix(" AGENDA"))
        #expect(buffer.line(3).hasPrefix("   Follow-ups from the last m"))
        #expect(buffer.line(2).contains("Follow-ups from the last meeting"))
        #expect(buffer.line(3).contains("1 action item agreed on 2026-11-04"))
        #expect(buffer.text.contains("Ask sales what a student lead looks like · Lucía Fernández · due 2026-11-05"))
        #expect(
            buffer.line(39).hasPrefix(" n/p item · j/k line · Enter open · d discussed")
                && buffer.line(39).trimmingCharacters(in: .whitespaces).hasSuffix("? keys · q leave"))
    }

    @Test func nAndPStepThroughTheItemsAndAWinGetsItsBanner() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("n")))
        #expect(app.render().text.contains("KPIs since the last meeting"))
        app.send(.key(.character("n")))
        let win = app.render().text
        #expect(win.contains("★ ★ ★  WON: 10,000 EUR  ★ ★ ★"))
        #expect(win.contains("Sourced by Lucía Fernández (campaign Spring webinar)"))
        #expect(win.contains("Closed by Ana López"))
        app.send(.key(.character("p")))
        app.send(.key(.character("p")))
        app.send(.key(.character("p")))
        #expect(app.state.meeting?.selected == 0)
        app.send(.key(.character("G")))
        #expect(app.render().text.contains("Stale leads") && app.state.meeting?.selected == 8)
    }

    @Test func anItemIsMarkedDiscussedAndAnActionItemCaptured() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("n")))
        app.send(.key(.character("d")))
        #expect(app.state.status?.text == "Discussed: KPIs since the last meeting")
        #expect(app.render().text.contains("✓ discussed"))
        #expect(app.render().line(4).contains("✓ KPIs since the last meeting"))
        #expect(try app.store.connection.scalar("SELECT count(*) FROM meeting_items WHERE item = 'kpis' AND discussed_by = 'ben'") == 1)

        app.send(.key(.character("a")))
        #expect(app.render().text.contains("Action item on KPIs since the last meeting"))
        app.send(.key(.enter))
        #expect(app.render().text.contains("say what is to be done"))
        type("Find out why SLA compliance fell", into: app)
        app.send(.key(.tab))
        app.send(.key(.right))
        app.send(.key(.right))
        app.send(.key(.tab))
        type("+3", into: app)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil)
        #expect(app.state.status?.text == "Action item for Ben Okafor: Find out why SLA compliance fell, due 2026-11-09")
        let text = app.render().text
        #expect(text.contains("Action items") && text.contains("→ Find out why SLA compliance fell · Ben Okafor · due 2026-11-09"))
        #expect(app.render().line(0).contains("1 discussed · 1 action item"))
        // Leaving the meeting keeps it open: it is all still there on coming back.
        app.send(.key(.character("q")))
        #expect(app.state.meeting == nil && app.render().line(0).contains("1 Board"))
        app.send(.key(.character("m")))
        #expect(app.state.meeting?.agenda?.actionItems.count == 1 && app.state.meeting?.agenda?.discussed == ["kpis"])
    }

    @Test func theLargeLayoutDrawsTheTopicInLargeText() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("n")))
        app.send(.key(.character("n")))
        app.send(.key(.character("z")))
        let buffer = app.render()
        let big = BigText.render("Won! 10K", fill: "█")
        #expect(buffer.lines[2].contains(big[0]) && buffer.lines[6].contains(big[4]))
        #expect(buffer.text.contains("10,000 EUR · Lead 1 (Acme Foods)"))
        #expect(!buffer.text.contains("AGENDA"))
        app.send(.key(.character("z")))
        #expect(app.render().text.contains("AGENDA"))
    }

    @Test func closingAsksFirstThenRecordsTheMeetingAndLeaves() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("C")))
        #expect(app.render().text.contains("Close the meeting that covers everything since 2026-11-04 12:00 UTC? It cannot"))
        #expect(app.render().text.contains("9 of 9 items not discussed."))
        app.send(.key(.escape))
        #expect(try app.store.lastClosedMeeting()?.closedAt == closedAt)
        app.send(.key(.character("C")))
        app.send(.key(.enter))
        #expect(app.state.meeting == nil)
        #expect(app.state.status?.text == "Meeting closed: 0 action items; the next agenda starts from 2026-11-06 12:00 UTC")
        #expect(try app.store.lastClosedMeeting()?.closedAt == now)
        app.send(.key(.character("m")))
        #expect(app.render().line(0).contains("since 2026-11-06 12:00 UTC (last meeting)"))
    }
}
