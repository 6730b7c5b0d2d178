import Foundation
import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// HubSpot's companies export and Salesforce's accounts export come in as accounts with no flag
/// for their standard columns: the CRM's id, name, owner by display name, the customer's date and
/// what it bought before; prospects are left out; a second import updates; the export reads back.
@Suite struct AccountImportTests {
    let now = TemporaryBoard.now
    let day: Int64 = 86_400

    func write(_ text: String, named name: String, in board: TemporaryBoard) throws -> String {
        let path = board.folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func hubSpotCompaniesBecomeAccountsAndProspectsStayOut() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        let file = try write(
            """
            Record ID,Company name,Company owner,Lifecycle Stage,Became a Customer Date,Total Revenue,Number of Associated Deals,Renewal Date
            901,Harbour Cafés,Sam Okafor,customer,2026-01-10,24000,2,2027-01-10
            902,Nordic Tiles,Sam Okafor,opportunity,,,0,
            903,Old Mill Bakery,Ana López,former customer,2025-06-01,5000,1,
            """, named: "hubspot-companies.csv", in: board)
        let report = try store.importCSV(at: file, options: ImportOptions(kind: .accounts), actor: "elena", now: now)
        #expect(report.committed && report.created == 2 && report.unchanged == 1)
        #expect(report.mapping.contains("Company name -> name") && report.mapping.contains("Total Revenue -> revenue"))
        let cafe = try #require(try store.account(named: "Harbour Cafés"))
        #expect(cafe.owner == "sam" && cafe.stage == "active" && cafe.revenue == 24_000 && cafe.deals == 2)
        #expect(cafe.since == 1768003200 && cafe.renewalAt == 1799539200)  // 2026-01-10 and 2027-01-10, midnight UTC
        #expect(try store.account(named: "Old Mill Bakery")?.stage == "churned")
        #expect(try store.account(named: "Nordic Tiles") == nil)
        // A win of the company on the board adds to what it bought before.
        try store.createLead(
            Lead(
                id: 20, name: "Lena Berg", company: "harbour cafés", owner: "ana", stage: "negotiation", value: 6_000,
                createdAt: now - day, enteredAt: now - day), actor: "elena")
        try store.apply(.won(leadID: 20, amount: 6_000, expectedVersion: nil), actor: "ana", at: now)
        #expect(try store.requireAccount(id: cafe.id).revenue == 30_000)
        // The same file again changes nothing; the CRM's new total updates the earlier purchases only.
        #expect(try store.importCSV(at: file, options: ImportOptions(kind: .accounts), actor: "elena", now: now).unchanged == 3)
        let again = try write("Record ID,Company name,Total Revenue\n901,Harbour Cafés,26000\n", named: "again.csv", in: board)
        #expect(try store.importCSV(at: again, options: ImportOptions(kind: .accounts), actor: "elena", now: now).updated == 1)
        #expect(try store.requireAccount(id: cafe.id).revenue == 32_000)
        #expect(try BoardCheck.run(path: board.path).passed)
    }

    @Test func salesforceAccountsComeInByTheirOwnColumnNames() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        let file = try write(
            """
            Account ID,Account Name,Account Owner,Type,Created Date
            001A000001,Fjord Freight AS,Sam Okafor,Customer - Direct,2026-11-01
            001A000002,Quarry Labs,Ana López,Prospect,2026-10-01
            001A000003,Pine & Co,Sam Okafor,Technology Partner,2026-09-01
            """, named: "salesforce-accounts.csv", in: board)
        let report = try store.importCSV(at: file, options: ImportOptions(kind: .accounts), actor: "elena", now: now)
        #expect(report.committed && report.created == 1)
        let fjord = try #require(try store.account(named: "Fjord Freight AS"))
        // A customer for less than 30 days is still onboarding; one purchase, of unknown value.
        #expect(fjord.stage == "onboarding" && fjord.owner == "sam" && fjord.deals == 1 && fjord.revenue == 0)
        var exported: [[String]] = []
        try store.export(.accounts) { exported.append($0) }
        #expect(exported.count == 2 && exported[1][1] == "Fjord Freight AS" && exported[1].last == "001A000001")
    }
}
