import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// On a server, a member can do no more than their team, even with `psql`: each team's role tries,
/// in plain SQL, every write its team may not make (and the attacks that work on a shared file:
/// become admin, rewrite a won deal, delete a rejection), and the server refuses each, naming the
/// ability, with nothing written. Roles belong to the whole cluster, so each test's are its own.
@Suite(.enabled(if: TemporaryBoard.onServer, "needs the PostgreSQL pass (HANDOFF_TEST_ENGINE=postgres)"))
struct PostgresTeamRulesTests {
    /// A board with an admin, a marketer, a rep and a viewer, each their own role, and leads in
    /// the marketing stages, the sales stages, won, and a rejection in the history.
    struct TeamBoard {
        let board: TemporaryBoard
        let owner: Store
        let cluster: PostgresTestCluster
        let database: String
        let admin: String, marketer: String, rep: String, viewer: String

        init() throws {
            board = TemporaryBoard()
            cluster = try PostgresTestCluster.start()
            database = String(board.path.dropFirst("postgresql:///".count).prefix { $0 != "?" })
            let tag = database.replacingOccurrences(of: "board_", with: "")
            (admin, marketer, rep, viewer) = ("adm_\(tag)", "mkt_\(tag)", "rep_\(tag)", "view_\(tag)")
            owner = try board.seedSmallBoard()
            try owner.addMember(Member(login: admin, name: "Elena Admin", team: "admin"), actor: "postgres")
            try owner.addMember(Member(login: marketer, name: "Lucía Marketing", team: "marketing"), actor: admin)
            try owner.addMember(Member(login: rep, name: "Tom Sales", team: "sales"), actor: admin)
            try owner.addViewer(login: viewer, actor: admin)
            // Lead 3 waits in the handoff stage: the rep rejects it, so the history holds a rejection.
            try owner.apply(.reject(leadID: 3, reason: "no_budget", comment: "", expectedVersion: nil), actor: rep)
        }

        /// `psql` as `role`: a plain connection to the board's database.
        func sql(as role: String) throws -> PostgresConnection {
            try PostgresConnection(address: try PostgresAddress(cluster.address(database: database, user: role)))
        }

        func store(as role: String) throws -> Store { try Store(path: cluster.address(database: database, user: role)) }

        /// Everything a refused write could have touched.
        func fingerprint() throws -> [String] {
            var lines: [String] = []
            for table in try owner.tableNames() {
                lines.append("\(table) \(try owner.connection.scalar("SELECT count(*) FROM \(table)") ?? -1)")
            }
            for kind in Store.ExportKind.allCases { try owner.export(kind) { lines.append($0.joined(separator: "|")) } }
            lines += try owner.connection.prepare("SELECT login, team FROM members ORDER BY login").rows([]) {
                "\($0.string(0)) \($0.string(1))"
            }
            lines += try owner.connection.prepare("SELECT team, ability FROM permissions ORDER BY 1, 2").rows([]) {
                "\($0.string(0)) \($0.string(1))"
            }
            return lines
        }
    }

    /// Runs `statement` as `connection`'s role and returns the server's refusal, or nil if it went through.
    static func refusal(_ connection: PostgresConnection, _ statement: String) -> String? {
        do {
            try connection.execute(statement)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    func refusal(_ connection: PostgresConnection, _ statement: String) -> String? { Self.refusal(connection, statement) }

    /// Each statement, run as its connection's role, is refused with words containing its expected text.
    static func expectRefusals(
        _ attempts: [(PostgresConnection, String, String)], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (connection, statement, expected) in attempts {
            let refused = refusal(connection, statement)
            #expect(refused?.contains(expected) == true, "\(statement): \(refused ?? "went through")", sourceLocation: sourceLocation)
        }
    }

    @Test func aMarketerWithPsqlCannotBecomeAdminRewriteAWonDealOrDeleteARejection() throws {
        let team = try TeamBoard()
        let before = try team.fingerprint()
        let psql = try team.sql(as: team.marketer)
        let attempts: [(String, String)] = [
            ("UPDATE members SET team = 'admin' WHERE login = '\(team.marketer)'", "permission denied"),
            ("INSERT INTO permissions(team, ability) VALUES ('marketing', '*')", "permission denied"),
            ("UPDATE stages SET title = 'Mine' WHERE id = 'won'", "permission denied"),
            ("UPDATE leads SET value = 1, version = version + 1 WHERE stage = 'won'", "ability edit_sales_lead"),
            ("UPDATE leads SET stage = 'won', closed_at = 1, version = version + 1 WHERE id = 4", "ability close"),
            ("UPDATE leads SET stage = 'negotiation', version = version + 1 WHERE id = 4", "ability move_sales"),
            ("DELETE FROM events WHERE kind = 'rejected'", "permission denied"),
            ("UPDATE events SET detail = 'bad_data' WHERE kind = 'rejected'", "permission denied"),
            ("DELETE FROM leads WHERE id = 5", "permission denied"),
            ("INSERT INTO events(lead_id, at, actor, kind) VALUES (1, 1, '\(team.rep)', 'note')", "only in their own name"),
            ("UPDATE kpi_days SET n = n + 100", "permission denied"),
            ("BEGIN; UPDATE leads SET name = 'Quietly renamed', version = version + 1 WHERE id = 1; COMMIT", "without its event"),
        ]
        for (statement, expected) in attempts {
            let refused = refusal(psql, statement)
            #expect(refused?.contains(expected) == true, "\(statement): \(refused ?? "went through")")
            _ = refusal(psql, "ROLLBACK")
        }
        #expect(try team.fingerprint() == before)
        // What marketing may do, it does, in plain SQL too: a lead moved within marketing with its event.
        #expect(
            refusal(
                psql,
                """
                BEGIN; UPDATE leads SET stage = 'nurture', version = version + 1 WHERE id = 1;
                INSERT INTO events(lead_id, at, actor, kind, from_stage, to_stage) VALUES (1, 2, '\(team.marketer)', 'moved', 'lead', 'nurture'); COMMIT
                """) == nil)
    }

    @Test func throughHandoffEachTeamDoesItsOwnWorkAndTheServerRefusesTheRest() throws {
        let team = try TeamBoard()
        let marketing = try team.store(as: team.marketer)
        #expect(marketing.sessionLogin == team.marketer)
        try marketing.apply(.move(leadID: 2, toStage: "nurture", expectedVersion: nil), actor: team.marketer)
        try marketing.apply(.undo, actor: team.marketer)
        #expect(try marketing.lead(id: 2)?.stage == "lead")
        #expect(throws: HandoffError.self) { try marketing.apply(.won(leadID: 4, amount: 1, expectedVersion: nil), actor: team.marketer) }
        let sales = try team.store(as: team.rep)
        try sales.apply(.move(leadID: 4, toStage: "negotiation", expectedVersion: nil), actor: team.rep)
        try sales.apply(.won(leadID: 4, amount: 20_000, expectedVersion: nil), actor: team.rep)
        // The rep in psql cannot take the lead back into marketing, nor add a member.
        let psql = try team.sql(as: team.rep)
        #expect(
            refusal(psql, "UPDATE leads SET stage = 'nurture', version = version + 1 WHERE id = 2")?.contains("ability move_marketing")
                == true)
        #expect(
            refusal(psql, "INSERT INTO members(login, name, team) VALUES ('eve', 'Eve', 'admin')")?.contains("permission denied") == true)
        // Only the admin's role may add members, and adding one makes their role a member of the team's.
        let admin = try team.store(as: team.admin)
        let newcomer = "new_" + team.marketer
        try admin.addMember(Member(login: newcomer, name: "Nuria New", team: "marketing"), actor: team.admin)
        let connected = try PostgresConnection(address: try PostgresAddress(team.cluster.address(database: team.database, user: newcomer)))
        #expect(try connected.scalar("SELECT pg_has_role(current_user, 'handoff_marketing', 'MEMBER')::int") == 1)
        #expect(throws: HandoffError.self) {
            try marketing.addMember(Member(login: "eve", name: "Eve", team: "admin"), actor: team.marketer)
        }
    }

    /// The loop on a server, each team as its own role: the rep's insight and send raise the
    /// lead's version without the edit abilities, the marketer makes the piece, the server itself
    /// refuses to publish it before the rep approves it, and neither team does the other's part
    /// in plain SQL.
    @Test func theLoopFromInsightToSentPieceKeepsEachTeamToItsPart() throws {
        let team = try TeamBoard()
        let sales = try team.store(as: team.rep)
        let marketing = try team.store(as: team.marketer)
        try sales.apply(.insight(leadID: 4, kind: .objection, text: "Needs SSO", quote: nil, expectedVersion: nil), actor: team.rep)
        let insight = try #require(try sales.insights(leadID: 4).first)
        let piece = try marketing.changeContent(.add(title: "SSO guide", kind: .guide, owner: nil, link: ""), actor: team.marketer)
        try marketing.changeContent(.addAuthor(id: piece.id, login: team.rep), actor: team.marketer)
        try marketing.changeContent(.linkInsight(id: piece.id, insightID: insight.id), actor: team.marketer)
        try marketing.changeContent(.move(id: piece.id, to: .salesReview, expectedVersion: nil), actor: team.marketer)
        #expect(throws: HandoffError.self) {
            try marketing.changeContent(.move(id: piece.id, to: .published, expectedVersion: nil), actor: team.marketer)
        }
        let marketer = try team.sql(as: team.marketer)
        #expect(
            refusal(marketer, "UPDATE content SET stage = 'published', published_at = 1, version = version + 1 WHERE id = \(piece.id)")?
                .contains("has not been approved by sales") == true)
        #expect(
            refusal(marketer, "UPDATE content SET approved_by = '\(team.marketer)', approved_at = 1 WHERE id = \(piece.id)")?
                .contains("ability approve_content") == true)
        let rep = try team.sql(as: team.rep)
        #expect(
            refusal(
                rep,
                "INSERT INTO content(title, kind, stage, created_at, created_by, entered_at) VALUES ('Mine', 'post', 'idea', 1, '\(team.rep)', 1)"
            )?
            .contains("ability edit_content") == true)
        try sales.changeContent(.approve(id: piece.id, expectedVersion: nil), actor: team.rep)
        try marketing.changeContent(.move(id: piece.id, to: .published, expectedVersion: nil), actor: team.marketer)
        try sales.apply(.contentSent(leadID: 4, contentID: piece.id, expectedVersion: nil), actor: team.rep)
        #expect(try sales.contentSends(leadID: 4).map(\.contentID) == [piece.id])
        #expect(throws: HandoffError.self) {
            try marketing.apply(.contentSent(leadID: 4, contentID: piece.id, expectedVersion: nil), actor: team.marketer)
        }
        // The rep's undo takes the send back, as on a file.
        try sales.apply(.undo, actor: team.rep)
        #expect(try sales.contentSends(leadID: 4).isEmpty)
    }

    @Test func aViewerReadsEveryViewAndWritesNothing() throws {
        let team = try TeamBoard()
        let viewer = try team.store(as: team.viewer)
        #expect(try viewer.leadCount() == 5)
        _ = try viewer.kpiReport(period: .allTime, now: TemporaryBoard.now)
        _ = try viewer.inbox(Store.InboxQuery(filter: .all, user: team.viewer, now: TemporaryBoard.now), after: nil, limit: 10)
        _ = try viewer.page(stage: "lead", after: nil, limit: 10)
        _ = try viewer.log(Store.LogQuery(), limit: 10)
        let psql = try team.sql(as: team.viewer)
        for statement in [
            "INSERT INTO notes(lead_id, at, author, body) VALUES (1, 1, 'x', 'y')", "UPDATE leads SET name = 'x' WHERE id = 1",
            "INSERT INTO events(lead_id, at, actor, kind) VALUES (1, 1, '\(team.viewer)', 'note')",
        ] {
            #expect(refusal(psql, statement)?.contains("permission denied") == true, "\(statement)")
        }
    }

    @Test func anAdminGivesAndTakesBackTheViewersRoleAndNobodyElseCan() throws {
        let team = try TeamBoard()
        #expect(try team.owner.viewers().contains(team.viewer))
        #expect(
            try team.owner.boardEvents(limit: 20).contains {
                $0.kind == BoardEvent.Kind.viewerAdded && $0.subject == team.viewer && $0.actor == team.admin
            })
        let marketer = try team.store(as: team.marketer)
        #expect(throws: HandoffError.self) { try marketer.addViewer(login: "spy_\(team.database)", actor: team.marketer) }
        #expect(throws: HandoffError.self) { try marketer.removeViewer(login: team.viewer, actor: team.marketer) }
        // A member is not quietly made a viewer: their team would stay on the board.
        let admin = try team.store(as: team.admin)
        #expect(throws: HandoffError.self) { try admin.addViewer(login: team.rep, actor: team.admin) }
        try admin.removeViewer(login: team.viewer, actor: team.admin)
        #expect(try !team.owner.viewers().contains(team.viewer))
        let psql = try team.sql(as: team.viewer)
        #expect(refusal(psql, "SELECT count(*) FROM leads")?.contains("permission denied") == true)
        // Enrolled in a team later, the former viewer holds that team's role alone.
        try admin.addViewer(login: team.viewer, actor: team.admin)
        try admin.addMember(Member(login: team.viewer, name: "Vic", team: "sales"), actor: team.admin)
        #expect(try !team.owner.viewers().contains(team.viewer))
    }

    @Test func theHistoryIsAppendOnlyForEveryoneButTheOwner() throws {
        let team = try TeamBoard()
        let psql = try team.sql(as: team.admin)
        #expect(refusal(psql, "UPDATE events SET detail = 'rewritten'")?.contains("permission denied") == true)
        #expect(refusal(psql, "DELETE FROM board_events")?.contains("permission denied") == true)
        // Granted the table by mistake, a member still meets the trigger.
        try team.cluster.execute("GRANT UPDATE, DELETE ON events TO \(team.admin)", database: team.database)
        #expect(refusal(psql, "DELETE FROM events WHERE kind = 'rejected'")?.contains("the history is append-only") == true)
        #expect(try team.owner.connection.scalar("SELECT count(*) FROM events WHERE kind = 'rejected'") == 1)
    }

    @Test func actingAsAnotherMemberNeedsTheServersGrantAndRecordsBoth() throws {
        let team = try TeamBoard()
        let marketing = try team.store(as: team.marketer)
        // The board lets everyone act as anyone, as the demo does; the server still refuses.
        try team.owner.connection.execute("INSERT INTO permissions(team, ability) VALUES ('everyone', 'act_as')")
        #expect(throws: HandoffError.self) { _ = try marketing.actingLogin(osLogin: team.marketer, requested: team.rep) }
        try team.cluster.execute("GRANT \(team.rep) TO \(team.admin)")
        let admin = try team.store(as: team.admin)
        let acting = try admin.actingLogin(osLogin: team.admin, requested: team.rep)
        #expect(acting == team.rep)
        let event = try admin.apply(.move(leadID: 4, toStage: "negotiation", expectedVersion: nil), actor: acting)
        #expect(event.actor == team.rep && event.actedBy == team.admin)
    }
}
