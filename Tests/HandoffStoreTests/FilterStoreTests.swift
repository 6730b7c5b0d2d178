import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The `/` filter evaluated by SQL, against a board whose every match was worked out by hand.
@Suite struct FilterStoreTests {
    static let day: Int64 = 86_400
    static let now = TemporaryBoard.now

    /// 1 Ana Torres (sal, 20 days: stale), 2 Bruno Díaz (sal, 2 days), 3 Carla Ruiz (lead, idle 20
    /// days but a next step is due), 4 Dora Kim (proposal, 20 days, a note yesterday), 5 Eve Stone
    /// (a note mentions acme), 6 Finn Acme (won: never stale).
    func board(_ board: TemporaryBoard) throws -> Store {
        let store = try board.open()
        try store.connection.execute("INSERT INTO campaigns(id, name) VALUES ('spring', 'Spring')")
        let now = FilterStoreTests.now, day = FilterStoreTests.day
        let leads = [
            Lead(
                id: 1, name: "Ana Torres", company: "Acme Ibérica", email: "ana@acme.es", source: "webinar", campaign: "spring",
                owner: "ana",
                stage: "sal", value: 10_000, score: 65, createdAt: now - 40 * day, enteredAt: now - 20 * day),
            Lead(
                id: 2, name: "Bruno Díaz", company: "Beta Labs", email: "bruno@beta.io", source: "Webinar", owner: "ben",
                stage: "sal", value: 5_000, score: 40, createdAt: now - 9 * day, enteredAt: now - 2 * day),
            Lead(
                id: 3, name: "Carla Ruiz", company: "Gamma 100% Foods", email: "c@gamma.com", source: "fair", campaign: "spring",
                stage: "lead", score: 80, createdAt: now - 30 * day, enteredAt: now - 30 * day),
            Lead(
                id: 4, name: "Dora Kim", company: "Delta_Co", email: "dora@delta.co", source: "referral", owner: "ana",
                stage: "proposal", value: 20_000, score: 61, createdAt: now - 50 * day, enteredAt: now - 20 * day),
            Lead(
                id: 5, name: "Eve Stone", company: "Epsilon", email: "eve@eps.com", source: "web", stage: "lead", score: 10,
                createdAt: now - day, enteredAt: now - day),
            Lead(
                id: 6, name: "Finn Acme", company: "Zeta", email: "finn@zeta.org", source: "web", owner: "ana", stage: "won",
                value: 30_000, score: 90, createdAt: now - 200 * day, enteredAt: now - 100 * day),
        ]
        for lead in leads { try store.createLead(lead, actor: "seed") }
        try store.apply(.note(leadID: 3, body: "call back after the fair", due: now + 5 * day), actor: "ana", at: now - 20 * day)
        try store.apply(.note(leadID: 4, body: "sent the revised proposal", due: nil), actor: "ana", at: now - day)
        try store.apply(.note(leadID: 5, body: "Mentioned an ACME partnership", due: nil), actor: "ben", at: now - day)
        return store
    }

    /// Ids of every lead matching `query` over every stage, through the column pages.
    func matches(_ query: String, in store: Store, user: String = "ana") throws -> Set<Int64> {
        let search = LeadSearch(filter: try LeadFilter.parse(query), user: user, now: FilterStoreTests.now)
        var ids: Set<Int64> = []
        for stage in store.pipeline.stages {
            for lead in try store.page(stage: stage.id, after: nil, limit: 100, search: search) { ids.insert(lead.id) }
        }
        return ids
    }

    @Test func wordsSearchNameCompanyEmailAndNotes() throws {
        let temporary = TemporaryBoard()
        let store = try board(temporary)
        #expect(try matches("acme", in: store) == [1, 5, 6])
        #expect(try matches("acme ibérica", in: store) == [1])
        #expect(try matches("beta.io", in: store) == [2])
        #expect(try matches("revised", in: store) == [4])
        #expect(try matches("\"gamma 100\"", in: store) == [3])
        // LIKE's wildcards are matched literally: only Carla's company holds a '%'.
        #expect(try matches("%", in: store) == [3])
        #expect(try matches("a_c", in: store) == [4])
        #expect(try matches("nobody-has-this", in: store) == [])
    }

    @Test func conditionsNarrowByOwnerSourceCampaignAndScore() throws {
        let temporary = TemporaryBoard()
        let store = try board(temporary)
        #expect(try matches("owner:ana", in: store) == [1, 4, 6])
        #expect(try matches("owner:ANA", in: store) == [1, 4, 6])
        #expect(try matches("owner:me", in: store, user: "ben") == [2])
        #expect(try matches("owner:none", in: store) == [3, 5])
        #expect(try matches("source:WEBINAR", in: store) == [1, 2])
        #expect(try matches("campaign:Spring", in: store) == [1, 3])
        #expect(try matches("score:>60", in: store) == [1, 3, 4, 6])
        #expect(try matches("score:40-65", in: store) == [1, 2, 4])
        #expect(try matches("score:<=40", in: store) == [2, 5])
        #expect(try matches("owner:ana score:>62 acme", in: store) == [1, 6])
    }

    @Test func staleFollowsTheBoardsRule() throws {
        let temporary = TemporaryBoard()
        let store = try board(temporary)
        // Carla waits for a planned next step; Dora was written about yesterday; Finn is won.
        #expect(try matches("stale", in: store) == [1])
        #expect(try matches("stale owner:ben", in: store) == [])
        // The same rule as the cards' flag.
        for id: Int64 in 1...6 {
            let lead = try #require(try store.lead(id: id))
            let idle = store.pipeline.stage(lead.stage)?.idleDays
            let stale = try store.activity(leadID: id).isStale(enteredAt: lead.enteredAt, idleDays: idle, now: FilterStoreTests.now)
            #expect(stale == (id == 1), "lead \(id)")
        }
    }

    @Test func totalsCountOnlyTheMatches() throws {
        let temporary = TemporaryBoard()
        let store = try board(temporary)
        let search = LeadSearch(filter: try LeadFilter.parse("owner:ana"), user: "ana", now: FilterStoreTests.now)
        let totals = try store.stageTotals(matching: search)
        #expect(
            totals == [
                "sal": StageTotal(leads: 1, value: 10_000), "proposal": StageTotal(leads: 1, value: 20_000),
                "won": StageTotal(leads: 1, value: 30_000),
            ])
        // Without a filter the trigger-kept totals answer: every lead.
        #expect(try store.stageTotals(matching: nil)["sal"] == StageTotal(leads: 2, value: 15_000))
    }

    @Test func filteredColumnsPageByKeysetLikeUnfilteredOnes() throws {
        let temporary = TemporaryBoard()
        let store = try board(temporary)
        let search = LeadSearch(filter: try LeadFilter.parse("owner:none"), user: "ana", now: FilterStoreTests.now)
        // Newest arrival first: Eve (a day ago), then Carla (30 days ago).
        let first = try store.page(stage: "lead", after: nil, limit: 1, search: search)
        #expect(first.map(\.id) == [5])
        let eve = BoardCursor(enteredAt: first[0].enteredAt, id: 5)
        let second = try store.page(stage: "lead", after: eve, limit: 1, search: search)
        #expect(second.map(\.id) == [3])
        let carla = BoardCursor(enteredAt: second[0].enteredAt, id: 3)
        #expect(try store.page(stage: "lead", after: carla, limit: 5, search: search).isEmpty)
        #expect(try store.rank(stage: "lead", cursor: carla, search: search) == 1)
        #expect(try store.page(stage: "lead", before: carla, limit: 5, search: search).map(\.id) == [5])
        #expect(try store.page(stage: "lead", from: carla, limit: 5, search: search).map(\.id) == [3])
    }

    /// A reload reads every column's first page in one statement: the same leads, in the same
    /// order, as the columns' own reads, with or without a filter, from the top or from a cursor.
    @Test func columnsReadTogetherMatchTheirOwnPages() throws {
        let temporary = TemporaryBoard()
        let store = try board(temporary)
        for query in ["", "owner:none", "acme", "stale"] {
            let search = query.isEmpty ? nil : LeadSearch(filter: try LeadFilter.parse(query), user: "ana", now: FilterStoreTests.now)
            let stages = store.pipeline.stages.map(\.id)
            let top = try store.pages(stages.map { ColumnPageRequest(stage: $0, start: .top, limit: 1) }, search: search)
            #expect(top == (try stages.map { try store.page(stage: $0, after: nil, limit: 1, search: search) }), "\(query)")
            let carla = BoardCursor(enteredAt: FilterStoreTests.now - 30 * FilterStoreTests.day, id: 3)
            let from = try store.pages(
                [
                    ColumnPageRequest(stage: "lead", start: .from(carla), limit: 5),
                    ColumnPageRequest(stage: "sal", start: .top, limit: 5),
                ], search: search)
            #expect(
                from == [
                    try store.page(stage: "lead", from: carla, limit: 5, search: search),
                    try store.page(stage: "sal", after: nil, limit: 5, search: search),
                ], "\(query)")
        }
        #expect(
            try store.pages([
                ColumnPageRequest(stage: "lead", start: .top, limit: 5), ColumnPageRequest(stage: "sal", start: .top, limit: 5),
            ])
            .map { $0.map(\.id) } == [[5, 3], [2, 1]])
        #expect(try store.pages([]).isEmpty)
    }

    @Test func theInboxIsNarrowedToo() throws {
        let temporary = TemporaryBoard()
        let store = try board(temporary)
        try store.apply(.move(leadID: 3, toStage: "mql", expectedVersion: nil), actor: "marta", at: FilterStoreTests.now)
        try store.apply(.move(leadID: 5, toStage: "mql", expectedVersion: nil), actor: "marta", at: FilterStoreTests.now)
        let all = Store.InboxQuery(filter: .all, user: "ana", now: FilterStoreTests.now)
        #expect(try store.inboxCount(all) == 2)
        var narrowed = all
        narrowed.search = LeadSearch(filter: try LeadFilter.parse("gamma"), user: "ana", now: FilterStoreTests.now)
        #expect(try store.inboxCount(narrowed) == 1)
        #expect(try store.inbox(narrowed, after: nil, limit: 10).map(\.lead.id) == [3])
    }

    @Test func sourcesAreOfferedMostCommonFirst() throws {
        let temporary = TemporaryBoard()
        let store = try board(temporary)
        // "web" twice; then the rest once each, by name (SQLite compares case-sensitively: "Webinar" < "fair").
        #expect(try store.sources() == ["web", "Webinar", "fair", "referral", "webinar"])
    }
}
