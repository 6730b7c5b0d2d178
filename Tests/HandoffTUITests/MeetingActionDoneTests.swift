import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Ticking off action items from the meeting: the open ones, carried over, chosen in a form.
@Suite struct MeetingActionDoneTests {
    let closedAt = TemporaryBoard.kpiWeekStart + 2 * 86_400 + 12 * 3_600
    let now = TemporaryBoard.kpiWeekStart + 4 * 86_400 + 12 * 3_600

    @Test func tTicksOffAnOpenActionItemChosenFromTheList() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let older = try store.addActionItem(
            item: nil, body: "Call Cobre back", owner: "ben", due: nil, actor: "ana", now: closedAt - 86_400)
        try store.closeMeeting(actor: "ana", now: closedAt - 86_000)
        let last = try store.addActionItem(
            item: "rejected", body: "Ask sales about students", owner: "lucia", due: nil, actor: "ana", now: closedAt - 600)
        try store.closeMeeting(actor: "ana", now: closedAt)
        let app = AppRuntime(store: store, actor: "ben", width: 120, height: 40, now: now)
        app.send(.key(.character("m")))
        // Both are open, whichever meeting agreed them.
        let agenda = app.render().text
        #expect(
            agenda.contains("#\(older.id) Call Cobre back · Ben Okafor")
                && agenda.contains("#\(last.id) Ask sales about students · Lucía Fernández"))
        #expect(agenda.contains("t done"))
        app.send(.key(.character("t")))
        #expect(app.render().text.contains("Mark an action item done"))
        #expect(app.render().text.contains("#\(older.id) Call Cobre back · Ben Okafor"))
        app.send(.key(.right))
        app.send(.key(.enter))
        #expect(app.state.overlay == nil)
        #expect(app.state.status?.text == "Done: #\(last.id) Ask sales about students")
        #expect(try store.actionItem(id: last.id)?.doneBy == "ben")
        #expect(try store.actionItem(id: older.id)?.isOpen == true)
        #expect(app.render().text.contains("#\(last.id) Ask sales about students · Lucía Fernández · done 2026-11-06"))
        #expect(try store.boardEvents(limit: 50).filter { $0.kind == "action_done" }.map(\.subject) == [String(last.id)])
        // One captured from the command line, on no topic, is listed with the first topic.
        try board.open().addActionItem(item: nil, body: "Book the room", owner: "ana", due: nil, actor: "ana", now: now)
        #expect(app.pollForChanges(now: now))
        #expect(app.state.meeting?.selected == 0 && app.render().text.contains("→ Book the room · Ana López"))
        try board.open().setActionItemDone(older.id + 2, actor: "ana", now: now)
        // With nothing open, t says so and opens nothing.
        try board.open().setActionItemDone(older.id, actor: "ben", now: now)
        #expect(app.pollForChanges(now: now))
        app.send(.key(.character("t")))
        #expect(app.state.overlay == nil)
        #expect(app.state.status?.text == "No open action items: nothing to tick off")
    }
}
