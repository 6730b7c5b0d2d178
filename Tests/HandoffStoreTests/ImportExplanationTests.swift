import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// A failing import says, in a few lines, how it read each column, what stopped it and which
/// options would get the rows in; dates are read in the one order their whole column allows;
/// names can be built from several columns; amounts keep to one currency.
@Suite struct ImportExplanationTests {
    let now = TemporaryBoard.now

    func importing(_ name: String, _ options: ImportOptions = ImportOptions(), into store: Store) throws -> ImportReport {
        try store.importCSV(at: name.hasPrefix("/") ? name : Fixtures.path(name), options: options, actor: "importer", now: now)
    }

    func stages(_ store: Store) -> [String] { store.pipeline.stages.map(\.id) }

    @Test func aColumnWithOneDayFirstDateIsReadDayFirstThroughout() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("day-first-dates.csv", into: store)
        #expect(report.committed && report.created == 3 && report.rejected == 0)
        // `01-03-17` alone could be January; `18-03-17` in the same column cannot be month first.
        #expect(try store.lead(id: 1501)?.createdAt == Timestamp.parse("2017-03-01")!)
        #expect(try store.lead(id: 1502)?.closedAt == Timestamp.parse("2017-04-02")!)
        #expect(
            report.dateReadings == [
                ImportReport.DateReading(column: "created", pattern: "dd-MM-yy", example: "18-03-17"),
                ImportReport.DateReading(column: "closed", pattern: "dd-MM-yy", example: "30-04-17"),
            ])
        #expect(
            report.summaryLines.contains(
                "  dates of created read as dd-MM-yy, the only order every date there fits ('18-03-17' has no other)"))
    }

    /// The board's `:import` preview reads dates as the import will: it must not refuse a file
    /// the import takes.
    @Test func thePreviewReadsDatesInTheOrderTheImportWill() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let preview = try store.previewImport(at: Fixtures.path("day-first-dates.csv"), options: ImportOptions())
        #expect(preview.problems.isEmpty, "\(preview.problems)")
        let created = try #require(preview.columns.firstIndex(of: "created"))
        #expect(preview.rows.map { $0[created] } == ["2017-03-01", "2017-03-18", "2017-04-05"])
        #expect(
            preview.mapping.map(\.description).contains(
                "  dates of created read as dd-MM-yy, the only order every date there fits ('18-03-17' has no other)"))
        #expect(try store.leadCount() == 0)
    }

    @Test func aColumnThatFitsBothOrdersIsNeverGuessed() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("ambiguous-dates.csv", into: store)
        #expect(report.refused && report.rejected == 2 && report.dateReadings.isEmpty && report.fixes.isEmpty)
        let lines = report.problemLines(stages: stages(store)).map(\.description)
        #expect(lines.contains("  2 rows, column created:"))
        #expect(lines.contains("    row 2: '01-03-17' is ambiguous (day or month first?); pass --date-format dd-MM-yy or MM-dd-yy"))
        #expect(try store.leadCount() == 0)
    }

    @Test func rowsWithoutANameBesideAnIdColumnSuggestMappingIt() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("prospects.csv", into: store)
        #expect(report.refused && report.rejected == 3)
        #expect(report.fixes == ["--map id=ProspectID"])
        let lines = report.problemLines(stages: stages(store)).map(\.description)
        #expect(
            lines == [
                "Nothing was imported: 3 of 3 rows cannot be imported.",
                "  Columns read: Amount -> value, Stage -> stage.",
                "  Kept as attributes: ProspectID, Product, Account.",
                "  3 rows:",
                "    row 2: the row has no name, first or last name, company or id to name the lead by; its ProspectID column looks like an id",
                "    row 3: the row has no name, first or last name, company or id to name the lead by; its ProspectID column looks like an id",
                "    row 4: the row has no name, first or last name, company or id to name the lead by; its ProspectID column looks like an id",
                "To import these rows: handoff import \(Fixtures.path("prospects.csv")) --map id=ProspectID",
                "Correct the file and import it again.",
            ])
        let byID = try importing("prospects.csv", ImportOptions(map: "id=ProspectID"), into: store)
        #expect(byID.committed && byID.created == 3)
        #expect(
            try store.connection.prepare("SELECT name FROM leads ORDER BY id").rows([]) { $0.string(0) } == ["P-1001", "P-1002", "P-1003"])
    }

    @Test func aNameTemplateNamesDealsByWhatTheyAre() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("prospects.csv", ImportOptions(name: "{Product} for {Account}"), into: store)
        #expect(report.committed && report.created == 3)
        #expect(report.mapping.contains("Product -> name ({Product} for {Account}), and attribute Product"))
        // Without an account the product alone: no dangling "for".
        #expect(
            try store.connection.prepare("SELECT name FROM leads ORDER BY id").rows([]) { $0.string(0) }
                == ["Fleet tracking for Transportes Cierzo", "Booking engine for Hotel Mirador", "Analytics add-on"])
        #expect(
            throws: HandoffError.invalidInput(
                "--name {Product} by {Vendor}: the file has no column 'Vendor'; its columns are: ProspectID, Product, Account, Amount, Stage"
            )
        ) {
            try importing("prospects.csv", ImportOptions(name: "{Product} by {Vendor}"), into: store)
        }
    }

    @Test func aNameCanJoinColumns() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("given-family.csv", ImportOptions(map: "name=given+family,company=employer"), into: store)
        #expect(report.committed && report.created == 2)
        #expect(
            try store.connection.prepare("SELECT name, company FROM leads ORDER BY id").rows([]) { "\($0.string(0)) / \($0.string(1))" }
                == ["Marta Solana / Ferretería Solana", "Oliver Grant / Brightline Ltd"])
    }

    @Test func manyRowsWithOneMistakeReadAsOneProblem() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let path = board.folder + "/engaging.csv"
        var text = "id,name,stage,value\n"
        for row in 1...120 { text += "\(2000 + row),Deal \(row),Engaging,\(row),5\n".replacingOccurrences(of: ",5\n", with: "\n") }
        text += "2999,Comma,lead,\"12,5\"\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try importing(path, into: store)
        #expect(report.refused && report.rejected == 121)
        let lines = report.problemLines(stages: stages(store)).map(\.description)
        #expect(lines.count < 20)
        #expect(
            lines.contains("  120 rows, column stage:") && lines.contains("    (and 117 more)") && lines.contains("  1 row, column value:"))
        #expect(lines.contains("To import these rows: handoff import \(path) --decimal-comma --stage-map 'Engaging=STAGE'"))
    }

    @Test func theBoardCurrencyIsASettingAnImportAdoptsOnlyOnANewBoard() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        #expect(try store.settings().map { "\($0.key) \($0.value) \($0.isSet)" } == ["currency EUR false"])
        let report = try importing("pipedrive-deals.csv", into: store)
        #expect(report.committed && report.adoptedCurrency == "EUR")
        #expect(try store.settings().map { "\($0.key) \($0.value) \($0.isSet)" } == ["currency EUR true"])
        #expect(
            try store.boardEvents(limit: 5).map { "\($0.kind) \($0.subject) \($0.detail ?? "")" } == [
                "setting_changed currency EUR (import)"
            ])
        try store.setCurrency("usd", actor: "importer")
        #expect(try store.currency() == "USD")
        // Now the file's euros are another currency than the board's.
        let refused = try importing("pipedrive-deals.csv", into: store)
        #expect(refused.refused && refused.rejected == 4)
        #expect(throws: HandoffError.invalidInput("a currency is a three-letter ISO 4217 code such as EUR, USD or GBP, not 'dollars'")) {
            try store.setCurrency("dollars", actor: "importer")
        }
    }
}
