import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The inbox's pages and filters, and the feedback for marketing, straight from SQL.
@Suite struct InboxQueryTests {
    let now = TemporaryBoard.now

    func query(_ filter: InboxFilter, user: String = "ana") -> Store.InboxQuery {
        Store.InboxQuery(filter: filter, user: user, now: now)
    }

    @Test func theInboxListsHandoffsOldestFirstWithWhoHandedThemOff() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let rows = try store.inbox(query(.all), after: nil, limit: 10)
        #expect(rows.map(\.lead.id) == [6, 7, 3])
        #expect(rows.map(\.handedOffBy) == ["marta", "marta", "seed"])
        #expect(rows.map { $0.clock(now: now).text } == ["2h 00m over", "5h 00m left", "16h 00m left"])
        #expect(rows.map { $0.clock(now: now).state } == [.overdue, .warning, .onTime])
        #expect(try store.inboxCount(query(.all)) == 3)
    }

    @Test func filtersForMineUnassignedAndOverdue() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        #expect(try store.inbox(query(.mine, user: "ben"), after: nil, limit: 10).map(\.lead.id) == [7])
        #expect(try store.inbox(query(.unassigned), after: nil, limit: 10).map(\.lead.id) == [6])
        #expect(try store.inbox(query(.overdue), after: nil, limit: 10).map(\.lead.id) == [6])
        #expect(try store.inboxCount(query(.overdue)) == 1)
        // Ben's team promises 4 working hours: his lead (19 h used) is overdue too, the others not.
        try store.connection.execute("UPDATE members SET team = 'admin' WHERE login = 'ben'")
        try store.connection.execute("INSERT INTO service_levels(team, hours) VALUES ('admin', 4)")
        #expect(try store.inbox(query(.overdue), after: nil, limit: 10).map(\.lead.id) == [6, 7])
        #expect(try store.inbox(query(.all), after: nil, limit: 10)[1].clock(now: now).text == "15h 00m over")
    }

    @Test func pagesWalkTheInboxBothWays() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let first = try store.inbox(query(.all), after: nil, limit: 2)
        #expect(first.map(\.lead.id) == [6, 7])
        let cursor = BoardCursor(enteredAt: first[1].lead.enteredAt, id: 7)
        #expect(try store.inbox(query(.all), after: cursor, limit: 2).map(\.lead.id) == [3])
        #expect(try store.inbox(query(.all), from: cursor, limit: 2).map(\.lead.id) == [7, 3])
        #expect(try store.inbox(query(.all), before: cursor, limit: 2).map(\.lead.id) == [6])
        #expect(try store.inbox(query(.all), before: nil, limit: 2).map(\.lead.id) == [7, 3])
        #expect(try store.inboxCount(query(.all), before: cursor) == 1)
    }

    @Test func feedbackCountsAnswersBySourceAndCampaignWithTheirReasons() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        try store.connection.execute("UPDATE leads SET source = 'webinar', campaign = 'spring' WHERE id = 3")
        try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: nil), actor: "ana", at: now)
        try store.apply(.reject(leadID: 6, reason: "student", comment: "thesis", expectedVersion: nil), actor: "ana", at: now)
        try store.apply(.reject(leadID: 7, reason: "no_budget", comment: "", expectedVersion: nil), actor: "ben", at: now)
        // An answer that was undone is not an answer.
        try store.apply(.move(leadID: 1, toStage: "mql", expectedVersion: nil), actor: "marta", at: now)
        try store.apply(.reject(leadID: 1, reason: "bad_data", comment: "", expectedVersion: nil), actor: "ben", at: now + 1)
        try store.apply(.undo, actor: "ben", at: now + 2)

        let bySource = try store.feedback(by: .source, since: now - 86_400, until: now + 86_400)
        #expect(
            bySource.rows == [
                FeedbackRow(group: "webinar", accepted: 1, rejected: 1, reasons: [.init(code: "student", count: 1)]),
                FeedbackRow(group: "fair", accepted: 0, rejected: 1, reasons: [.init(code: "no_budget", count: 1)]),
            ])
        #expect(bySource.rows[0].acceptanceRate == 0.5)
        #expect(bySource.total.accepted == 1 && bySource.total.rejected == 2)
        let byCampaign = try store.feedback(by: .campaign, since: now - 86_400, until: now + 86_400)
        #expect(byCampaign.rows.map(\.group) == ["spring", "fair"])
        // Outside the period: nothing.
        #expect(try store.feedback(by: .source, since: now - 10 * 86_400, until: now - 86_400).rows.isEmpty)
    }
}
