import HandoffCore
import Testing

/// How the meeting's material becomes agenda items, who gets the credit for a win, and the
/// report written from it.
@Suite struct MeetingAgendaTests {
    let members = [
        Member(login: "lucia", name: "Lucía Fernández", team: "marketing"), Member(login: "ana", name: "Ana López", team: "sales"),
        Member(login: "root", name: "Admin", team: "admin"),
    ]
    var teams: [String: String] { Dictionary(uniqueKeysWithValues: members.map { ($0.login, $0.team) }) }

    @Test func theMarketerWhoSourcedAWinIsTheCampaignOwnerElseTheCreatorElseWhoHandedItOff() {
        #expect(Celebration.sourcingMarketer(campaignOwner: "lucia", creator: "ana", handedOffBy: nil, teams: teams) == "lucia")
        #expect(Celebration.sourcingMarketer(campaignOwner: nil, creator: "root", handedOffBy: "lucia", teams: teams) == "lucia")
        #expect(Celebration.sourcingMarketer(campaignOwner: nil, creator: "root", handedOffBy: "ana", teams: teams) == "root")
        #expect(Celebration.sourcingMarketer(campaignOwner: nil, creator: nil, handedOffBy: nil, teams: teams) == nil)
        #expect(Celebration.closingRep(owner: "ana", wonBy: "root", teams: teams) == "ana")
        #expect(Celebration.closingRep(owner: "lucia", wonBy: "root", teams: teams) == "root")
    }

    func event(_ id: Int64, _ kind: String, lead: Lead, actor: String, detail: String? = nil, from: String? = nil, to: String? = nil)
        -> AgendaEvent
    {
        AgendaEvent(
            event: LeadEvent(
                id: id, leadID: lead.id, at: 1_000 + id, actor: actor, kind: kind, fromStage: from, toStage: to, detail: detail),
            lead: lead)
    }

    @Test func emptyTopicsAreLeftOutButTheKPIsAlwaysStay() {
        let material = AgendaMaterial(since: 0, until: 10_000)
        let items = MeetingAgenda.items(from: material, pipeline: .standard, members: members, currency: "EUR")
        #expect(items.map(\.key) == ["kpis"])
    }

    @Test func itemsComeInAgendaOrderWithTheirCounts() {
        let lead = Lead(
            id: 9, name: "Marie | Dubois", company: "Atelier *Lumière*", source: "webinar", owner: "ana", stage: "won", value: 1_500,
            createdAt: 0, enteredAt: 0)
        var material = AgendaMaterial(since: 0, until: 10_000)
        material.wins = .init([event(3, "won", lead: lead, actor: "ana", detail: "1500")])
        material.rejected = .init(
            [
                event(4, "rejected", lead: lead, actor: "ana", detail: "student: thesis"),
                event(5, "rejected", lead: lead, actor: "ana", detail: "no_budget"),
                event(6, "rejected", lead: lead, actor: "ana", detail: "student"),
            ], total: 7)
        material.moves = .init([event(7, "moved", lead: lead, actor: "ana", from: "sql", to: "proposal")])
        let items = MeetingAgenda.items(from: material, pipeline: .standard, members: members, currency: "EUR")
        #expect(items.map(\.key) == ["kpis", "win:3", "rejected", "moves"])
        #expect(items[1].title == "Won: Atelier *Lumière*" && items[1].headline == "1,500 EUR · Marie | Dubois (Atelier *Lumière*)")
        #expect(items[1].celebration?.rep == "Ana López" && items[1].celebration?.marketer == nil)
        #expect(items[2].headline == "7 rejected: student 2, no_budget 1" && items[2].total == 7)
        #expect(items[2].entries.last == AgendaEntry("… and 4 more", tone: .muted))
        #expect(items[3].entries.map(\.text) == ["Marie | Dubois (Atelier *Lumière*): Qualified (SQL) → Proposal · Ana López"])

        // The report escapes what came from the data.
        let agenda = MeetingAgenda(since: 0, until: 10_000, items: items, discussed: ["win:3"])
        let markdown = agenda.markdown()
        #expect(markdown.hasPrefix("# Weekly meeting: 1970-01-01 00:00 – 1970-01-01 02:47 UTC\n"), "to the nearest minute")
        #expect(markdown.contains("## Won: Atelier \\*Lumière\\* (discussed)"))
        #expect(markdown.contains("- \\#9 Marie \\| Dubois (Atelier \\*Lumière\\*): Qualified (SQL) → Proposal · Ana López"))
        #expect(markdown.contains("## Action items\n\nNone agreed yet."))
        #expect(markdown.contains("## How the figures are computed"))
    }

    /// One of anything is said in the singular, in both languages: headlines are built from counts.
    @Test func headlinesAgreeWithTheirCounts() {
        let lead = Lead(id: 9, name: "Marie Dubois", company: "", owner: "ana", stage: "won", value: 1_500, createdAt: 0, enteredAt: 0)
        var material = AgendaMaterial(since: 0, until: 100_000)
        material.wins = .init([event(3, "won", lead: lead, actor: "ana", detail: "1500")])
        material.accepted = .init([event(4, "accepted", lead: lead, actor: "ana")])
        material.rejected = .init([event(5, "rejected", lead: lead, actor: "ana", detail: "student")])
        material.losses = .init([event(6, "lost", lead: lead, actor: "ana", detail: "price")])
        material.lateAnswers = .init([event(7, "accepted", lead: lead, actor: "ana")])
        material.followUps = [
            ActionItem(id: 1, meetingID: 1, item: nil, body: "Call", owner: "ana", due: nil, createdAt: 0, createdBy: "root"),
            ActionItem(
                id: 2, meetingID: 2, item: nil, body: "Send", owner: "ana", due: nil, createdAt: 0, createdBy: "root",
                doneAt: 50, doneBy: "ana"),
        ]
        var won = lead
        won.createdAt = 1_000 + 3 - 86_400
        material.wins = .init([
            AgendaEvent(event: LeadEvent(id: 3, leadID: 9, at: 1_003, actor: "ana", kind: "won", detail: "1500"), lead: won)
        ])
        func headlines(_ language: Language) -> [String] {
            MeetingAgenda.items(from: material, pipeline: .standard, members: members, currency: "EUR", strings: Strings(language))
                .filter { $0.key != "kpis" }.map { [$0.headline] + $0.entries.map(\.text) }.flatMap { $0 }
        }
        let spanish = headlines(.spanish)
        for expected in [
            "1 abierta, 1 hecha desde la última reunión", "Creado el 31/12/1969, ganado el 01/01/1970: 1 día", "1 aceptado por ventas",
            "1 rechazado: student 1", "1 perdido: price 1", "1 respondido tarde",
        ] {
            #expect(spanish.contains { $0.hasPrefix(expected) }, "\(expected) in \(spanish)")
        }
        let english = headlines(.english)
        for expected in [
            "1 open, 1 done since the last meeting", "Created 1969-12-31, won 1970-01-01: 1 day", "1 accepted by sales", "1 answered late",
        ] {
            #expect(english.contains { $0.hasPrefix(expected) }, "\(expected) in \(english)")
        }
    }

    @Test func markdownEscapesFormattingAndTerminalControls() {
        #expect(Markdown.escape("a|b *c* [d](e) #1 \u{1B}[2J") == "a\\|b \\*c\\* \\[d\\](e) \\#1 ␛\\[2J")
    }

    @Test func sortingTheTables() {
        let reps = [
            KPIRepRow(login: "a", name: "Ana", accepted: 2, won: 1, revenue: 100, medianResponseSeconds: 7_200),
            KPIRepRow(login: "b", name: "Ben", accepted: 5, won: 0, revenue: 0, medianResponseSeconds: nil),
            KPIRepRow(login: "c", name: "Cai", accepted: 1, won: 3, revenue: 50, medianResponseSeconds: 3_600),
        ]
        #expect(KPIRepSort.revenue.sorted(reps).map(\.login) == ["a", "c", "b"])
        #expect(KPIRepSort.accepted.sorted(reps).map(\.login) == ["b", "a", "c"])
        #expect(KPIRepSort.response.sorted(reps).map(\.login) == ["c", "a", "b"])
        #expect(KPIRepSort.name.cycled() == .revenue)
        let campaigns = [
            KPICampaignRow(id: "x", name: "X", spend: 100, leads: 10, revenue: 300),
            KPICampaignRow(id: "y", name: "Y", spend: 0, leads: 5, revenue: 500),
            KPICampaignRow(id: "z", name: "Z", spend: 50, leads: 1, revenue: 0),
        ]
        #expect(KPICampaignSort.revenue.sorted(campaigns).map(\.id) == ["y", "x", "z"])
        // Cost per lead cheapest first, ROI highest first; undefined ones (no spend) last.
        #expect(KPICampaignSort.cpl.sorted(campaigns).map(\.id) == ["y", "x", "z"])
        #expect(KPICampaignSort.roi.sorted(campaigns).map(\.id) == ["x", "z", "y"])
    }
}
