import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Insights and pieces leave the board as CSV with everything a spreadsheet needs, and come back
/// in through the same rules as a key: an insight is an event of its lead in the importer's name,
/// and a file cannot publish a piece sales has not approved.
@Suite struct ContentImportExportTests {
    let now = TemporaryBoard.kpiWeekStart + 10 * 86_400 + 11 * 3_600

    func exported(_ store: Store, _ kind: Store.ExportKind) throws -> [String] {
        var writer = CSVWriter()
        try store.export(kind) { writer.write($0) }
        return String(decoding: writer.bytes, as: UTF8.self).components(separatedBy: "\n").filter { !$0.isEmpty }
    }

    @Test func theExportsSayWhoHeardWhatAndWhatWasMadeOfIt() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        let insights = try exported(store, .insights)
        #expect(insights.first == "id,lead_id,at,author,kind,text,quote,stage,lead,company,source,campaign,pieces,answered")
        #expect(insights.count == 6)
        #expect(insights[1].hasPrefix("1,1,2026-11-02T13:00:00Z,ana,objection,Price above budget,We pay half that to Sendify,"))
        #expect(insights[1].hasSuffix(",1,yes"))
        #expect(insights[2].hasSuffix(",2,no"), "the SAP question waits for a piece still in review")
        let content = try exported(store, .content)
        #expect(
            content.first
                == "id,title,kind,stage,owner,authors,link,created,created_by,entered,approved_by,approved,published,insights,sends,leads_reached"
        )
        #expect(
            content[1]
                == "1,Pricing objections guide,guide,published,lucia,ana,https://example.com/pricing-guide,2026-11-03T09:00:00Z,lucia,"
                + "2026-11-04T09:00:00Z,ana,2026-11-03T15:00:00Z,2026-11-04T09:00:00Z,1;3,2,2")
        #expect(content[2].hasPrefix("2,SAP integration one-pager,deck,sales_review,lucia,,decks/sap.pdf,"))
    }

    @Test func aRepImportsCallNotesAsInsightsOfTheirLeads() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        let file = board.folder + "/calls.csv"
        try """
        Lead ID,Type,What they said,Verbatim
        8,Objection,Needs SSO,Without SSO IT says no
        5,pregunta,Is there an API?,
        99,objection,Nobody there,
        5,complaint,Not a kind,

        """.write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try store.importCSV(at: file, options: ImportOptions(kind: .insights), actor: "ana", now: now)
        #expect(!refused.committed && refused.rejects.map(\.row) == [4, 5])
        #expect(
            refused.rejects.map { Strings.english($0.reason) } == [
                "there is no lead 99 on this board",
                "'complaint' is not a kind of insight; kinds are objection, question, pain, competitor, feature_request or praise",
            ])
        #expect(try store.insights(leadID: 8).isEmpty, "nothing is written while a row is refused")

        let report = try store.importCSV(at: file, options: ImportOptions(kind: .insights, skipBadRows: true), actor: "ana", now: now)
        #expect(report.committed && report.created == 2)
        let heard = try #require(try store.insights(leadID: 8).first)
        #expect(
            heard.kind == .objection && heard.text == "Needs SSO" && heard.quote == "Without SSO IT says no" && heard.author == "ana"
                && heard.at == now)
        #expect(try store.insights(leadID: 5).first?.kind == .question)
        #expect(try store.events(leadID: 8).contains { $0.kind == EventKind.insight && $0.actor == "ana" })
    }

    @Test func aContentCalendarComesInWithoutPublishingWhatSalesHasNotApproved() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        let file = board.folder + "/calendar.csv"
        try """
        Title,Format,Status,Author,Co-authors,URL,Insight IDs
        Security FAQ,guide,sales review,lucia,ana,https://example.com/faq,5
        ISO one-pager,deck,published,lucia,,,
        Old webinar,post,retired,lucia,,,

        """.write(toFile: file, atomically: true, encoding: .utf8)
        // Sales does not make content, even from a file.
        #expect(throws: HandoffError.self) { try store.importCSV(at: file, options: ImportOptions(kind: .content), actor: "ana", now: now) }
        let refused = try store.importCSV(at: file, options: ImportOptions(kind: .content), actor: "lucia", now: now)
        #expect(!refused.committed && refused.rejects.map(\.row) == [3])
        #expect(
            Strings.english(refused.rejects[0].reason).hasPrefix(
                "a piece is published only after a sales member approves it in sales review"))
        #expect(try store.pieceCount() == 3)

        let report = try store.importCSV(at: file, options: ImportOptions(kind: .content, skipBadRows: true), actor: "lucia", now: now)
        #expect(report.created == 2)
        let faq = try #require(try store.pieces().first { $0.title == "Security FAQ" })
        #expect(
            faq.stage == .salesReview && faq.authors == ["ana"] && faq.insights == [5] && faq.link == "https://example.com/faq"
                && faq.approvedBy == nil)
        #expect(try store.pieces().first { $0.title == "Old webinar" }?.stage == .retired)
        #expect(try BoardCheck.run(path: board.path).passed)

        // A board that relaxed the rule takes published pieces from a file too.
        try store.setContentApprovalRequired(false, actor: "elena", now: now)
        let relaxed = try store.importCSV(at: file, options: ImportOptions(kind: .content, skipBadRows: true), actor: "lucia", now: now)
        #expect(relaxed.created == 3 && relaxed.rejected == 0)
        #expect(try store.pieces(stage: .published).contains { $0.title == "ISO one-pager" })
    }
}
