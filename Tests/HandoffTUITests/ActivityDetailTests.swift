import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// A lead's detail lists what it did with marketing's email and on the website, newest first, in
/// the person's language, with the campaign each action answered.
@Suite struct ActivityDetailTests {
    let now = TemporaryBoard.now

    @Test func theDetailListsTheLeadsActivityNewestFirstWithItsCampaign() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        try store.createLead(
            Lead(
                id: 1, name: "Edward Patel", email: "edward.patel@northstar.co.uk", stage: "lead",
                createdAt: now - 5 * 86_400, enteredAt: now - 5 * 86_400), actor: "seed")
        let file = board.folder + "/activity.csv"
        try """
        Email,Event,Date,Campaign
        edward.patel@northstar.co.uk,Opened,2026-11-18T09:00:00Z,Launch week
        edward.patel@northstar.co.uk,Clicked,2026-11-19T10:30:00Z,Pricing guide

        """.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try store.importCSV(at: file, options: ImportOptions(kind: .activity), actor: "lucia", now: now).committed)

        let app = AppRuntime(store: store, actor: "lucia", width: 120, height: 40, now: now)
        app.type(":goto 1⏎⏎")
        guard case let .detail(detail)? = app.state.overlay else { Issue.record("no detail"); return }
        #expect(detail.activity.map(\.kind) == [.click, .open] && detail.activityCount == 2)
        let frame = app.render().text
        #expect(frame.contains("Email and web activity: 2 actions, newest first"))
        let lines = frame.components(separatedBy: "\n")
        let clicked = try #require(lines.firstIndex { $0.contains("clicked a link") && $0.contains("Pricing guide") })
        let opened = try #require(lines.firstIndex { $0.contains("opened an email") })
        #expect(clicked < opened, "newest first")
        #expect(lines[opened].contains("Launch week"))
    }
}
