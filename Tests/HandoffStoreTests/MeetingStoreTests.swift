import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The weekly meeting on the KPI board: a meeting closed on Wednesday 11-04 at noon, and the
/// agenda read on Friday 11-06 at noon, after the events of `seedKPIBoard` in between.
@Suite struct MeetingStoreTests {
    let closedAt = TemporaryBoard.kpiWeekStart + 2 * 86_400 + 12 * 3_600
    let now = TemporaryBoard.kpiWeekStart + 4 * 86_400 + 12 * 3_600

    func boardAfterLastMeeting(_ board: TemporaryBoard) throws -> Store {
        let store = try board.seedKPIBoard()
        try store.addActionItem(
            item: "rejected", body: "Ask sales what a student lead looks like", owner: "lucia", due: closedAt + 86_400,
            actor: "ana", now: closedAt - 600)
        try store.closeMeeting(actor: "ana", now: closedAt)
        return store
    }

    func wonEventID(_ store: Store, lead: Int64) throws -> Int64 {
        try #require(try store.events(leadID: lead).first { $0.kind == "won" }?.id)
    }

    @Test func theAgendaCoversEverythingSinceTheLastMeetingHeld() throws {
        let board = TemporaryBoard()
        let store = try boardAfterLastMeeting(board)
        let agenda = try store.meetingAgenda(now: now)
        #expect(agenda.since == closedAt + 1 && agenda.until == now)
        #expect(agenda.meeting == nil && agenda.previousMeeting?.closedAt == closedAt)
        #expect(
            agenda.items.map(\.key) == [
                "follow_ups", "kpis", "win:\(try wonEventID(store, lead: 1))", "win:\(try wonEventID(store, lead: 4))",
                "accepted", "rejected", "losses", "sla_breaches", "stale_leads",
            ])
        let byKey = Dictionary(uniqueKeysWithValues: agenda.items.map { ($0.key, $0) })
        #expect(
            byKey["follow_ups"]?.entries.map(\.text) == [
                "#1 Ask sales what a student lead looks like · Lucía Fernández · due 2026-11-05 (passed)"
            ])
        #expect(byKey["accepted"]?.headline == "1 accepted by sales")
        // Every time against the service level is working time, and says so: Cobre waited 25
        // working hours for a 24-hour promise, so it was answered one working hour late.
        #expect(byKey["accepted"]?.entries.map(\.text) == ["Lead 3 (Cobre) · taken by Ben Okafor after 25h 00m of working time (late)"])
        #expect(byKey["sla_breaches"]?.entries.first?.text == "Lead 3 (Cobre) · accepted by Ben Okafor · 1h 00m of working time after due")
        #expect(byKey["rejected"]?.headline == "1 rejected: no_budget 1")
        #expect(byKey["losses"]?.entries.map(\.text) == ["Lead 3 (Cobre) · price · no amount · Ben Okafor"])
        #expect(byKey["sla_breaches"]?.headline == "1 answered late · 1 waiting past due")
        #expect(byKey["stale_leads"]?.headline == "1 lead idle longer than its stage allows")
        #expect(byKey["stale_leads"]?.entries.first?.leadID == 5)
        // The KPIs cover the agenda's own window, to the second, against as long a window before.
        #expect(agenda.kpis?.period == KPIPeriod(kind: .custom, start: closedAt + 1, end: now + 1))
        #expect(agenda.kpis?.previousPeriod == KPIPeriod(kind: .custom, start: closedAt + 1 - (now - closedAt), end: closedAt + 1))
        #expect(agenda.kpis?.current.dealsWon == 2)
    }

    @Test func aWinIsCelebratedWithTheMarketerWhoSourcedItAndTheRepWhoClosedIt() throws {
        let board = TemporaryBoard()
        let store = try boardAfterLastMeeting(board)
        let wins = try store.meetingAgenda(now: now).items.filter { $0.kind == .win }
        // Lead 1 came from lucia's spring campaign; lead 4 has no campaign but lucia created it.
        #expect(
            wins.map(\.celebration) == [
                Celebration(
                    leadID: 1, lead: "Lead 1", company: "Acme Foods", amount: 10_000, marketer: "Lucía Fernández",
                    campaign: "Spring webinar", rep: "Ana López"),
                Celebration(
                    leadID: 4, lead: "Lead 4", company: "ACME FOODS", amount: 20_000, marketer: "Lucía Fernández", campaign: nil,
                    rep: "Ana López"),
            ])
        #expect(wins.first?.headline == "10,000 EUR · Lead 1 (Acme Foods)")
    }

    @Test func discussedItemsAndActionItemsBelongToTheRunningMeeting() throws {
        let board = TemporaryBoard()
        let store = try boardAfterLastMeeting(board)
        try store.setDiscussed("kpis", true, actor: "ben", now: now)
        try store.setDiscussed("rejected", true, actor: "ben", now: now)
        try store.setDiscussed("rejected", false, actor: "ben", now: now + 1)
        var agenda = try store.meetingAgenda(now: now + 2)
        #expect(agenda.meeting?.since == closedAt + 1 && agenda.meeting?.startedBy == "ben")
        #expect(agenda.discussed == ["kpis"])
        // Refused, with nothing written.
        let before = try store.connection.scalar("SELECT count(*) FROM action_items")
        #expect(throws: HandoffError.invalidInput("an action item needs a description; nothing was saved")) {
            try store.addActionItem(item: "kpis", body: "  ", owner: "ana", due: nil, actor: "ben", now: now)
        }
        #expect(throws: HandoffError.invalidInput("'zoe' is not a member of this board; members: ana, ben, elena, lucia")) {
            try store.addActionItem(item: "kpis", body: "Call", owner: "zoe", due: nil, actor: "ben", now: now)
        }
        #expect(throws: HandoffError.invalidInput("2026-11-05 has passed; an action item is due in the future")) {
            try store.addActionItem(item: "kpis", body: "Call", owner: "ana", due: now - 86_400, actor: "ben", now: now)
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM action_items") == before)
        let action = try store.addActionItem(
            item: "sla_breaches", body: "Answer Delta today", owner: "ana", due: now + 86_400, actor: "ben", now: now)
        agenda = try store.meetingAgenda(now: now + 3)
        #expect(agenda.actionItems == [action])
        #expect(agenda.actionItems(for: "sla_breaches").map { $0.summary() } == ["Answer Delta today · ana · due 2026-11-07"])
        // Only one meeting runs at a time.
        #expect(throws: HandoffError.self) {
            try store.connection.execute("INSERT INTO meetings(since, started_at, started_by) VALUES (0, 0, 'x')")
        }
    }

    @Test func closingTheMeetingStartsTheNextAgendaFromNow() throws {
        let board = TemporaryBoard()
        let store = try boardAfterLastMeeting(board)
        try store.addActionItem(item: "losses", body: "Review the price objection", owner: "ben", due: now + 86_400, actor: "ana", now: now)
        let closed = try store.closeMeeting(actor: "ana", now: now + 60)
        #expect(closed.since == closedAt + 1 && closed.closedAt == now + 60 && closed.closedBy == "ana")
        let next = try store.meetingAgenda(now: now + 120)
        #expect(next.since == now + 61 && next.meeting == nil)
        #expect(next.items.map(\.key) == ["follow_ups", "kpis", "sla_breaches", "stale_leads"])
        // The action item of the meeting before is still open, so it carries over, soonest due first.
        #expect(
            next.items.first?.entries.map(\.text) == [
                "#1 Ask sales what a student lead looks like · Lucía Fernández · due 2026-11-05 (passed)",
                "#2 Review the price objection · Ben Okafor · due 2026-11-07",
            ])
        #expect(next.items.first?.headline == "2 open, 0 done since the last meeting")
    }

    @Test func aReportCanStartFromAnyDateAndAReadOnlyBoardRecordsNothing() throws {
        let board = TemporaryBoard()
        let store = try boardAfterLastMeeting(board)
        let fromMonday = try store.meetingAgenda(now: now, since: TemporaryBoard.kpiWeekStart)
        #expect(fromMonday.items.first { $0.kind == .newMQLs }?.total == 5)
        // Lead 1 to SQL on Tuesday and to proposal on Wednesday (lead 4's move was the week before).
        #expect(
            fromMonday.items.first { $0.kind == .moves }?.entries.map(\.text) == [
                "Lead 1 (Acme Foods): Accepted (SAL) → Qualified (SQL) · Ana López",
                "Lead 1 (Acme Foods): Qualified (SQL) → Proposal · Ana López",
            ])
        let readOnly = try board.open(readOnly: true)
        #expect(throws: HandoffError.notPermitted("this board is open read-only; nothing was changed")) {
            try readOnly.setDiscussed("kpis", true, actor: "ana", now: now)
        }
        #expect(throws: HandoffError.notPermitted("this board is open read-only; nothing was changed")) {
            try readOnly.closeMeeting(actor: "ana", now: now)
        }
    }
}
