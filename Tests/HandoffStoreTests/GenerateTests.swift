import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// `handoff generate`: the same seed gives the same board; the board holds a believable funnel
/// whose every lead has a consistent history.
@Suite struct GenerateTests {
    let until = TemporaryBoard.now

    func exports(_ store: Store) throws -> [String] {
        try Store.ExportKind.allCases.map { kind in
            var writer = CSVWriter()
            try store.export(kind) { writer.write($0) }
            return String(decoding: writer.bytes, as: UTF8.self)
        }
    }

    @Test func theSameSeedGivesTheSameBoardAndAnotherSeedAnother() throws {
        let first = TemporaryBoard(), second = TemporaryBoard(), third = TemporaryBoard()
        let a = try first.open(), b = try second.open(), c = try third.open()
        _ = try a.generate(leads: 1_500, seed: 42, until: until, actor: "generator")
        _ = try b.generate(leads: 1_500, seed: 42, until: until, actor: "generator")
        _ = try c.generate(leads: 1_500, seed: 43, until: until, actor: "generator")
        #expect(try exports(a) == exports(b))
        #expect(try exports(a)[0] != exports(c)[0])
        let goals = { (store: Store) in
            try store.connection.prepare("SELECT period_start, revenue_goal FROM goals ORDER BY 1").rows([]) {
                "\($0.int64(0)) \($0.double(1))"
            }
        }
        #expect(try goals(a) == goals(b))
    }

    @Test func everyStageHasLeadsAndEveryLeadAConsistentHistory() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try store.generate(leads: 3_000, seed: 1, until: until, actor: "generator")
        let count = try store.leadCount()
        #expect(report.leads == 3_000 && count == 3_000)
        for stage in store.pipeline.leadStages.map(\.id) {
            #expect((report.stages[stage] ?? 0) > 0, "no lead in \(stage)")
        }
        // A funnel: each sales stage holds fewer leads than have passed the handoff.
        let handedOff = try store.connection.scalar("SELECT count(DISTINCT lead_id) FROM events WHERE kind = 'handed_off'") ?? 0
        let accepted = try store.connection.scalar("SELECT count(*) FROM events WHERE kind = 'accepted'") ?? 0
        let won = try store.connection.scalar("SELECT count(*) FROM events WHERE kind = 'won'") ?? 0
        #expect(handedOff > accepted && accepted > won && won > 0)
        #expect(Double(handedOff) / 3_000 > 0.2 && Double(handedOff) / 3_000 < 0.6)
        let checks = [
            // Every lead is created once, at its creation time, and created first.
            "SELECT count(*) FROM leads l WHERE (SELECT count(*) FROM events e WHERE e.lead_id = l.id AND e.kind = 'created' AND e.at = l.created_at) <> 1",
            "SELECT count(*) FROM events e JOIN leads l ON l.id = e.lead_id WHERE e.at < l.created_at",
            // The lead entered its stage with its last event, which led to that stage.
            "SELECT count(*) FROM leads l WHERE l.entered_at <> (SELECT max(at) FROM events e WHERE e.lead_id = l.id)",
            "SELECT count(*) FROM leads l WHERE l.stage <> (SELECT to_stage FROM events e WHERE e.lead_id = l.id ORDER BY at DESC, id DESC LIMIT 1)",
            // Won and lost leads are closed when their outcome event happened; the won amount is the value.
            "SELECT count(*) FROM leads l WHERE l.stage IN ('won', 'lost') AND (l.closed_at IS NULL OR NOT EXISTS (SELECT 1 FROM events e WHERE e.lead_id = l.id AND e.kind = l.stage AND e.at = l.closed_at))",
            "SELECT count(*) FROM leads l JOIN events e ON e.lead_id = l.id AND e.kind = 'won' WHERE CAST(e.detail AS REAL) <> l.value",
            "SELECT count(*) FROM leads WHERE stage = 'lost' AND lost_reason IS NULL",
            // Each answer to a handoff has its response, timed from the handoff before it.
            "SELECT count(*) FROM events e WHERE e.kind IN ('accepted', 'rejected') AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.event_id = e.id AND r.lead_id = e.lead_id)",
            "SELECT count(*) FROM responses r JOIN events e ON e.id = r.event_id WHERE e.kind NOT IN ('accepted', 'rejected') OR r.handed_off_at >= e.at",
            // Nothing happens after the end of the year, and the column totals are the rows.
            "SELECT count(*) FROM events WHERE at >= \(until)",
            "SELECT count(*) FROM stage_totals t WHERE t.leads <> (SELECT count(*) FROM leads WHERE stage = t.stage)",
            "SELECT count(*) FROM leads WHERE campaign IS NOT NULL AND campaign NOT IN (SELECT id FROM campaigns)",
        ]
        for sql in checks {
            #expect(try store.connection.scalar(sql) == 0, "\(sql)")
        }
        #expect(
            try store.connection.scalar("SELECT count(*) FROM responses")
                == (try store.connection.scalar("SELECT count(*) FROM events WHERE kind IN ('accepted', 'rejected')")))
        #expect(
            try store.connection.prepare("SELECT login FROM members ORDER BY login").rows([]) { $0.string(0) }
                == ["ana", "begona", "elena", "inigo", "james", "javier", "lucia", "nuria", "root", "sarah", "tom"])
        #expect(try store.connection.scalar("SELECT count(*) FROM campaigns WHERE spend > 0") == 12)
        #expect(try store.engineIntegrityProblems().isEmpty)
        // The KPIs see the generated year as if it had happened on the board.
        #expect(try store.kpiRollupRows() == store.kpiRecountRows())
        #expect(try store.leadsWithWrongMilestones() == 0)
        #expect(try store.connection.scalar("SELECT count(*) FROM responses WHERE answered_at IS NULL OR actor IS NULL") == 0)
    }

    @Test func generatingIntoABoardWithLeadsIsRefused() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        #expect(throws: HandoffError.invalidInput("\(board.path) already has 5 leads; generate into a new board (--db NEW.db)")) {
            try store.generate(leads: 10, seed: 1, until: until, actor: "generator")
        }
    }
}
