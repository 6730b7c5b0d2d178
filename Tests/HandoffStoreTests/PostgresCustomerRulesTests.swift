import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// On a server, the success team is a group role like the others: its member moves accounts,
/// records answers and plans follow-ups through Handoff; a marketer or a rep with `psql` cannot do
/// the customer team's work, and the server says which ability it lacks.
@Suite(.enabled(if: TemporaryBoard.onServer, "needs the PostgreSQL pass (HANDOFF_TEST_ENGINE=postgres)"))
struct PostgresCustomerRulesTests {
    @Test func theSuccessTeamWorksTheBandAndTheServerRefusesOthersTheirWork() throws {
        let team = try PostgresTeamRulesTests.TeamBoard()
        let manager = "cs_" + team.database.replacingOccurrences(of: "board_", with: "")
        try team.owner.addMember(Member(login: manager, name: "Sam Success", team: "success"), actor: team.admin)
        // The rep wins a deal through Handoff: its company becomes an account managed by the success team.
        let sales = try team.store(as: team.rep)
        try sales.apply(.move(leadID: 4, toStage: "negotiation", expectedVersion: nil), actor: team.rep)
        try sales.apply(.won(leadID: 4, amount: 20_000, expectedVersion: nil), actor: team.rep)
        let account = try #require(try team.owner.customerLinks(leadID: 4).account)
        #expect(account.owner == manager && account.revenue == 20_000)
        #expect(try team.owner.followUps(accountID: account.id).count == 3)

        let success = try team.store(as: manager)
        try success.apply(.recordSatisfaction(accountID: account.id, score: 4, comment: "late"), actor: manager)
        try success.apply(.move(accountID: account.id, toStage: "active", expectedVersion: nil), actor: manager)
        let kickoff = try #require(try success.followUps(accountID: account.id).first { $0.kind == .kickoff })
        try success.apply(.setFollowUpDone(followUpID: kickoff.id, done: true), actor: manager)
        #expect(try team.owner.requireAccount(id: account.id).stage == "active")

        let marketer = try team.sql(as: team.marketer)
        let rep = try team.sql(as: team.rep)
        let attempts: [(PostgresConnection, String, String)] = [
            (
                marketer, "INSERT INTO satisfaction(account_id, at, score, author) VALUES (\(account.id), 1, 10, '\(team.marketer)')",
                "permission denied"
            ),
            (marketer, "UPDATE accounts SET stage = 'churned' WHERE id = \(account.id)", "permission denied"),
            (
                rep, "INSERT INTO satisfaction(account_id, at, score, author) VALUES (\(account.id), 1, 10, '\(team.rep)')",
                "ability record_satisfaction"
            ),
            (rep, "UPDATE accounts SET owner = '\(team.rep)' WHERE id = \(account.id)", "ability edit_accounts"),
            (rep, "UPDATE follow_ups SET done_at = 1 WHERE account_id = \(account.id)", "ability follow_up"),
        ]
        PostgresTeamRulesTests.expectRefusals(attempts)
        #expect(try team.owner.satisfactionAnswers(accountID: account.id).map(\.score) == [4])
    }

    /// What the board derives from the history is the board's to write: a member's `psql` cannot
    /// take a lead's MQL away, give one to a lead, or mark a lead as having no date. And the success
    /// team opens repeat deals for its customers, as the band lets it.
    @Test func membersCannotRewriteMilestonesAndTheSuccessTeamOpensRepeatDeals() throws {
        let team = try PostgresTeamRulesTests.TeamBoard()
        let manager = "cs_" + team.database.replacingOccurrences(of: "board_", with: "")
        try team.owner.addMember(Member(login: manager, name: "Sam Success", team: "success"), actor: team.admin)
        let sales = try team.store(as: team.rep)
        try sales.apply(.move(leadID: 4, toStage: "negotiation", expectedVersion: nil), actor: team.rep)
        try sales.apply(.won(leadID: 4, amount: 20_000, expectedVersion: nil), actor: team.rep)
        let account = try #require(try team.owner.customerLinks(leadID: 4).account)
        let success = try team.store(as: manager)
        try success.apply(.openDeal(accountID: account.id, DealDraft(kind: .renewal, name: "Renewal 2027")), actor: manager)
        #expect(
            try team.owner.connection.scalar("SELECT count(*) FROM leads WHERE account_id = \(account.id) AND deal_kind = 'renewal'") == 1)

        let mqls = try team.owner.kpiReport(period: .allTime, now: Timestamp.now()).current.mqls
        let marketer = try team.sql(as: team.marketer)
        let rep = try team.sql(as: team.rep)
        let attempts: [(PostgresConnection, String)] = [
            (marketer, "UPDATE leads SET mql_at = NULL WHERE mql_at IS NOT NULL"),
            (rep, "UPDATE leads SET sql_at = 0 WHERE id = 4"),
            (marketer, "UPDATE leads SET undated_at = created_at WHERE id = 1"),
            (marketer, "INSERT INTO leads(name, stage, created_at, entered_at, mql_at) VALUES ('Forged', 'lead', 1, 1, 1)"),
        ]
        PostgresTeamRulesTests.expectRefusals(attempts.map { ($0.0, $0.1, "kept by the board from its history") })
        #expect(try team.owner.kpiReport(period: .allTime, now: Timestamp.now()).current.mqls == mqls)
    }
}
