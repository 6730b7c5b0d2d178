import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// What only a board on a server does: hear other machines' commits, refuse what is not a board,
/// keep passwords out of addresses, and move whole boards to and from files. Runs in the second,
/// PostgreSQL pass of `make test`.
@Suite(.enabled(if: TemporaryBoard.onServer, "needs the PostgreSQL pass (HANDOFF_TEST_ENGINE=postgres)"))
struct PostgresTests {
    @Test func aCommitOnOneConnectionWakesTheOtherWithinAHundredMilliseconds() throws {
        let board = TemporaryBoard()
        let writer = try board.seedSmallBoard()
        let reader = try board.open()
        let before = try reader.dataVersion()
        let descriptor = try #require(reader.changeDescriptor)
        // Its own commits are not news to a connection; only the others' count.
        try reader.apply(.move(leadID: 2, toStage: "nurture", expectedVersion: nil), actor: "seed")
        #expect(try reader.dataVersion() == before)
        var latencies: [Double] = []
        for (step, stage) in ["nurture", "lead", "nurture", "lead", "nurture"].enumerated() {
            let started = Date()
            try writer.apply(.move(leadID: 1, toStage: stage, expectedVersion: nil), actor: "seed")
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            #expect(poll(&ready, 1, 1_000) == 1)
            #expect(try reader.dataVersion() == before + Int64(step) + 1)
            latencies.append(Date().timeIntervalSince(started) * 1_000)
            #expect(try reader.lead(id: 1)?.stage == stage)
        }
        #expect(latencies.max() ?? 1_000 < 100, "milliseconds from commit to the other connection: \(latencies)")
    }

    @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
        let cluster = try PostgresTestCluster.start()
        let address = try cluster.newDatabase()
        let name = try #require(address.dropFirst("postgresql:///".count).split(separator: "?").first.map(String.init))
        try cluster.execute("CREATE TABLE invoices (id int); CREATE TABLE customers (id int)", database: name)
        #expect(
            throws: HandoffError.storage(
                "\(address) is a database of another program (tables customers, invoices), not a Handoff board; nothing was changed. Check --db"
            )
        ) {
            _ = try Store(path: address)
        }
        let connection = try PostgresConnection(address: try PostgresAddress(address))
        #expect(try connection.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 2)
    }

    @Test func aPasswordInTheAddressIsRefusedBeforeAnythingIsSent() {
        for address in ["postgresql://ana:secret@db.example.com/handoff", "postgres:///handoff?password=secret&host=/tmp"] {
            #expect(throws: HandoffError.self) { _ = try Store(path: address) }
        }
        #expect((try? PostgresAddress("postgresql://ana@db.example.com/handoff?sslmode=verify-full")) != nil)
    }

    @Test func theDemoBoardGoesToTheServerAndBackWithIdenticalExportsAndFigures() throws {
        let files = TemporaryBoard()
        let demo = try Store(path: files.folder + "/demo.db")
        try DemoLoader(folder: Fixtures.sampleData).load(into: demo, now: TemporaryBoard.now)
        let server = try TemporaryBoard().open()
        let copied = try demo.copy(to: server, replacing: false)
        let leads = try demo.leadCount(), events = try demo.eventCount()
        #expect(copied.leads == leads && copied.events == events)
        let back = try Store(path: files.folder + "/back.db")
        _ = try server.copy(to: back, replacing: false)
        func exports(_ store: Store) throws -> [String] {
            var lines: [String] = []
            for kind in Store.ExportKind.allCases { try store.export(kind) { lines.append($0.joined(separator: "|")) } }
            return lines
        }
        let original = try exports(demo)
        #expect(try exports(server) == original)
        #expect(try exports(back) == original)
        let period = KPIPeriod.allTime
        let figures = try demo.kpiReport(period: period, now: TemporaryBoard.now)
        #expect(try server.kpiReport(period: period, now: TemporaryBoard.now) == figures)
        #expect(try back.kpiReport(period: period, now: TemporaryBoard.now) == figures)
        #expect(try BoardCheck.run(path: server.path).passed)
        #expect(try BoardCheck.run(path: back.path).passed)
        // A board that holds data is replaced only when asked.
        #expect(throws: HandoffError.self) { _ = try demo.copy(to: server, replacing: false) }
        #expect(try demo.copy(to: server, replacing: true).leads == leads)
    }

    /// Until the server vacuums them, the pages a load wrote are not marked all-visible, and every
    /// count that could read an index alone reads each row too: at a million leads the dashboard
    /// took three times as long straight after a load. Each kind of load leaves its tables
    /// vacuumed, and an import says so on its progress line while it waits.
    @Test func everyBulkLoadLeavesTheTablesItWroteVacuumed() throws {
        func vacuumed(_ store: Store) throws -> [String] {
            try store.connection.prepare(
                """
                SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema() AND last_vacuum IS NOT NULL
                AND relname IN ('leads', 'lead_attributes', 'events', 'responses') ORDER BY relname
                """
            ).rows([]) { $0.string(0) }
        }
        let generated = try TemporaryBoard().open()
        #expect(try vacuumed(generated) == [])
        var settled = 0
        _ = try generated.generate(leads: 300, seed: 1, until: TemporaryBoard.now, actor: "generator", settling: { settled += 1 })
        #expect(try vacuumed(generated) == ["events", "lead_attributes", "leads", "responses"])
        #expect(settled == 1)

        let board = TemporaryBoard()
        let imported = try board.seedSmallBoard()
        let file = board.folder + "/leads.csv"
        try "name,company,stage,value\nAna Ruiz,Acme,lead,\nBen Ode,Kettle,won,5000\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        var progress: [ImportProgress] = []
        let report = try imported.importCSV(at: file, options: ImportOptions(), actor: "lucia", now: TemporaryBoard.now) {
            progress.append($0)
        }
        #expect(report.created == 2)
        #expect(try vacuumed(imported) == ["events", "lead_attributes", "leads", "responses"])
        #expect(progress.last?.settling == true)
        #expect(progress.last?.text.description == "Saved; preparing the board for fast reading")

        let copied = try TemporaryBoard().open()
        _ = try generated.copy(to: copied, replacing: true)
        #expect(try vacuumed(copied) == ["events", "lead_attributes", "leads", "responses"])
    }
}
