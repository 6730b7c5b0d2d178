import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The corpus of awkward files, each with its exact outcome: what is stored, or which rows are
/// refused and why. A refused import writes nothing.
@Suite struct ImportFixtureTests {
    let now = TemporaryBoard.now

    func importing(_ name: String, _ options: ImportOptions = ImportOptions(), into store: Store) throws -> ImportReport {
        try store.importCSV(at: Fixtures.path(name), options: options, actor: "importer", now: now)
    }

    /// Each reject as `row, column: reason`, the way the report lists them.
    func rejects(_ report: ImportReport) -> [String] { report.rejects.map(\.description) }

    func lead(_ store: Store, _ id: Int64) throws -> Lead { try #require(try store.lead(id: id)) }

    func attributes(_ store: Store, _ id: Int64) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try store.attributes(leadID: id).map { ($0.name, $0.value) })
    }

    @Test func byteOrderMarkCRLFAndQuotedCommas() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("bom-crlf.csv", into: store)
        #expect(report.committed && report.created == 3 && report.rejected == 0)
        // The mark is not part of the first column's name, so `id` maps.
        #expect(report.mapping.first == "id -> id")
        let ana = try lead(store, 101)
        #expect(ana.name == "García, Ana" && ana.company == "Panadería García" && ana.stage == "lead" && ana.value == nil)
        #expect(ana.createdAt == Timestamp.parse("2026-03-02")!)
        let tom = try lead(store, 102)
        #expect(
            tom.company == "Brightwave, Ltd" && tom.value == 12_000.5 && tom.stage == "mql"
                && tom.createdAt == Timestamp.parse("2026-03-03T10:15:00Z")!)
        let inigo = try lead(store, 103)
        #expect(inigo.name == "Íñigo Muñoz" && inigo.stage == "won" && inigo.value == 18_500)
        // A won row without a close date closes when it was created.
        #expect(inigo.closedAt == Timestamp.parse("2026-01-10 09:30")! && inigo.createdAt == inigo.closedAt)
    }

    @Test func embeddedNewlinesAndQuotesAreKeptExactly() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("embedded-newlines.csv", into: store)
        #expect(report.created == 2)
        #expect(try attributes(store, 201)["notes"] == "Met at the fair.\nSaid \"call me in May\", then\r\nleft early.")
        #expect(try lead(store, 201).company == "Kettle & Co")
        #expect(try lead(store, 202).name == "Chen Wei 陈伟")
    }

    @Test func semicolonsAreDetectedAndDecimalCommasNeedTheFlag() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let refused = try importing("semicolon.csv", into: store)
        #expect(refused.delimiter == UInt8(ascii: ";"))
        #expect(refused.refused && refused.rejected == 3)
        #expect(
            rejects(refused) == [
                "row 2, column value: '1.234,50' is written with a decimal comma; pass --decimal-comma",
                "row 3, column value: '€ 980,00' is written with a decimal comma; pass --decimal-comma",
                "row 4, column value: '12.000' has more than two decimals; if '.' groups thousands, pass --decimal-comma",
            ])
        #expect(try store.leadCount() == 0)
        let report = try importing("semicolon.csv", ImportOptions(decimalComma: true), into: store)
        #expect(report.committed && report.created == 3)
        #expect(try lead(store, 301).value == 1_234.5)
        #expect(try lead(store, 302).value == 980)
        #expect(try lead(store, 303).value == 12_000)
    }

    @Test func tabsAreDetected() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("tab.tsv", into: store)
        #expect(report.delimiter == UInt8(ascii: "\t") && report.created == 2)
        #expect(try lead(store, 402).name == "Begoña Larrañaga" && lead(store, 402).source == "web")
    }

    @Test func raggedRowsAreReportedAndEmptyTrailingColumnsAreNot() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("ragged.csv", into: store)
        #expect(report.refused)
        #expect(
            rejects(report) == ["row 3: the row has 2 fields but the header has 3", "row 5: the row has 4 fields but the header has 3"])
        #expect(try store.leadCount() == 0)
        let skipped = try importing("ragged.csv", ImportOptions(skipBadRows: true), into: store)
        #expect(skipped.committed && skipped.created == 3 && skipped.rejected == 2)
        #expect(try store.connection.prepare("SELECT id FROM leads ORDER BY id").rows([]) { $0.int64(0) } == [501, 503, 505])
        #expect(try lead(store, 503).company == "Granite Works")
    }

    @Test func aRowOfOneFieldIsSaidInTheSingular() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let file = board.folder + "/one-field.csv"
        try "id,name,company\n601,Ada Ruiz,Brightwave\n602\n".write(toFile: file, atomically: true, encoding: .utf8)
        let report = try store.importCSV(at: file, options: ImportOptions(), actor: "importer", now: now)
        #expect(rejects(report) == ["row 3: the row has 1 field but the header has 3"])
        #expect(ImportProgress(rows: 1, bytes: 10, totalBytes: 20, seconds: 0.1).text.description == "1 row, 50% of the file")
    }

    @Test func datesAreNeverGuessed() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("bad-dates.csv", into: store)
        #expect(
            rejects(report) == [
                "row 2, column created: '03/04/2026' is ambiguous (day or month first?); pass --date-format dd/MM/yyyy or MM/dd/yyyy",
                "row 3, column created: '2026-02-30' is not a date; use YYYY-MM-DD (ISO 8601) or pass --date-format, e.g. dd/MM/yyyy",
                "row 4, column created: '25/12/2025' is day first; pass --date-format dd/MM/yyyy",
                "row 5, column closed: closed 2026-04-01 is before created 2026-05-01",
            ])
        // With the format named, the day-first dates read; an impossible date and a close before
        // creation stay refused.
        let dayFirst = try importing("bad-dates.csv", ImportOptions(dateFormat: "dd/MM/yyyy", skipBadRows: true), into: store)
        #expect(dayFirst.created == 3 && dayFirst.rejected == 2)
        #expect(try lead(store, 601).createdAt == Timestamp.parse("2026-04-03")!)
        #expect(try lead(store, 603).createdAt == Timestamp.parse("2025-12-25")!)
        #expect(try lead(store, 605).closedAt == Timestamp.parse("2026-06-15")!)
    }

    @Test func amountsInEveryWrittenForm() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("bad-amounts.csv", ImportOptions(skipBadRows: true), into: store)
        #expect(
            rejects(report) == [
                "row 2, column value: '12,5' is written with a decimal comma; pass --decimal-comma",
                "row 3, column value: 'twelve' is not an amount; use digits, e.g. 1234.50 or 1,234.50",
                "row 4, column value: '-100' is negative; an amount is zero or more",
                "row 5, column value: '1.234' has more than two decimals; if '.' groups thousands, pass --decimal-comma",
                // A board adds its amounts up: the file's first currency is the one it takes.
                "row 7, column value: the amount is in EUR and the file's first amounts in USD; a board counts in one currency",
            ])
        #expect(report.created == 1 && report.adoptedCurrency == "USD")
        #expect(try store.currency() == "USD")
        #expect(try lead(store, 705).value == 1_250.75)
        #expect(report.fixes == ["--decimal-comma"])
        // On a board that counts in euros, the euros are in and the dollars are not.
        let euros = TemporaryBoard()
        let euroStore = try euros.open()
        try euroStore.setCurrency("eur", actor: "importer")
        let again = try importing("bad-amounts.csv", ImportOptions(skipBadRows: true), into: euroStore)
        #expect(again.created == 1 && again.adoptedCurrency == nil)
        #expect(try lead(euroStore, 706).value == 990)
        #expect(
            rejects(again).contains(
                "row 6, column value: the amount is in USD and this board counts in EUR; convert it, or change the board's currency (handoff settings set currency USD) if the board is new"
            ))
    }

    @Test func unknownStagesAreListedWithTheOptionThatMapsThem() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("unmapped-stages.csv", into: store)
        #expect(report.refused && report.rejected == 3)
        #expect(report.unknownStages == ["Engaging": 2, "Signed": 1])
        #expect(report.suggestedStageMap == "--stage-map 'Engaging=STAGE,Signed=STAGE'")
        #expect(
            report.problemLines(stages: store.pipeline.leadStages.map(\.id)).contains(
                "  Map each to a stage with --stage-map 'Engaging=STAGE,Signed=STAGE'; stages: lead, nurture, mql, sal, sql, proposal, negotiation, won, lost."
            ))
        let mapped = try importing("unmapped-stages.csv", ImportOptions(stageMap: "Engaging=Proposal,Signed=WON"), into: store)
        #expect(mapped.committed && mapped.created == 4)
        #expect(try lead(store, 801).stage == "proposal" && lead(store, 802).stage == "won" && lead(store, 804).stage == "won")
        #expect(
            throws: HandoffError.invalidInput(
                "--stage-map Signed=closed: 'closed' is not a stage of this board; stages are: lead, nurture, mql, sal, sql, proposal, negotiation, won, lost"
            )
        ) {
            try importing("unmapped-stages.csv", ImportOptions(stageMap: "Signed=closed"), into: store)
        }
    }

    @Test func duplicatesInsideTheFileAreReportedWithTheFirstRow() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("duplicate-ids.csv", into: store)
        #expect(
            rejects(report) == [
                "row 4, column id: id 901 is also on row 2; each lead once per file",
                "row 5, column email: email FIRST@dup.example is also on row 2; each lead once per file",
            ])
        #expect(try store.leadCount() == 0)
    }

    @Test func tenThousandCharacterFieldsAreKeptAndTooLongNamesRefused() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("long-fields.csv", ImportOptions(skipBadRows: true), into: store)
        #expect(rejects(report) == ["row 3, column name: a name has at most 200 characters; this one has 10000"])
        let notes = try #require(try attributes(store, 1001)["notes"])
        #expect(notes.count == 10_000 && notes.hasPrefix("abcdefghijabc") && notes.hasSuffix("hij"))
    }

    @Test func invalidUTF8IsReportedWithItsRowAndColumns() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("invalid-utf8.csv", into: store)
        #expect(
            rejects(report) == [
                "row 2, column name: the text is not valid UTF-8; save the file as UTF-8",
                "row 2, column company: the text is not valid UTF-8; save the file as UTF-8",
            ])
        #expect(try store.leadCount() == 0)
    }

    @Test func anUnclosedQuoteIsReportedWhereItStarts() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try importing("unclosed-quote.csv", into: store)
        #expect(
            rejects(report) == ["row 3, column name: a quoted field is never closed, so the rest of the file ran into it; close the quote"])
    }

    @Test func campaignsAndMembersImportByTheirOwnKinds() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let campaigns = try importing("campaigns-hubspot.csv", ImportOptions(kind: .campaigns), into: store)
        #expect(campaigns.created == 2)
        let rows = try store.connection.prepare("SELECT id, name, channel, spend, started FROM campaigns ORDER BY id").rows([]) {
            [$0.string(0), $0.string(1), $0.string(2), MoneyFormat.plain($0.double(3)), Timestamp.date($0.int64(4))]
        }
        #expect(
            rows == [
                ["retail-expo-madrid", "Retail Expo Madrid", "events", "7400", "2026-09-28"],
                ["spring-webinar-2026", "Spring Webinar 2026", "webinar", "3200", "2026-03-01"],
            ])
        let members = try importing("members.csv", ImportOptions(kind: .members), into: store)
        #expect(rejects(members) == ["row 4, column Team: 'Finance' is not a team; teams are marketing, sales, success, admin"])
        let skipped = try importing("members.csv", ImportOptions(kind: .members, skipBadRows: true), into: store)
        #expect(skipped.created == 2)
        #expect(try store.member(login: "marta") == Member(login: "marta", name: "Marta Ruiz", team: "marketing"))
        #expect(try store.member(login: "ben")?.team == "sales")
    }
}
