import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// Pieces of content on their pipeline: marketing makes and moves them, sales approves them in
/// review and sends them; a piece is published only after that approval (unless the board relaxes
/// the rule), every change is a board event, and what a piece did in deals is compared with leads
/// that did not get it.
@Suite struct ContentStoreTests {
    let week = TemporaryBoard.kpiWeekStart
    func at(_ days: Int64, _ hours: Int64) -> Int64 { week + days * 86_400 + hours * 3_600 }

    /// What a refused write says, in English; nil when it was not refused.
    func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test func aPieceIsPublishedOnlyAfterSalesApprovedItInReview() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let piece = try store.changeContent(
            .add(title: "ROI calculator", kind: .other, owner: nil, link: "https://example.com/roi"), actor: "lucia", at: at(6, 9))
        #expect(piece.stage == .idea && piece.owner == "lucia" && piece.createdBy == "lucia")
        try store.changeContent(.move(id: piece.id, to: .salesReview, expectedVersion: nil), actor: "lucia", at: at(6, 10))
        let rule = """
            piece 1 (ROI calculator) has not been approved by sales: a piece is published only after a sales member approves it in \
            sales review (handoff content approve 1). Nothing was changed.
            """
        #expect(
            refusal {
                try store.changeContent(.move(id: piece.id, to: .published, expectedVersion: nil), actor: "lucia", at: at(6, 11))
            } == rule)
        #expect(try store.piece(id: piece.id)?.stage == .salesReview)
        // Marketing may not approve its own piece; sales may not move marketing's pieces.
        #expect(
            refusal {
                try store.changeContent(.approve(id: piece.id, expectedVersion: nil), actor: "lucia", at: at(6, 11))
            } == "Lucía Fernández (lucia, marketing) may not approve content in sales review; sales and admin may. Nothing was changed.")
        #expect(
            refusal {
                try store.changeContent(.move(id: piece.id, to: .published, expectedVersion: nil), actor: "ana", at: at(6, 11))
            } == "Ana López (ana, sales) may not make and move content; marketing and admin may. Nothing was changed.")
        let approved = try store.changeContent(.approve(id: piece.id, expectedVersion: nil), actor: "ana", at: at(6, 12))
        #expect(approved.approvedBy == "ana" && approved.approvedAt == at(6, 12))
        let published = try store.changeContent(
            .move(id: piece.id, to: .published, expectedVersion: approved.version), actor: "lucia", at: at(6, 13))
        #expect(published.stage == .published && published.publishedAt == at(6, 13) && published.approvedBy == "ana")
        #expect(
            published.participation(teams: ["lucia": "marketing", "ana": "sales"]).map {
                "\($0.team): \($0.people.joined(separator: ", "))"
            }
                == ["marketing: lucia", "sales: ana"])
        let kinds = try store.boardEvents(limit: 20).map(\.kind).filter { $0.hasPrefix("content") }
        #expect(kinds == ["content_added", "content_moved", "content_approved", "content_moved"])
    }

    @Test func goingBackToDraftingTakesTheApprovalAwayAndTheRuleCanBeRelaxed() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let piece = try store.changeContent(
            .add(title: "Objection handling deck", kind: .deck, owner: nil, link: ""), actor: "lucia", at: at(6, 9))
        try store.changeContent(.move(id: piece.id, to: .salesReview, expectedVersion: nil), actor: "lucia", at: at(6, 10))
        try store.changeContent(.approve(id: piece.id, expectedVersion: nil), actor: "ben", at: at(6, 11))
        let back = try store.changeContent(.move(id: piece.id, to: .drafting, expectedVersion: nil), actor: "lucia", at: at(6, 12))
        #expect(back.approvedBy == nil)
        #expect(throws: HandoffError.self) {
            try store.changeContent(.approve(id: piece.id, expectedVersion: nil), actor: "ben", at: at(6, 13))
        }
        // Only an admin relaxes the rule; then marketing publishes on its own.
        #expect(throws: HandoffError.self) { try store.setContentApprovalRequired(false, actor: "lucia", now: at(6, 13)) }
        try store.setContentApprovalRequired(false, actor: "elena", now: at(6, 13))
        #expect(try store.contentApprovalRequired() == false)
        let published = try store.changeContent(.move(id: piece.id, to: .published, expectedVersion: nil), actor: "lucia", at: at(6, 14))
        #expect(published.stage == .published && published.approvedBy == nil)
        #expect(
            try store.boardEvents(limit: 20).contains {
                $0.kind == "content_rule_changed" && $0.detail == "optional" && $0.actor == "elena"
            })
    }

    @Test func aChangeToAPieceSomeoneElseChangedIsRefused() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let piece = try store.changeContent(.add(title: "Case study", kind: .caseStudy, owner: nil, link: ""), actor: "lucia", at: at(6, 9))
        try store.changeContent(.move(id: piece.id, to: .drafting, expectedVersion: piece.version), actor: "elena", at: at(6, 10))
        #expect(
            refusal {
                try store.changeContent(
                    .move(id: piece.id, to: .salesReview, expectedVersion: piece.version), actor: "lucia", at: at(6, 11))
            } == "piece 1 (Case study) was changed by Elena Vidal since you saw it; it is now in drafting. Nothing was overwritten")
    }

    @Test func coAuthorsAndInsightsAreKeptWithThePiece() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        let guide = try #require(try store.piece(id: 1))
        #expect(guide.authors == ["ana"] && guide.insights == [1, 3] && guide.sends == 2 && guide.leadsReached == 2)
        #expect(guide.people == ["lucia", "ana"])
        #expect(
            refusal {
                try store.changeContent(.addAuthor(id: 1, login: "ana"), actor: "lucia", at: at(10, 9))
            } == "ana is already a co-author of piece 1 (Pricing objections guide); nothing was changed")
        #expect(
            refusal {
                try store.changeContent(.addAuthor(id: 1, login: "mallory"), actor: "lucia", at: at(10, 9))
            } == "mallory is not a member of this board, so cannot be its co-author; `handoff member list` shows the team")
        try store.changeContent(.addAuthor(id: 1, login: "ben"), actor: "lucia", at: at(10, 9))
        #expect(try store.piece(id: 1)?.authors == ["ana", "ben"])
        // An insight taken back by undo no longer counts for the piece.
        try store.apply(
            .insight(leadID: 5, kind: .pain, text: "Manual exports every week", quote: nil, expectedVersion: nil), actor: "ben",
            at: at(10, 10))
        try store.changeContent(.linkInsight(id: 2, insightID: 6), actor: "lucia", at: at(10, 11))
        #expect(try store.piece(id: 2)?.insights == [2, 6])
        try store.apply(.undo, actor: "ben", at: at(10, 12))
        #expect(try store.piece(id: 2)?.insights == [2])
    }

    @Test func onlyAPublishedPieceIsSentAndASendIsUndoneLikeAnyChange() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        #expect(
            refusal {
                try store.apply(.contentSent(leadID: 8, contentID: 2, expectedVersion: nil), actor: "ana", at: at(17, 9))
            } == "piece 2 (SAP integration one-pager) is in sales_review; only a published piece is sent to leads. Nothing was changed")
        let event = try store.apply(.contentSent(leadID: 8, contentID: 1, expectedVersion: nil), actor: "ana", at: at(17, 9))
        #expect(event.kind == "content_sent" && event.detail == "piece 1: Pricing objections guide")
        #expect(try store.contentSends(leadID: 8).map { "\($0.contentID) \($0.stage) \($0.actor)" } == ["1 proposal ana"])
        #expect(try store.piece(id: 1)?.leadsReached == 3)
        try store.apply(.undo, actor: "ana", at: at(17, 10))
        #expect(try store.contentSends(leadID: 8).isEmpty)
        #expect(try store.piece(id: 1)?.leadsReached == 2)
        // Marketing does not record sends.
        #expect(
            refusal {
                try store.apply(.contentSent(leadID: 8, contentID: 1, expectedVersion: nil), actor: "lucia", at: at(17, 11))
            } == "Lucía Fernández (lucia, marketing) may not record content sent to leads; sales and admin may. Nothing was changed.")
    }

    /// A board worked out by hand. Every deal reaches Proposal except G, which stops at Qualified.
    ///
    /// | lead | created | got the guide in | outcome | cycle |
    /// | A | day 0 | Proposal, day 5 | won day 10 | 10 |
    /// | B | day 0 | Proposal, day 5 | won day 20 | 20 |
    /// | C | day 0 | Proposal, day 5 | lost day 12 | |
    /// | D | day 0 | never | won day 30 | 30 |
    /// | E | day 0 | never | lost day 14 | |
    /// | F | day 0 | never | lost day 16 | |
    /// | G | day 0 (Qualified only) | never | lost day 9 | |
    /// | H | day 0 | Proposal, day 6, undone | won day 40 | 40 |
    ///
    /// Reached: A, B, C: 2 won, 1 lost, 67% win rate, median cycle 15 days. Comparable (reached
    /// Proposal, never got it): D, E, F and H: 2 won, 2 lost, 50%, median (30 + 40) / 2 = 35.
    @Test func whatAPieceDidInDealsIsComparedWithComparableLeads() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let day: Int64 = 86_400
        let start: Int64 = 1_790_000_000
        let piece = try store.changeContent(.add(title: "Guide", kind: .guide, owner: nil, link: ""), actor: "me", at: start)
        try store.changeContent(.move(id: piece.id, to: .salesReview, expectedVersion: nil), actor: "me", at: start)
        try store.changeContent(.approve(id: piece.id, expectedVersion: nil), actor: "me", at: start)
        try store.changeContent(.move(id: piece.id, to: .published, expectedVersion: nil), actor: "me", at: start)
        let plan: [(name: String, sent: Int64?, won: Int64?, lost: Int64?, reachesProposal: Bool)] = [
            ("A", 5, 10, nil, true), ("B", 5, 20, nil, true), ("C", 5, nil, 12, true), ("D", nil, 30, nil, true),
            ("E", nil, nil, 14, true), ("F", nil, nil, 16, true), ("G", nil, nil, 9, false), ("H", 6, 40, nil, true),
        ]
        for (offset, lead) in plan.enumerated() {
            let id = Int64(offset + 1)
            try store.createLead(Lead(id: id, name: lead.name, stage: "sql", createdAt: start, enteredAt: start), actor: "me")
            if lead.reachesProposal {
                try store.apply(.move(leadID: id, toStage: "proposal", expectedVersion: nil), actor: "me", at: start + day)
            }
            if let sent = lead.sent {
                try store.apply(.contentSent(leadID: id, contentID: piece.id, expectedVersion: nil), actor: "me", at: start + sent * day)
                if lead.name == "H" { try store.apply(.undo, actor: "me", at: start + sent * day + 60) }
            }
            if let won = lead.won {
                try store.apply(.won(leadID: id, amount: 1_000, expectedVersion: nil), actor: "me", at: start + won * day)
            }
            if let lost = lead.lost {
                try store.apply(.lost(leadID: id, reason: "price", expectedVersion: nil), actor: "me", at: start + lost * day)
            }
        }
        let reach = try store.contentReach(pieceID: piece.id)
        #expect(reach.stages == ["proposal"])
        #expect(reach.leadsReached == 3)
        #expect(reach.reached == ContentReach.Outcomes(won: 2, lost: 1, medianCycleDays: 15))
        #expect(reach.comparable == ContentReach.Outcomes(won: 2, lost: 2, medianCycleDays: 35))
        #expect(reach.reached.winRate.map { ($0 * 1000).rounded() } == 667)
        #expect(reach.comparable.winRate == 0.5)
    }

    @Test func theLoopsFiguresForAPeriod() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        let figures = try store.contentFigures(TemporaryBoard.kpiWeek, now: at(10, 12))
        #expect(figures.insightsCaptured == 4)
        #expect(figures.piecesPublished == 1)
        // Insights 1 and 3 are answered by the guide, published on Wednesday.
        #expect(figures.insightsAnswered == 2)
        #expect(figures.contentSends == 2 && figures.leadsReached == 2)
        // Leads 1 and 4 got the guide and were won; lead 3 was lost without content.
        #expect(figures.closedWithContent == 2 && figures.wonWithContent == 2)
        #expect(figures.closedWithoutContent == 1 && figures.wonWithoutContent == 0)
        // From insight 1 (Monday 13:00) to Wednesday 09:00: one whole day.
        #expect(figures.medianInsightToPublishedDays == 1)
        #expect(figures.piecesInReview == 1)
        // Insights 2 (the SAP deck is not published), 4 and 5 are not answered.
        #expect(figures.insightsOpen == 3)
    }
}

/// A board made before insights and content existed opens, gets their tables and the new teams'
/// abilities, and passes the check.
@Suite(.enabled(if: TemporaryBoard.onFile, "boards of older schemas exist only as files")) struct ContentMigrationTests {
    @Test func aBoardOfThePreviousVersionIsCarriedOverAndPassesTheCheck() throws {
        let board = TemporaryBoard()
        // Migration 13 made them; the later ones run again after it, so their tables go too.
        let previous = 12
        do {
            let store = try board.seedKPIBoard()
            try store.connection.execute(
                """
                \(TemporaryBoard.scoresBackInLeads)
                DROP TABLE activities; DROP TABLE score_changes;
                DROP TABLE content_sends; DROP TABLE content_insights; DROP TABLE content_authors; DROP TABLE content; DROP TABLE insights;
                DELETE FROM permissions WHERE ability IN ('add_insight', 'edit_content', 'approve_content', 'send_content');
                -- Migration 14's column, which its views use: they are made again from scratch.
                DROP VIEW kpi_lead_facts; DROP VIEW kpi_lead_moments; DROP INDEX leads_undated;
                CREATE VIEW kpi_lead_facts AS SELECT id AS lead_id, '' AS measure, 0 AS day, '' AS key, 0 AS cents FROM leads WHERE 0;
                CREATE VIEW kpi_lead_moments AS SELECT id AS lead_id, '' AS measure, 0 AS at, '' AS key, 0 AS cents FROM leads WHERE 0;
                ALTER TABLE leads DROP COLUMN undated_at;
                PRAGMA user_version = \(previous);
                """)
        }
        let store = try board.open()
        #expect(try store.connection.scalar("PRAGMA user_version") == Int64(Migrations.all.count))
        let permissions = try store.permissions()
        #expect(permissions.teams(allowedTo: .addInsight) == ["marketing", "sales", "admin"])
        #expect(permissions.teams(allowedTo: .editContent) == ["marketing", "admin"])
        #expect(permissions.teams(allowedTo: .approveContent) == ["sales", "admin"])
        #expect(permissions.teams(allowedTo: .sendContent) == ["sales", "admin"])
        try store.apply(
            .insight(leadID: 8, kind: .pain, text: "Manual reports", quote: nil, expectedVersion: nil), actor: "ana", at: TemporaryBoard.now
        )
        let report = try BoardCheck.run(path: board.path)
        #expect(report.passed, "\(report.problems)")
    }
}
