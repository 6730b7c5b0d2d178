import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// What an import writes: updates of leads already on the board (one event each, undoable as one),
/// all or nothing, dry runs and rejects files.
@Suite struct ImportWriteTests {
    let now = TemporaryBoard.now

    func write(_ text: String, in board: TemporaryBoard, name: String = "file.csv") throws -> String {
        let path = board.folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every table counted, the schema, the leads and the history as exported, and the integrity
    /// check: a failed import must leave all of it as it was.
    func fingerprint(_ store: Store) throws -> [String] {
        let tables = try store.tableNames()
        var lines = try tables.map { "\($0): \(try store.connection.scalar("SELECT count(*) FROM \($0)") ?? -1)" }
        lines += try store.schemaObjects()
        lines += try store.connection.prepare("SELECT stage, leads, value FROM stage_totals ORDER BY stage").rows([]) {
            "\($0.string(0)) \($0.int(1)) \($0.double(2))"
        }
        for kind in Store.ExportKind.allCases { try store.export(kind) { lines.append($0.joined(separator: "|")) } }
        lines += try store.engineIntegrityProblems()
        return lines
    }

    @Test func aRowMatchingALeadByIdUpdatesItWithOneEventThatUndoRevertsAsOne() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let path = try write(
            """
            id,name,company,stage,value,notes,closed
            2,Tom Baker,Brightwave Group,proposal,9000,renewal,
            4,Sarah O'Neill,Kettle & Co,won,21000,,2026-11-10
            5,Chen Wei 陈伟,Dragon Freight,won,30000,,
            ,New Person,Acme,lead,,,

            """, in: board)
        let events = try store.eventCount()
        let report = try store.importCSV(at: path, options: ImportOptions(), actor: "lucia", now: now)
        #expect(report.created == 1 && report.updated == 2 && report.unchanged == 1)
        #expect(try store.eventCount() == events + 3)
        let tom = try #require(try store.lead(id: 2))
        #expect(
            tom.company == "Brightwave Group" && tom.stage == "proposal" && tom.value == 9_000 && tom.version == 2 && tom.enteredAt == now)
        let moved = try store.events(leadID: 2)[0]
        #expect(moved.kind == "moved" && moved.fromStage == "lead" && moved.toStage == "proposal" && moved.actor == "lucia")
        #expect(moved.detail == "import: changed company, stage, value, attributes")
        #expect(try store.attributes(leadID: 2).map(\.value) == ["renewal"])
        // A deal won in the file is won at its close date, for the amount in the file.
        let sarah = try #require(try store.lead(id: 4))
        let won = try store.events(leadID: 4)[0]
        #expect(
            sarah.stage == "won" && sarah.closedAt == Timestamp.parse("2026-11-10")! && won.kind == "won" && won.at == sarah.closedAt
                && won.detail == "21000")
        // The updates are one action: one undo reverts both; the new lead stays.
        try store.apply(.undo, actor: "lucia", at: now + 60)
        #expect(try store.lead(id: 2)?.stage == "lead" && store.lead(id: 2)?.company == "Brightwave")
        #expect(try store.lead(id: 4)?.stage == "proposal" && store.lead(id: 4)?.value == 18_500)
        #expect(try store.leadCount() == 6)
    }

    @Test func aRowWithoutIdMatchesByEmailWhateverItsCase() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let first = try write("name,email,company\nAna Ruiz,Ana.Ruiz@Example.com,Olivo\n", in: board, name: "a.csv")
        _ = try store.importCSV(at: first, options: ImportOptions(), actor: "lucia", now: now)
        let second = try write("name,email,phone\nAna Ruiz,ana.ruiz@example.COM,+34 600 000 000\n", in: board, name: "b.csv")
        let report = try store.importCSV(at: second, options: ImportOptions(), actor: "lucia", now: now)
        #expect(report.updated == 1 && report.created == 0)
        let ana = try #require(try store.lead(id: 1))
        #expect(ana.email == "ana.ruiz@example.COM" && ana.phone == "+34 600 000 000" && ana.company == "Olivo")
        #expect(try store.events(leadID: 1).first?.detail == "import: changed email, phone")
    }

    @Test func aRefusedImportLeavesTheBoardExactlyAsItWas() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        try DemoLoader(folder: Fixtures.sampleData).load(into: store, now: now)
        let before = try fingerprint(store)
        // Good rows first (one updates a demo lead, one owner and one campaign are new), then a bad one.
        let path = try write(
            """
            id,name,company,owner,campaign,stage,created
            1001,Rubén Santos,Calzados Santos S.L.,lucia,,nurture,
            7001,New Lead,Nueva S.L.,zoe.new,spring-new,lead,2026-03-01
            7002,Bad Date,Acme,,,lead,31/31/2026

            """, in: board)
        // As an admin, who may add the new owner to the team (and whose addition is undone too).
        let report = try store.importCSV(at: path, options: ImportOptions(), actor: "elena", now: now)
        #expect(report.refused && !report.committed && report.rejected == 1)
        #expect(try fingerprint(store) == before)
        #expect(try store.member(login: "zoe.new") == nil)
    }

    @Test func aRefusedBulkImportRestoresTheIndexesAndTriggersItSetAside() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        // Into an empty board: indexes dropped and rebuilt, with its one bad row last.
        var text = "id,name,company,email,stage,value,created,notes\n"
        let padding = String(repeating: "x", count: 120)
        for index in 1...2_000 {
            text += "\(index),Lead \(index),Company \(index % 97),lead\(index)@example.com,sql,\(index * 10),2026-01-01,\(padding)\n"
        }
        text += "2001,Broken,Acme,broken@example.com,nowhere,1,2026-01-01,\(padding)\n"
        let path = try write(text, in: board)
        let before = try fingerprint(store)
        let report = try store.importCSV(at: path, options: ImportOptions(), actor: "lucia", now: now)
        #expect(report.refused && report.rejected == 1 && report.rows == 2_001)
        #expect(try fingerprint(store) == before)
        // The same file without its bad row goes in whole, with its totals and indexes in place.
        let good = try write(String(text.split(separator: "\n").dropLast().joined(separator: "\n")) + "\n", in: board, name: "good.csv")
        let imported = try store.importCSV(at: good, options: ImportOptions(), actor: "lucia", now: now)
        #expect(imported.committed && imported.created == 2_000 && imported.events == 2_000)
        #expect(try store.stageTotals()["sql"] == StageTotal(leads: 2_000, value: Double(2_000 * 2_001 / 2 * 10)))
        #expect(try store.schemaObjects() == before.filter { $0.hasPrefix("index ") || $0.hasPrefix("trigger ") })
        #expect(try store.engineIntegrityProblems().isEmpty)
        #expect(try store.kpiRollupRows() == store.kpiRecountRows())
        #expect(try store.leadsWithWrongMilestones() == 0)
        // The rebuilt indexes serve the board: a column's page is read through leads_board.
        #expect(try store.page(stage: "sql", after: nil, limit: 2).map(\.id) == [2_000, 1_999])
    }

    @Test func aBulkImportIntoAnEmptyBoardWorksWhileAnotherTerminalHasItOpen() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let watcher = try board.open(readOnly: true)
        #expect(try watcher.leadCount() == 0)
        var text = "id,name,stage,created\n"
        for index in 1...3_000 { text += "\(index),Lead number \(index) of the bulk test file,lead,2026-01-01T00:00:00Z\n" }
        let path = try write(text, in: board)
        let report = try store.importCSV(at: path, options: ImportOptions(), actor: "lucia", now: now)
        #expect(report.committed && report.created == 3_000)
        // The other connection sees the whole import, and the file is still shared in WAL mode.
        #expect(try watcher.leadCount() == 3_000)
        if store.engine == .sqlite { #expect(try store.connection.prepare("PRAGMA journal_mode").rows([]) { $0.string(0) } == ["wal"]) }
    }

    @Test func aDryRunSaysWhatWouldHappenAndWritesNothing() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let before = try fingerprint(store)
        let report = try store.importCSV(
            at: Fixtures.path("hubspot-contacts.csv"), options: ImportOptions(dryRun: true), actor: "lucia", now: now)
        #expect(report.dryRun && !report.committed && report.created == 5 && report.events == 6)
        #expect(report.createdOwners.count == 4)
        #expect(try fingerprint(store) == before)
    }

    @Test func theRejectsFileHoldsEachBadRowWithWhyAndImportsOnceCorrected() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let rejects = board.folder + "/rejects.csv"
        let report = try store.importCSV(
            at: Fixtures.path("bad-dates.csv"), options: ImportOptions(skipBadRows: true, rejectsPath: rejects),
            actor: "lucia", now: now)
        #expect(report.created == 1)
        let written = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(
            written == """
                import_row,import_line,import_column,import_error,id,name,created,closed,stage,value
                2,2,created,'03/04/2026' is ambiguous (day or month first?); pass --date-format dd/MM/yyyy or MM/dd/yyyy,601,Ambiguous Date,03/04/2026,,lead,
                3,3,created,"'2026-02-30' is not a date; use YYYY-MM-DD (ISO 8601) or pass --date-format, e.g. dd/MM/yyyy",602,No Such Day,2026-02-30,,lead,
                4,4,created,'25/12/2025' is day first; pass --date-format dd/MM/yyyy,603,Day First,25/12/2025,,lead,
                5,5,closed,closed 2026-04-01 is before created 2026-05-01,604,Closed Before Created,2026-05-01,2026-04-01,won,5000

                """)
        // Corrected (dates fixed in place), the rejects file imports as it is: its bookkeeping
        // columns are skipped.
        let corrected = written.replacingOccurrences(of: "03/04/2026", with: "2026-04-03").replacingOccurrences(
            of: "2026-02-30", with: "2026-02-28"
        )
        .replacingOccurrences(of: "25/12/2025", with: "2025-12-25").replacingOccurrences(of: "2026-04-01,won", with: "2026-06-01,won")
        try corrected.write(toFile: rejects, atomically: true, encoding: .utf8)
        let second = try store.importCSV(at: rejects, options: ImportOptions(), actor: "lucia", now: now)
        #expect(second.committed && second.created == 4)
        #expect(
            second.mapping.prefix(4) == [
                "import_row -> ignored", "import_line -> ignored", "import_column -> ignored", "import_error -> ignored",
            ])
        #expect(try store.attributes(leadID: 602).isEmpty)
    }

    @Test func anEmptyFileIsAnErrorAndAHeaderAloneImportsNothing() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let empty = try write("", in: board, name: "empty.csv")
        #expect(throws: HandoffError.invalidInput("\(empty) is empty: it has no header line")) {
            try store.importCSV(at: empty, options: ImportOptions(), actor: "lucia", now: now)
        }
        let header = try write("id,name\r\n", in: board, name: "header.csv")
        let report = try store.importCSV(at: header, options: ImportOptions(), actor: "lucia", now: now)
        #expect(report.committed && report.rows == 0 && report.created == 0)
    }

    @Test func badOptionsAreRefusedBeforeAnythingIsRead() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let path = Fixtures.path("bom-crlf.csv")
        #expect(
            throws: HandoffError.invalidInput(
                "--map value=Amount: the file has no column 'Amount'; its columns are: id, name, company, email, stage, value, created")
        ) {
            try store.importCSV(at: path, options: ImportOptions(map: "value=Amount"), actor: "lucia", now: now)
        }
        #expect(
            throws: HandoffError.invalidInput(
                "--map price=value: 'price' is not a field of leads; fields are: id, name, first_name, last_name, company, email, phone, source, campaign, owner, stage, outcome, value, currency, created, entered, closed, score, lost_reason"
            )
        ) {
            try store.importCSV(at: path, options: ImportOptions(map: "price=value"), actor: "lucia", now: now)
        }
        #expect(
            throws: HandoffError.invalidInput(
                "--date-format 'dd/MM' needs a day (dd), a month (MM) and a year (yyyy or yy), e.g. dd/MM/yyyy")
        ) {
            try store.importCSV(at: path, options: ImportOptions(dateFormat: "dd/MM"), actor: "lucia", now: now)
        }
        #expect(throws: HandoffError.invalidInput("cannot read \(board.folder)/missing.csv: No such file or directory")) {
            try store.importCSV(at: board.folder + "/missing.csv", options: ImportOptions(), actor: "lucia", now: now)
        }
        #expect(try store.leadCount() == 0)
    }

    /// A bulk load into an empty board counts the KPI rollup and the milestones as it writes (no
    /// triggers, no rebuild over the views): a generated year exported and imported again, with
    /// won and lost deals at their close dates, gives the rollup a recount over the views gives.
    @Test func aBulkImportCountsTheRollupAsTheViewsDo() throws {
        let source = TemporaryBoard(), target = TemporaryBoard()
        let generated = try source.open()
        _ = try generated.generate(leads: 5_000, seed: 7, until: now, actor: "generator")
        var writer = CSVWriter()
        _ = try generated.export(.leads) { writer.write($0) }
        let path = target.folder + "/leads.csv"
        try Data(writer.bytes).write(to: URL(fileURLWithPath: path))
        let store = try target.open()
        let report = try store.importCSV(at: path, options: ImportOptions(), actor: "lucia", now: now)
        #expect(report.committed && report.created == 5_000)
        let stages = try store.connection.prepare("SELECT DISTINCT stage FROM leads ORDER BY stage").rows([]) { $0.string(0) }
        #expect(stages.contains("won") && stages.contains("lost") && stages.contains("sql"))
        #expect(try store.kpiRollupRows() == store.kpiRecountRows())
        #expect(try store.leadsWithWrongMilestones() == 0)
        #expect(try store.connection.scalar("SELECT count(*) FROM leads WHERE mql_at IS NOT NULL") ?? 0 > 0)
    }
}
