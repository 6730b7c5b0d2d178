import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Zoho CRM (leads, deals, accounts) and Pipedrive (deals, persons, organizations) exports, with
/// the columns their documentation lists, import with no --map and no --stage-map.
@Suite struct ZohoPipedriveImportTests {
    let now = TemporaryBoard.now

    func importing(_ name: String, _ options: ImportOptions = ImportOptions(), into store: Store) throws -> ImportReport {
        try store.importCSV(at: Fixtures.path(name), options: options, actor: "importer", now: now)
    }

    func leads(_ store: Store) throws -> [[String]] {
        try store.connection.prepare(
            "SELECT name, company, stage, coalesce(value, -1), coalesce(owner, '-'), created_at, coalesce(closed_at, 0) FROM leads ORDER BY id"
        ).rows([]) {
            [
                $0.string(0), $0.string(1), $0.string(2), MoneyFormat.plain($0.double(3)), $0.string(4), Timestamp.iso($0.int64(5)),
                $0.int64(6) == 0 ? "-" : Timestamp.iso($0.int64(6)),
            ]
        }
    }

    func attribute(_ store: Store, _ id: Int64, _ name: String) throws -> String? {
        try store.attributes(leadID: id).first { $0.name == name }?.value
    }

    @Test func zohoLeadsTakeTheirStatusOwnerAndCreatedTime() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("zoho-leads.csv", into: store)
        #expect(report.committed && report.created == 4 && report.rejected == 0)
        #expect(
            report.mapping.contains("Record Id -> id") && report.mapping.contains("Lead Owner -> owner")
                && report.mapping.contains("Lead Status -> stage") && report.mapping.contains("Created Time -> created")
                && report.mapping.contains("Lead Source -> source"))
        #expect(
            try leads(store) == [
                ["Marta Solana", "Ferretería Solana", "lead", "-1", "carmen.vidal", "2026-03-02T09:15:22Z", "-"],
                ["Oliver Grant", "Brightline Ltd", "nurture", "-1", "carmen.vidal", "2026-02-18T14:02:10Z", "-"],
                ["Sofía Navas", "Hotel Mirador", "mql", "-1", "iker.ruiz", "2026-01-27T16:45:00Z", "-"],
                // A junk lead is lost, when it was last known to change: its creation.
                ["Jonas Weber", "Quickparts GmbH", "lost", "-1", "iker.ruiz", "2026-02-05T08:00:00Z", "2026-02-05T08:00:00Z"],
            ])
        // The Zoho id is kept and matched: the same export again changes nothing.
        #expect(try attribute(store, 1, "Record Id") == "zcrm_5725767000000412001")
        #expect(try importing("zoho-leads.csv", into: store).unchanged == 4)
    }

    @Test func zohoDealsUseTheDefaultStagesAndClosingDate() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        // No --kind: a Deal Name column makes the file a deals export, so deals start in sales.
        let report = try importing("zoho-deals.csv", into: store)
        #expect(report.kind == .deals)
        #expect(report.committed && report.created == 4 && report.rejected == 0)
        #expect(
            report.mapping.contains("Deal Name -> name") && report.mapping.contains("Closing Date -> closed")
                && report.mapping.contains("Contact Name -> attribute Contact Name"))
        #expect(
            try leads(store) == [
                ["Solana - shop fit-out", "Ferretería Solana", "sql", "14500", "carmen.vidal", "2026-03-05T10:00:00Z", "-"],
                ["Mirador - booking engine", "Hotel Mirador", "won", "32000", "iker.ruiz", "2026-02-01T09:30:00Z", "2026-04-15T00:00:00Z"],
                [
                    "Brightline - analytics add-on", "Brightline Ltd", "lost", "9800", "carmen.vidal", "2026-02-20T12:00:00Z",
                    "2026-03-28T00:00:00Z",
                ],
                ["Quickparts - pilot", "Quickparts GmbH", "negotiation", "21000", "iker.ruiz", "2026-03-10T15:45:00Z", "-"],
            ])
        // An open deal's closing date is the expected one.
        #expect(try attribute(store, 1, "Closing Date") == "2026-06-30")
        let won = try store.events(leadID: 2)
        #expect(won.map(\.kind) == ["won", "created"] && won[0].detail == "32000" && won[1].toStage == "sal")
    }

    @Test func zohoAccountsAreCompaniesOnTheBoard() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("zoho-accounts.csv", into: store)
        #expect(report.committed && report.created == 3)
        #expect(report.mapping.contains("Account Owner -> owner") && report.mapping.contains("Account Name -> company"))
        #expect(
            try leads(store).map { [$0[0], $0[1], $0[2], $0[4], $0[5]] } == [
                ["Ferretería Solana", "Ferretería Solana", "lead", "carmen.vidal", "2026-03-02T09:20:00Z"],
                ["Hotel Mirador", "Hotel Mirador", "lead", "iker.ruiz", "2026-01-27T17:00:00Z"],
                ["Quickparts GmbH", "Quickparts GmbH", "lead", "iker.ruiz", "2026-02-05T08:05:00Z"],
            ])
        #expect(try attribute(store, 2, "Account Type") == "Customer")
    }

    @Test func pipedriveDealsTakeTheirStatusBesideTheStage() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("pipedrive-deals.csv", into: store)
        #expect(report.committed && report.created == 4 && report.rejected == 0)
        #expect(
            report.mapping.contains("Deal - Title -> name") && report.mapping.contains("Deal - Status -> outcome")
                && report.mapping.contains("Deal - Stage -> stage") && report.mapping.contains("Deal - Value -> value")
                && report.mapping.contains("Deal - Deal created -> created") && report.mapping.contains("Deal - Deal closed on -> closed")
                && report.mapping.contains("Deal - Last stage change -> entered")
                && report.mapping.contains("Deal - Organization -> company"))
        #expect(
            try leads(store) == [
                ["Solana deal", "Ferretería Solana", "sql", "14500", "carmen.vidal", "2026-03-05T10:00:11Z", "-"],
                ["Mirador booking engine", "Hotel Mirador", "won", "32000", "iker.ruiz", "2026-02-01T09:30:00Z", "2026-04-15T17:20:00Z"],
                ["Brightline analytics", "Brightline Ltd", "lost", "9800", "carmen.vidal", "2026-02-20T12:00:00Z", "2026-03-28T08:00:00Z"],
                ["Quickparts pilot", "Quickparts GmbH", "proposal", "21000", "iker.ruiz", "2026-03-10T15:45:00Z", "-"],
            ])
        // Pipedrive numbers deals from 1: the number is its id there, not the board's.
        #expect(try attribute(store, 1, "Deal - ID") == "1")
        #expect(try store.lead(id: 4)?.enteredAt == Timestamp.parse("2026-03-18 10:00")!)
        #expect(try store.lead(id: 3)?.lostReason == "price")
        #expect(try importing("pipedrive-deals.csv", into: store).unchanged == 4)
    }

    @Test func pipedrivePersonsAndOrganizationsDoNotUpdateDealsWithTheSameNumber() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        _ = try importing("pipedrive-deals.csv", into: store)
        let persons = try importing("pipedrive-persons.csv", into: store)
        #expect(persons.committed && persons.created == 3 && persons.updated == 0)
        #expect(
            persons.mapping.contains("Person - Name -> name") && persons.mapping.contains("Person - Email -> email")
                && persons.mapping.contains("Person - Person created -> created"))
        let organizations = try importing("pipedrive-organizations.csv", into: store)
        #expect(organizations.committed && organizations.created == 3 && organizations.updated == 0)
        let rows = try leads(store)
        #expect(rows.count == 10)
        #expect(rows[4] == ["Marta Solana", "Ferretería Solana", "lead", "-1", "carmen.vidal", "2026-03-02T09:15:22Z", "-"])
        #expect(rows[7] == ["Ferretería Solana", "Ferretería Solana", "lead", "-1", "carmen.vidal", "2026-03-02T09:14:00Z", "-"])
        #expect(try store.lead(id: 1)?.name == "Solana deal")
    }
}
