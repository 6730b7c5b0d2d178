import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// A board made before the customer band opens with the band's stages after its own, the success
/// team admitted, and an account for every company it had already won, and passes `handoff check`.
@Suite(.enabled(if: TemporaryBoard.onFile)) struct CustomerMigrationTests {
    @Test func anOlderBoardGetsTheBandAndAnAccountPerCompanyItWon() throws {
        let board = TemporaryBoard()
        let now = Timestamp.now(), day: Int64 = 86_400
        do {
            let connection = try SQLiteConnection(path: board.path)
            try connection.execute("PRAGMA foreign_keys = ON")
            for index in 0..<Migrations.customerBand {
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
            // Two wins of one company (a year ago and last week) and one of another, long ago.
            try connection.execute(
                """
                INSERT INTO leads(id, name, company, owner, stage, value, created_at, entered_at, closed_at) VALUES
                    (1, 'Ann', 'Acme', 'ana', 'won', 1000, \(now - 400 * day), \(now - 365 * day), \(now - 365 * day)),
                    (2, 'Bob', 'ACME ', 'tom', 'won', 500, \(now - 20 * day), \(now - 7 * day), \(now - 7 * day)),
                    (3, 'Cy', '', 'ana', 'won', 300, \(now - 200 * day), \(now - 100 * day), \(now - 100 * day)),
                    (4, 'Di', 'Open Co', 'ana', 'proposal', 900, \(now - 10 * day), \(now - 10 * day), NULL);
                INSERT INTO events(id, lead_id, at, actor, kind, from_stage, to_stage, detail) VALUES
                    (1, 1, \(now - 400 * day), 'm', 'created', NULL, 'won', NULL), (2, 2, \(now - 20 * day), 'm', 'created', NULL, 'won', NULL),
                    (3, 3, \(now - 200 * day), 'm', 'created', NULL, 'won', NULL), (4, 4, \(now - 10 * day), 'm', 'created', NULL, 'proposal', NULL);
                """)
            for log in HistoryChain.Log.allCases { try HistoryChain.hashExistingRows(of: log, connection: connection) }
            try connection.execute("PRAGMA user_version = \(Migrations.customerBand)")
        }
        let store = try board.open()
        #expect(try store.connection.scalar("PRAGMA user_version") == Int64(Migrations.all.count))
        #expect(store.pipeline.stages.map(\.id) == Pipeline.standard.stages.map(\.id) + ["onboarding", "active", "at_risk", "churned"])
        let accounts = try store.accounts()
        #expect(accounts.map(\.name) == ["Acme", "Cy"])
        let acme = accounts[0]
        #expect(acme.revenue == 1_500 && acme.deals == 2 && acme.since == now - 365 * day && acme.enteredAt == now - 7 * day)
        #expect(acme.stage == "active" && acme.owner == "tom")
        #expect(accounts[1].revenue == 300 && accounts[1].stage == "active")
        #expect(try store.openFollowUpCount() == 0)
        // The widened checks take the new side and team, and still refuse anything else.
        try store.addMember(Member(login: "elena", name: "Elena", team: "admin"), actor: "elena")
        try store.addMember(Member(login: "sam", name: "Sam", team: "success"), actor: "elena")
        #expect(throws: (any Error).self) {
            try store.connection.execute("INSERT INTO members(login, name, team) VALUES ('x', 'X', 'support')")
        }
        #expect(throws: (any Error).self) {
            try store.connection.execute("INSERT INTO stages(id, title, side, position) VALUES ('x', 'X', 'elsewhere', 99)")
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM permissions WHERE team = 'success'") == 7)
        let report = try BoardCheck.run(path: board.path)
        #expect(report.passed, "\(report.problems)")
    }
}
