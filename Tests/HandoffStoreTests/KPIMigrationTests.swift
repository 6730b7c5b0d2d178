import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// A board written before the KPIs existed gets its milestones, undo flags, answer times and
/// rollup filled in by the migration, from the history it already has.
@Suite(.enabled(if: TemporaryBoard.onFile, "boards of older schemas exist only as files")) struct KPIMigrationTests {
    @Test func anOlderBoardIsBackfilledFromItsHistory() throws {
        let board = TemporaryBoard()
        let day: Int64 = 86_400, start = TemporaryBoard.kpiWeekStart
        do {
            let connection = try SQLiteConnection(path: board.path)
            try connection.execute(Migrations.all[0])
            try connection.execute(Migrations.all[1])
            try connection.execute("PRAGMA user_version = 2")
            let insert = try connection.prepare(
                "INSERT INTO stages(id, title, side, position, probability, idle_days, visible) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for stage in Pipeline.standard.stages {
                try insert.run(
                    .text(stage.id), .text(stage.title), .text(stage.side.rawValue), .integer(Int64(stage.position)),
                    .real(stage.probability), DatabaseValue(stage.idleDays), .integer(stage.visible ? 1 : 0))
            }
            // Lead 1 was handed off and accepted, then the acceptance was undone; lead 2 was
            // handed off, accepted and won.
            try connection.execute(
                """
                INSERT INTO leads(id, name, source, stage, value, created_at, entered_at, closed_at)
                    VALUES (1, 'One', 'web', 'mql', NULL, \(start), \(start + 3_600), NULL),
                           (2, 'Two', 'ads', 'won', 5000, \(start), \(start + 2 * day), \(start + 2 * day));
                INSERT INTO events(id, lead_id, at, actor, kind, from_stage, to_stage, detail, reverts) VALUES
                    (1, 1, \(start), 'm', 'created', NULL, 'lead', NULL, NULL),
                    (2, 1, \(start + 3_600), 'm', 'handed_off', 'lead', 'mql', NULL, NULL),
                    (3, 1, \(start + 7_200), 'r', 'accepted', 'mql', 'sal', 'owner: r', NULL),
                    (4, 1, \(start + 7_300), 'r', 'undone', 'sal', 'mql', 'accepted', 3),
                    (5, 2, \(start), 'm', 'created', NULL, 'lead', NULL, NULL),
                    (6, 2, \(start + 3_600), 'm', 'handed_off', 'lead', 'mql', NULL, NULL),
                    (7, 2, \(start + 36_000), 'r', 'accepted', 'mql', 'sal', 'owner: r', NULL),
                    (8, 2, \(start + 2 * day), 'r', 'won', 'sal', 'won', '5000', NULL);
                INSERT INTO responses(event_id, lead_id, handed_off_at, due_at, working_seconds) VALUES
                    (3, 1, \(start + 3_600), \(start + 3 * day), 3600), (7, 2, \(start + 3_600), \(start + 3 * day), 25200);
                """)
        }
        let store = try board.open()
        #expect(try store.connection.scalar("PRAGMA user_version") == Int64(Migrations.all.count))
        #expect(try store.connection.scalar("SELECT reverted FROM events WHERE id = 3") == 1)
        #expect(
            try store.connection.scalar(
                "SELECT count(*) FROM leads WHERE id = 1 AND mql_at = ? AND sal_at IS NULL", .integer(start + 3_600)) == 1)
        #expect(try store.connection.scalar("SELECT sql_at FROM leads WHERE id = 2") == start + 2 * day)
        #expect(try store.connection.scalar("SELECT answered_at FROM responses WHERE event_id = 7") == start + 36_000)
        let f = try store.kpiFigures(TemporaryBoard.kpiWeek, now: TemporaryBoard.now)
        #expect(f.leadsCreated == 2 && f.mqls == 2 && f.handoffs == 2 && f.accepted == 1 && f.dealsWon == 1 && f.revenueWon == 5_000)
        // Lead 2's answer, on time; lead 1 waits again since the undo, past its Wednesday deadline.
        #expect(f.slaDue == 2 && f.slaOnTime == 1 && f.medianResponseSeconds == 25_200)
    }
}
