import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The inbox of one terminal while another process answers its handoffs: each accepted lead
/// leaves the list on screen within 300 ms, and the selection stays on the lead it was on.
@Suite struct InboxLiveEndToEndTests {
    @Test func leadsAcceptedByAnotherProcessLeaveTheInboxWithin300Milliseconds() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let store = try Store(path: board.path)
        let app = AppRuntime(store: store, actor: "javier", width: 160, height: 45)
        app.send(.key(.character("2")))
        let shown = app.state.inbox.rows.map(\.lead)
        try #require(shown.count >= 5, "the demo inbox has \(shown.count) rows")
        // B keeps the last row on screen selected; A (another process) accepts the first three.
        app.send(.key(.character("G")))
        let selected = try #require(app.state.inbox.selectedItem?.lead.id)
        let accepting = Array(shown.prefix(3))
        let writer = try ScheduledWriter(
            board: board, actor: "tom", leads: accepting.map(\.id), from: "mql", to: "sal", intervalMilliseconds: 300)
        var goneAt: [Int64: Int64] = [:]
        let deadline = Date().addingTimeInterval(30)
        while goneAt.count < accepting.count && Date() < deadline {
            app.pollForChanges()
            let now = ScheduledWriter.now()
            let rows = app.state.inbox.rows.map(\.lead.id)
            for lead in accepting where goneAt[lead.id] == nil && !rows.contains(lead.id) { goneAt[lead.id] = now }
            #expect(app.state.inbox.selectedItem?.lead.id == selected, "the selection left lead \(selected)")
            usleep(useconds_t(AppRuntime.pollMilliseconds) * 1_000)
        }
        let latencies = try writer.latencies(seenAt: goneAt, unseen: "never left the inbox")
        print("inbox: commit to screen, ms: \(latencies)")
        #expect(latencies.allSatisfy { $0 <= 300 }, "latencies \(latencies)")
        let screen = app.render().text
        for lead in accepting { #expect(!screen.contains(String(lead.name.prefix(14)))) }
    }
}
