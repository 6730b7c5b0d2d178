import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The weekly meeting shows the loop: the insights heard since the last meeting with their top
/// themes, the pieces waiting for sales review, those published, and the pieces in the deals won.
@Suite struct MeetingContentTests {
    let week = TemporaryBoard.kpiWeekStart
    func at(_ days: Int64, _ hours: Int64) -> Int64 { week + days * 86_400 + hours * 3_600 }

    @Test func theAgendaHasTheInsightsHeardAndTheContentMadeAndUsed() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        // The week before Thursday noon of the second week: from Thursday noon of the first.
        let agenda = try store.meetingAgenda(now: at(10, 12))
        let insights = try #require(agenda.items.first { $0.kind == .insights })
        #expect(insights.title == "New insights from the field")
        #expect(insights.headline == "2 insights since the last meeting · most heard: competitor: Comparing us with Sendify (1)")
        #expect(insights.entries.map(\.text).contains("Lead 2 (Brio) · competitor: Comparing us with Sendify · Ana López"))
        #expect(insights.entries.contains { $0.text == "praise: Loved the webinar · heard once, leads: 1 · not answered yet" })
        let content = try #require(agenda.items.first { $0.kind == .content })
        #expect(content.headline == "1 waiting for sales review · content in 1 deal won")
        #expect(
            content.entries.map(\.text) == [
                "Waiting for sales review: #2 SAP integration one-pager · deck · Lucía Fernández · waits for a sales approval, 6 days in review",
                "In the deals won: #1 Pricing objections guide (1 deal)",
            ])
        let win = try #require(agenda.items.first { $0.kind == .win && $0.entries.contains { $0.leadID == 4 } })
        #expect(win.entries.last?.text == "Got #1 Pricing objections guide on 2026-11-04")
        // In Spanish, and in the minutes.
        let spanish = try store.meetingAgenda(now: at(10, 12), strings: Strings(.spanish))
        #expect(spanish.items.first { $0.kind == .content }?.title == "Contenidos hechos con ventas")
        #expect(agenda.markdown().contains("New insights from the field"))
        #expect(agenda.markdown().contains("- \\#2 Lead 2 (Brio) · competitor: Comparing us with Sendify"), "the lead's number once")
    }

    @Test func aPiecePublishedInTheWindowSaysWhoFromEachTeamTookPart() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        try store.changeContent(.approve(id: 2, expectedVersion: nil), actor: "ben", at: at(10, 9))
        try store.changeContent(.move(id: 2, to: .published, expectedVersion: nil), actor: "lucia", at: at(10, 10))
        let content = try #require(try store.meetingAgenda(now: at(10, 12)).items.first { $0.kind == .content })
        #expect(
            content.entries.map(\.text).contains(
                "Published: #2 SAP integration one-pager · deck · Marketing: Lucía Fernández; Sales: Ben Okafor"))
    }
}
