import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// On a server, a rescoring by a member who may change the scoring writes its score changes in
/// their name, and the rows are the history's: a rep cannot add any with `psql`, and no member
/// changes or deletes one.
@Suite(.enabled(if: TemporaryBoard.onServer, "needs the PostgreSQL pass (HANDOFF_TEST_ENGINE=postgres)"))
struct PostgresScoreChangeRulesTests {
    @Test func aMarketersRescoringIsRecordedAndNobodyRewritesItsChanges() throws {
        let team = try PostgresTeamRulesTests.TeamBoard()
        let definition = try ScoringDefinition.parse("threshold 10\n[fit]\nstage != \"nothing\" -> 20\n")
        let load = try team.store(as: team.marketer).loadScoring(definition, author: team.marketer, comment: "", at: TemporaryBoard.now)
        #expect(load.changed > 0)
        let owner = team.owner.connection
        #expect(try owner.scalar("SELECT count(*) FROM score_changes") == Int64(load.changed))
        #expect(try owner.scalar("SELECT count(*) FROM board_events WHERE kind = 'rescored' AND actor = ?", .text(team.marketer)) == 1)
        let rep = try team.sql(as: team.rep), marketer = try team.sql(as: team.marketer)
        let attempts: [(PostgresConnection, String, String)] = [
            (
                rep, "INSERT INTO score_changes(run, lead_id, old_score, new_score, crossing) VALUES (99, 1, 0, 1, 0)",
                "ability edit_scoring"
            ),
            (marketer, "UPDATE score_changes SET new_score = 0", "permission denied"),
            (marketer, "DELETE FROM score_changes", "permission denied"),
        ]
        PostgresTeamRulesTests.expectRefusals(attempts)
        #expect(try owner.scalar("SELECT count(*) FROM score_changes") == Int64(load.changed))
        #expect(try BoardCheck.run(path: team.board.path).passed)
    }

    @Test func aScoreChangesOnlyWithItsLeadOrByThoseWhoMayChangeTheScoring() throws {
        let team = try PostgresTeamRulesTests.TeamBoard()
        let owner = team.owner.connection
        let before = try owner.scalar("SELECT score FROM lead_scores WHERE lead_id = 1")
        let rep = try team.sql(as: team.rep)
        let attempts: [(PostgresConnection, String, String)] = [
            (rep, "UPDATE lead_scores SET score = 99 WHERE lead_id = 1", "ability edit_scoring"),
            (
                rep, "INSERT INTO lead_scores(lead_id, score) VALUES (1, 99) ON CONFLICT(lead_id) DO UPDATE SET score = 99",
                "ability edit_scoring"
            ),
            (rep, "DELETE FROM lead_scores WHERE lead_id = 1", "permission denied"),
        ]
        PostgresTeamRulesTests.expectRefusals(attempts)
        #expect(try owner.scalar("SELECT score FROM lead_scores WHERE lead_id = 1") == before)
        // The cached parts alone are nothing a person decides; a marketer may rescore.
        try rep.execute("UPDATE lead_scores SET score_version = NULL WHERE lead_id = 1")
        let marketer = try team.sql(as: team.marketer)
        try marketer.execute("UPDATE lead_scores SET score = score + 1 WHERE lead_id = 1")
        #expect(try owner.scalar("SELECT score FROM lead_scores WHERE lead_id = 1") == (before ?? 0) + 1)
    }
}
