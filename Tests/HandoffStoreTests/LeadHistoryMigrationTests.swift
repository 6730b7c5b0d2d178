import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// A board made before migration 14 opens with its deals that began in sales no longer counted as
/// MQLs or accepted leads, its answers' figures counted afresh, and passes `handoff check`.
@Suite(.enabled(if: TemporaryBoard.onFile)) struct LeadHistoryMigrationTests {
    @Test func anOlderBoardHasItsImportedDealsAndAnswersCountedAgain() throws {
        let board = TemporaryBoard()
        let day: Int64 = 86_400, now = TemporaryBoard.now
        do {
            let connection = try SQLiteConnection(path: board.path)
            try connection.execute("PRAGMA foreign_keys = ON")
            for index in 0..<13 {
                try connection.execute(Migrations.all[index])
                if index == 0 {
                    let insert = try connection.prepare(
                        "INSERT INTO stages(id, title, side, position, probability, idle_days, visible) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    for stage in Pipeline.standard.stages {
                        try insert.run(
                            .text(stage.id), .text(stage.title), .text(stage.side.rawValue), .integer(Int64(stage.position)),
                            .real(stage.probability), DatabaseValue(stage.idleDays), .integer(stage.visible ? 1 : 0))
                    }
                }
            }
            // A deal imported straight into Proposal, and a lead that came through the handoff.
            try connection.execute(
                """
                INSERT INTO leads(id, name, company, stage, value, created_at, entered_at) VALUES
                    (1, 'Ann', 'Acme', 'proposal', 1000, \(now - 30 * day), \(now - 30 * day)),
                    (2, 'Bob', 'Bolt', 'mql', NULL, \(now - 20 * day), \(now - 10 * day));
                INSERT INTO events(id, lead_id, at, actor, kind, from_stage, to_stage, detail) VALUES
                    (1, 1, \(now - 30 * day), 'm', 'created', NULL, 'proposal', 'import'),
                    (2, 2, \(now - 20 * day), 'm', 'created', NULL, 'lead', NULL),
                    (3, 2, \(now - 10 * day), 'm', 'handed_off', 'lead', 'mql', NULL);
                -- An answer the old triggers counted twice after a load into an empty board.
                INSERT INTO kpi_days(measure, day, key, n, cents) VALUES ('answered', \(now / day), '', 1, 0);
                """)
            #expect(try connection.scalar("SELECT count(*) FROM leads WHERE mql_at IS NOT NULL") == 2)
            for log in HistoryChain.Log.allCases { try HistoryChain.hashExistingRows(of: log, connection: connection) }
            try connection.execute("PRAGMA user_version = 13")
        }
        let store = try board.open()
        #expect(try store.connection.scalar("PRAGMA user_version") == Int64(Migrations.all.count))
        let milestones = try store.connection.prepare("SELECT id, mql_at, sal_at, sql_at FROM leads ORDER BY id")
            .rows([]) { [$0.optionalInt64(0), $0.optionalInt64(1), $0.optionalInt64(2), $0.optionalInt64(3)] }
        #expect(milestones == [[1, nil, nil, now - 30 * day], [2, now - 10 * day, nil, nil]])
        let kpi = try store.kpiReport(period: .allTime, now: now)
        #expect(kpi.current.mqls == 1 && kpi.beganInSales == 1)
        #expect(try store.kpiRollupRows() == store.kpiRecountRows())
        let report = try BoardCheck.run(path: board.path)
        #expect(report.passed, "\(report.problems)")
    }
}
