import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// On a server, recorded email and web activity is the import's alone: a rep (no `import`
/// ability) cannot add any with `psql`, and a member may not change or delete what was
/// recorded, since scores are computed from it.
@Suite(.enabled(if: TemporaryBoard.onServer, "needs the PostgreSQL pass (HANDOFF_TEST_ENGINE=postgres)"))
struct PostgresActivityRulesTests {
    @Test func onlyAnImportAddsActivityAndNobodyRewritesIt() throws {
        let team = try PostgresTeamRulesTests.TeamBoard()
        let marketer = try team.sql(as: team.marketer)
        try marketer.execute("BEGIN")
        try marketer.execute("INSERT INTO activities(lead_id, kind, at, campaign, event_id) VALUES (1, 'click', 1, 'spring', 0)")
        try marketer.execute("ROLLBACK")
        let rep = try team.sql(as: team.rep)
        try team.owner.connection.execute(
            "INSERT INTO activities(lead_id, kind, at, campaign, event_id) VALUES (1, 'open', 2, 'spring', 0)")
        let attempts: [(PostgresConnection, String, String)] = [
            (rep, "INSERT INTO activities(lead_id, kind, at, campaign, event_id) VALUES (1, 'click', 3, 'spring', 0)", "ability import"),
            (marketer, "UPDATE activities SET kind = 'click' WHERE lead_id = 1", "permission denied"),
            (marketer, "DELETE FROM activities WHERE lead_id = 1", "permission denied"),
        ]
        PostgresTeamRulesTests.expectRefusals(attempts)
        #expect(try team.owner.connection.scalar("SELECT count(*) FROM activities WHERE lead_id = 1 AND kind = 'open'") == 1)
        #expect(try team.owner.connection.scalar("SELECT count(*) FROM activities") == 1)
    }
}
