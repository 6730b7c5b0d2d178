import Foundation
import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// Scores live in `lead_scores`, one narrow row per lead: a rescoring writes there and leaves the
/// leads' own rows as they were, and every reader still sees each lead's score.
@Suite struct LeadScoresTests {
    /// Every column of every lead, as text, in id order.
    func leadRows(_ store: Store) throws -> [String] {
        try store.connection.prepare(
            "SELECT id, name, company, email, phone, source, campaign, owner, stage, value, created_at, entered_at, closed_at, version FROM leads ORDER BY id"
        ).rows([]) { row in (0..<14).map { row.isNull(Int32($0)) ? "NULL" : row.string(Int32($0)) }.joined(separator: "|") }
    }

    @Test func aRescoringChangesScoresWithoutWritingTheLeadsRows() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let before = try leadRows(store)
        let load = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: TemporaryBoard.now)
        #expect(load.changed == 4)
        #expect(try leadRows(store) == before)
        // Every reader takes the new scores: the lead itself, a column page, the search by score.
        #expect(try store.requireLead(id: 1).score == 60)
        #expect(try store.requireLead(id: 6).score == 18)
        #expect(try store.page(stage: "lead", after: nil, limit: 10).map(\.score).sorted() == [18, 60])
        var filter = LeadFilter()
        filter.minimumScore = 50
        let search = LeadSearch(filter: filter, user: "lucia", now: TemporaryBoard.now)
        #expect(try store.page(stage: "lead", after: nil, limit: 10, search: search).map(\.id) == [1])
        #expect(try store.connection.scalar("SELECT score_version FROM lead_scores WHERE lead_id = 1") == 1)
    }

    @Test func aLeadAddedByHandWithoutAScoreRowIsScoredByTheNextRescoring() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        try store.connection.execute(
            "INSERT INTO leads(id, name, stage, created_at, entered_at) VALUES (50, 'By hand', 'lead', \(TemporaryBoard.now), \(TemporaryBoard.now))"
        )
        #expect(try store.requireLead(id: 50).score == 0)
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: TemporaryBoard.now)
        #expect(try store.connection.scalar("SELECT score_version FROM lead_scores WHERE lead_id = 50") == 1)
        #expect(try store.requireLead(id: 1).score == 60)
    }

    @Test func anEditThatChangesTheScoreWritesItAndAnUndoPutsItBack() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: TemporaryBoard.now)
        let lead = try store.requireLead(id: 6)
        #expect(lead.score == 18)
        var draft = LeadDraft(lead: lead)
        draft.source = "referral"
        let edited = try store.apply(.edit(leadID: 6, draft, expectedVersion: lead.version), actor: "lucia", at: TemporaryBoard.now + 10)
        #expect(edited.detail == "changed source; score 18 -> 23")
        #expect(try store.requireLead(id: 6).score == 23)
        #expect(try store.connection.scalar("SELECT score FROM lead_scores WHERE lead_id = 6") == 23)
        try store.apply(.undo, actor: "lucia", at: TemporaryBoard.now + 20)
        #expect(try store.requireLead(id: 6).score == 18)
    }
}

/// A board of the version before opens with its scores moved out of `leads`, each the same.
@Suite(.enabled(if: TemporaryBoard.onFile, "boards of older schemas exist only as files")) struct LeadScoresMigrationTests {
    @Test func aBoardOfThePreviousVersionKeepsEveryScoreAndPassesTheCheck() throws {
        let board = TemporaryBoard()
        var scores: [Int64: Int] = [:]
        do {
            let store = try board.seedScoringBoard()
            _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: TemporaryBoard.now)
            for id in Int64(1)...6 { scores[id] = try store.requireLead(id: id).score }
            try store.connection.execute(TemporaryBoard.scoresBackInLeads + "PRAGMA user_version = \(Migrations.leadScoresVersion - 1);")
            #expect(try store.connection.scalar("SELECT score FROM leads WHERE id = 1") == 60)
        }
        let store = try board.open()
        #expect(try store.connection.scalar("PRAGMA user_version") == Int64(Migrations.all.count))
        for id in Int64(1)...6 { #expect(try store.requireLead(id: id).score == scores[id]) }
        #expect(try store.connection.scalar("SELECT count(*) FROM lead_scores WHERE score_version = 1") == 4)
        let columns = try store.connection.prepare("SELECT name FROM pragma_table_info('leads')").rows([]) { $0.string(0) }
        #expect(!columns.contains("score") && !columns.contains("score_fit") && !columns.contains("score_version"))
        let report = try BoardCheck.run(path: board.path)
        #expect(report.passed, "\(report.problems)")
    }
}

/// The same on a server: a board of the version before (scores in `leads`, the old lead guard)
/// takes migration 17, keeps every score, and its members' writes pass the restated guards.
@Suite(.enabled(if: TemporaryBoard.onServer, "needs the PostgreSQL pass (HANDOFF_TEST_ENGINE=postgres)"))
struct PostgresLeadScoresMigrationTests {
    @Test func aServerBoardOfThePreviousVersionKeepsEveryScoreAndItsMembersStillWrite() throws {
        let team = try PostgresTeamRulesTests.TeamBoard()
        let scores = try (Int64(1)...5).map { try team.owner.requireLead(id: $0).score }
        try team.owner.connection.execute(
            """
            ALTER TABLE leads ADD COLUMN score bigint NOT NULL DEFAULT 0, ADD COLUMN score_version bigint, ADD COLUMN score_fit bigint;
            UPDATE leads SET score = s.score, score_version = s.score_version, score_fit = s.score_fit
            FROM lead_scores s WHERE s.lead_id = leads.id;
            DROP TABLE lead_scores;
            DROP FUNCTION handoff_guard_lead_score();
            UPDATE schema_version SET version = \(Migrations.leadScoresVersion - 1);
            """)
        let owner = try team.board.open()
        #expect(try owner.storedSchemaVersion() == Int64(Migrations.leadScoresVersion))
        #expect(try (Int64(1)...5).map { try owner.requireLead(id: $0).score } == scores)
        let leftInLeads = try owner.connection.scalar(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'leads' AND column_name LIKE 'score%'")
        #expect(leftInLeads == 0)
        // Members' writes run the restated lead guard and the new score guard.
        let marketing = try team.store(as: team.marketer), sales = try team.store(as: team.rep)
        try marketing.apply(.move(leadID: 2, toStage: "nurture", expectedVersion: nil), actor: team.marketer)
        try sales.apply(.move(leadID: 4, toStage: "negotiation", expectedVersion: nil), actor: team.rep)
        let definition = try ScoringDefinition.parse("threshold 10\n[fit]\nstage != \"nothing\" -> 20\n")
        #expect(try marketing.loadScoring(definition, author: team.marketer, comment: "", at: TemporaryBoard.now).changed > 0)
        PostgresTeamRulesTests.expectRefusals([
            (try team.sql(as: team.rep), "UPDATE lead_scores SET score = 99 WHERE lead_id = 1", "ability edit_scoring")
        ])
        let report = try BoardCheck.run(path: team.board.path)
        #expect(report.passed, "\(report.problems)")
    }
}
