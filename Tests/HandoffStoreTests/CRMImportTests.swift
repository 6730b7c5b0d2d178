import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Exports of HubSpot and Salesforce import with no flags; a spreadsheet of deals with its own
/// headings imports with --map, --stage-map and --date-format, and its history gives the KPIs a
/// hand calculation gives.
@Suite struct CRMImportTests {
    let now = TemporaryBoard.now

    func demoBoard(_ board: TemporaryBoard) throws -> Store {
        let store = try board.open()
        try DemoLoader(folder: Fixtures.sampleData).load(into: store, now: now)
        return store
    }

    func importing(_ name: String, _ options: ImportOptions = ImportOptions(), into store: Store, as actor: String = "lucia") throws
        -> ImportReport
    {
        try store.importCSV(at: Fixtures.path(name), options: options, actor: actor, now: now)
    }

    @Test func hubSpotContactsMapTheirColumnsStagesAndOwnersWithNoFlags() throws {
        let board = TemporaryBoard()
        let store = try demoBoard(board)
        let before = try store.leadCount()
        // An admin imports: owners the board does not know may join the team.
        let report = try importing("hubspot-contacts.csv", into: store, as: "elena")
        #expect(report.committed && report.created == 5 && report.rejected == 0)
        #expect(
            report.mapping == [
                "Record ID -> id", "First Name -> first_name", "Last Name -> last_name", "Email -> email", "Phone Number -> phone",
                "Company Name -> company", "Job Title -> attribute Job Title", "Lifecycle Stage -> stage",
                "Lead Status -> attribute Lead Status",
                "Create Date -> created", "Contact owner -> owner", "Original Traffic Source -> source", "HubSpot Score -> score",
                "Industry -> attribute Industry", "Number of Employees -> attribute Number of Employees",
            ])
        // Owners are found by name, accents and all; one the board does not know joins sales, with
        // the board event a member added by hand gets.
        #expect(report.createdOwners == ["grace.hopper (Grace Hopper)"])
        #expect(try store.member(login: "grace.hopper") == Member(login: "grace.hopper", name: "Grace Hopper", team: "sales"))
        #expect(
            try store.boardEvents(limit: 100).filter { $0.subject == "grace.hopper" }.map {
                "\($0.kind) \($0.subject) \($0.detail ?? "") \($0.actor)"
            }
                == ["member_added grace.hopper Grace Hopper, sales (import) elena"])
        #expect(try store.leadCount() == before + 5)
        let rows = try store.connection.prepare("SELECT id, name, stage, owner, source FROM leads WHERE id > 51234567800 ORDER BY id").rows(
            []) {
                [String($0.int64(0)), $0.string(1), $0.string(2), $0.optionalString(3) ?? "-", $0.string(4)]
            }
        #expect(
            rows == [
                ["51234567801", "Lucía Fernández", "lead", "lucia", "ORGANIC_SEARCH"],
                ["51234567802", "Megan Sullivan", "mql", "tom", "PAID_SEARCH"],
                ["51234567803", "Tomás Rubio", "sql", "javier", "SOCIAL_MEDIA"],
                ["51234567804", "Natalie Anderson", "won", "grace.hopper", "REFERRALS"],
                ["51234567805", "Itziar Quiñones", "lead", "-", "DIRECT_TRAFFIC"],
            ])
        // The demo board scores with its definition: open leads get its score and version, as the
        // lead form would give them; the won one keeps the file's.
        let version = try #require(try store.currentScoring())
        for id: Int64 in [51_234_567_801, 51_234_567_802, 51_234_567_803, 51_234_567_805] {
            let lead = try #require(try store.lead(id: id))
            let attributes = Dictionary(uniqueKeysWithValues: try store.attributes(leadID: id).map { ($0.name, $0.value) })
            let expected = ScoringEvaluator.breakdown(version.definition, lead: lead, attributes: attributes, at: now)
            #expect(lead.score == expected.total)
            #expect(
                try store.connection.scalar("SELECT score_version FROM lead_scores WHERE lead_id = ?", .integer(id)) == Int64(version.id))
        }
        #expect(try store.lead(id: 51_234_567_804)?.score == 33)
        // On a board without a definition the file's HubSpot Score is the score.
        let plain = TemporaryBoard()
        let unscored = try plain.open()
        _ = try importing("hubspot-contacts.csv", into: unscored)
        #expect(
            try unscored.connection.prepare("SELECT score FROM lead_scores ORDER BY lead_id").rows([]) { $0.int(0) } == [
                57, 71, 80, 33, 12,
            ])
        let attributes = try store.attributes(leadID: 51_234_567_803).map { "\($0.name)=\($0.value)" }
        #expect(attributes == ["Industry=Software", "Job Title=Head of Marketing", "Lead Status=In Progress", "Number of Employees=196"])
        #expect(try store.lead(id: 51_234_567_802)?.createdAt == Timestamp.parse("2026-03-05 14:02")!)
    }

    @Test func hubSpotDealsUseTheDefaultPipelineAndNameDealsWithoutANameByCompany() throws {
        let board = TemporaryBoard()
        let store = try demoBoard(board)
        let report = try importing("hubspot-deals.csv", ImportOptions(kind: .deals), into: store)
        #expect(report.committed && report.created == 4)
        let rows = try store.connection.prepare(
            "SELECT id, name, stage, value, owner, lost_reason FROM leads WHERE id BETWEEN 9001 AND 9004 ORDER BY id"
        ).rows([]) {
            [String($0.int64(0)), $0.string(1), $0.string(2), MoneyFormat.plain($0.double(3)), $0.string(4), $0.optionalString(5) ?? "-"]
        }
        #expect(
            rows == [
                ["9001", "Kettle & Co - annual plan", "sal", "18500", "tom", "-"],
                ["9002", "Dragon Freight expansion", "won", "30000", "ana", "-"],
                // "Went with a competitor" is the label of the board's `competitor` reason.
                ["9003", "Brightwave pilot", "lost", "4200", "tom", "competitor"],
                ["9004", "Northgate Ltd", "negotiation", "12000", "james", "-"],
            ])
        // An open deal's close date is an expected one: kept as an attribute, not as closed.
        #expect(try store.lead(id: 9001)?.closedAt == nil)
        #expect(try store.attributes(leadID: 9001).first { $0.name == "Close Date" }?.value == "2026-07-31 00:00")
        let won = try store.events(leadID: 9002)
        #expect(won.map(\.kind) == ["won", "created"])
        #expect(won[0].at == Timestamp.parse("2026-04-20")! && won[0].detail == "30000" && won[0].fromStage == "sal")
        #expect(won[1].at == Timestamp.parse("2026-02-10 09:00")! && won[1].toStage == "sal")
    }

    @Test func salesforceLeadsAndOpportunitiesWithNoFlags() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let leads = try importing("salesforce-leads.csv", into: store)
        #expect(leads.committed && leads.created == 4)
        #expect(
            leads.mapping.contains("Id -> id") && leads.mapping.contains("Status -> stage")
                && leads.mapping.contains("LeadSource -> source")
                && leads.mapping.contains("OwnerId -> owner") && leads.mapping.contains("CreatedDate -> created"))
        let stages = try store.connection.prepare("SELECT name, stage, owner, created_at FROM leads ORDER BY id").rows([]) {
            [$0.string(0), $0.string(1), $0.string(2), Timestamp.iso($0.int64(3))]
        }
        #expect(
            stages == [
                ["Olivia Edwards", "lead", "0055g000003XyzAAA", "2026-03-05T14:22:10Z"],
                ["Diego Moreno", "nurture", "0055g000003XyzAAA", "2026-03-06T09:01:00Z"],
                ["Hannah Hughes", "sal", "0055g000004AbcAAA", "2026-02-14T16:45:00Z"],
                ["Pablo Navarro", "lost", "0055g000004AbcAAA", "2026-01-30T10:00:00Z"],
            ])
        // The Salesforce id is not a board id: it is kept, and a second import of the export updates.
        #expect(try store.attributes(leadID: 1).first { $0.name == "Id" }?.value == "00Q5g00000AbCdEAAA")
        let again = try importing("salesforce-leads.csv", into: store)
        #expect(again.created == 0 && again.unchanged == 4)

        let opportunities = try importing("salesforce-opportunities.csv", ImportOptions(kind: .deals), into: store)
        #expect(opportunities.committed && opportunities.created == 4)
        let deals = try store.connection.prepare("SELECT name, company, stage, value FROM leads WHERE id > 4 ORDER BY id").rows([]) {
            [$0.string(0), $0.string(1), $0.string(2), MoneyFormat.plain($0.double(3))]
        }
        #expect(
            deals == [
                ["Lighthouse Retail - Enterprise", "Lighthouse Retail LLC", "sal", "42000"],
                ["Summit Analytics - Renewal", "Summit Analytics Ltd", "won", "15500"],
                ["Cierzo - Fleet tracking", "Transportes Cierzo S.A.", "negotiation", "27000"],
                ["Encina - Pilot", "Clínica Encina", "lost", "8000"],
            ])
        #expect(try store.attributes(leadID: 6).first { $0.name == "Probability" }?.value == "100")
    }

    /// Opportunity, Customer, Phase, Close value, Engage date (day first), Closing date, Rep.
    let spreadsheetOptions = ImportOptions(
        kind: .deals,
        map: "name=Opportunity,company=Customer,stage=Phase,value=Close value,created=Engage date,closed=Closing date,owner=Rep",
        stageMap: "Engaging=proposal,Won=won,Lost=lost,Prospecting=sql", dateFormat: "dd/MM/yyyy")

    @Test func aDealsSpreadsheetNeedsItsMappingAndThenItsKPIsMatchAHandCalculation() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        // Without the mapping nothing names the deals.
        let unmapped = try importing("deals-spreadsheet.csv", ImportOptions(kind: .deals), into: store)
        #expect(unmapped.refused && unmapped.rejected == 7)
        let report = try importing("deals-spreadsheet.csv", spreadsheetOptions, into: store)
        #expect(report.committed && report.created == 7 && report.createdOwners == ["tom", "ana", "javier"])
        #expect(report.mapping.last == "Region -> attribute Region")

        // Cycle time from the event log: created to won, in whole days. By hand: Alborada 3 Jan ->
        // 24 Jan = 21, Brisa 10 Jan -> 11 Mar = 21 + 28 + 11 = 60, Candela 15 Jan -> 16 Feb = 32,
        // Mistral 1 Feb -> 28 Feb = 27; sorted 21, 27, 32, 60: median (27 + 32) / 2 = 29.5.
        let cycles = try store.connection.prepare(
            """
            SELECT (w.at - c.at) / 86400 FROM events w JOIN events c ON c.lead_id = w.lead_id AND c.kind = 'created'
            WHERE w.kind = 'won' ORDER BY 1
            """
        ).rows([]) { $0.int(0) }
        #expect(cycles == [21, 27, 32, 60])
        #expect(Double(cycles[1] + cycles[2]) / 2 == 29.5)

        // Revenue won, from the won events' amounts: 12,500 + 8,000 + 20,000 + 30,000 = 70,500;
        // by month of the win: January 12,500, February 20,000 + 30,000 = 50,000, March 8,000.
        var months: [String: Double] = [:]
        for (at, amount) in try store.connection.prepare("SELECT at, detail FROM events WHERE kind = 'won'").rows(
            [], { ($0.int64(0), Double($0.string(1)) ?? 0) })
        {
            months[String(Timestamp.date(at).prefix(7)), default: 0] += amount
        }
        let byMonth = months.sorted { $0.key < $1.key }.map { "\($0.key) \(MoneyFormat.plain($0.value))" }
        #expect(byMonth == ["2026-01 12500", "2026-02 50000", "2026-03 8000"])
        // Win rate = won / (won + lost) = 4 / 5; the lost deal closed 5 Feb.
        let outcomes = try store.connection.prepare(
            "SELECT kind, count(*) FROM events WHERE kind IN ('won', 'lost') GROUP BY kind ORDER BY kind"
        ).rows([]) {
            "\($0.string(0)) \($0.int(1))"
        }
        #expect(outcomes == ["lost 1", "won 4"])
        #expect(try store.connection.scalar("SELECT at FROM events WHERE kind = 'lost'") == Timestamp.parse("2026-02-05")!)
        // Weighted pipeline = open value x stage probability: Levante 15,000 x 0.5 (proposal) +
        // Olivo 7,500 x 0.25 (sql) = 9,375. The column totals agree with the rows.
        let weighted = try store.connection.prepare(
            """
            SELECT sum(l.value * s.probability) FROM leads l JOIN stages s ON s.id = l.stage WHERE s.side NOT IN ('outcome')
            """
        ).rows([]) { $0.double(0) }
        #expect(weighted == [9_375])
        #expect(try store.stageTotals()["won"] == StageTotal(leads: 4, value: 70_500))
        #expect(try store.stageTotals()["proposal"] == StageTotal(leads: 1, value: 15_000))
        // Deals start in the first sales stage: a won deal was created there and won from there.
        let mistral = try store.connection.prepare("SELECT id FROM leads WHERE name = 'Mistral suite'").rows([]) { $0.int64(0) }[0]
        #expect(
            try store.events(leadID: mistral).map { "\($0.kind) \($0.fromStage ?? "-") \($0.toStage ?? "-")" } == [
                "won sal won", "created - sal",
            ])
        #expect(try store.lead(id: mistral)?.enteredAt == Timestamp.parse("2026-02-28")!)
        // The dashboard counts the imported deals when they happened: four won, 70,500, one lost.
        let q1 = KPIPeriod(kind: .custom, start: Timestamp.parse("2026-01-01")!, end: Timestamp.parse("2026-04-01")!)
        let figures = try store.kpiFigures(q1, now: now)
        #expect(figures.dealsWon == 4 && figures.revenueWon == 70_500 && figures.dealsLost == 1)
        #expect(figures.medianCycleDays == 29.5 && figures.winRate == 0.8 && figures.averageDealSize == 17_625)
        #expect(try store.kpiRollupRows() == store.kpiRecountRows())
    }
}
