import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The demo board tells the loop from what sales hears to what marketing makes: insights of every
/// kind heard in the sales stages, pieces at every step of their pipeline made by both teams, the
/// published ones approved by sales and sent to deals, and news for the next meeting.
@Suite struct DemoContentTests {
    /// Wednesday 10:00 of the week after the KPI week.
    let now = TemporaryBoard.kpiWeekStart + 9 * 86_400 + 10 * 3_600

    @Test func theDemoHasTheWholeLoopAndPassesItsCheck() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        try DemoLoader(folder: Repository.root + "/sample-data").load(into: store, now: now)

        let insights = try store.insights(limit: 1_000)
        #expect(insights.count == 71)
        #expect(Set(insights.map(\.kind)) == Set(InsightKind.allCases))
        let salesStages: Set<String> = ["sal", "sql", "proposal", "negotiation"]
        #expect(insights.allSatisfy { salesStages.contains($0.stage) }, "heard while a rep worked the lead")
        #expect(insights.allSatisfy { $0.at <= now })
        // Insights repeat: the panel's top theme is heard on many leads.
        let themes = try store.insightThemes(by: .theme, from: 0, to: now + 1)
        #expect((themes.first?.count ?? 0) >= 10)

        let pieces = try store.pieces()
        #expect(Set(pieces.map(\.stage)) == Set(ContentStage.allCases))
        let sales = Set(try store.members(team: "sales").map(\.login))
        for piece in pieces where piece.publishedAt != nil {
            #expect(piece.approvedBy.map(sales.contains) == true, "\(piece.title) approved by sales")
        }
        #expect(pieces.filter { $0.stage == .published }.allSatisfy { !$0.authors.filter(sales.contains).isEmpty })
        #expect(pieces.contains { $0.stage == .salesReview && $0.approvedBy == nil })

        let sends = try store.contentSends(limit: 1_000)
        #expect(sends.count == 68)
        #expect(sends.allSatisfy { salesStages.contains($0.stage) })
        let battlecard = try #require(pieces.first { $0.title.hasPrefix("Battlecard") })
        let reach = try store.contentReach(pieceID: battlecard.id)
        #expect(reach.leadsReached == 22)

        // The meeting since the last one held has news from the field and a piece to review.
        let agenda = try store.meetingAgenda(now: now)
        #expect(agenda.items.first { $0.kind == .insights }?.entries.isEmpty == false)
        #expect(agenda.items.first { $0.kind == .content }?.headline.contains("1 waiting for sales review") == true)
        #expect(try BoardCheck.run(path: board.path).passed)
    }
}
