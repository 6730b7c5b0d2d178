import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The loop from the command line, as the two teams run it: a rep writes down an objection, a
/// marketer makes a piece of it with the rep as co-author, the co-creation rule holds until sales
/// approves, the piece is published and sent, and every listing has its JSON.
@Suite struct InsightContentCommandLineTests {
    func run(_ arguments: [String], _ board: TemporaryBoard, as user: String) throws -> HandoffBinary.Result {
        try HandoffBinary.run(arguments + ["--db", board.path], as: user)
    }

    @Test func fromAnObjectionToAPublishedPieceSentToADeal() throws {
        let board = TemporaryBoard()
        try board.seedKPIBoard()
        let added = try run(
            [
                "insight", "add", "8", "--kind", "objection", "Setup", "takes", "too", "long", "--quote",
                "Two weeks of setup is a deal breaker",
            ], board, as: "ana")
        #expect(added.status == 0, "\(added.error)")
        #expect(added.output.contains("Insight #1 on lead 8 (Lead 8): objection, Setup takes too long"))
        let wrongKind = try run(["insight", "add", "8", "--kind", "rumour", "x"], board, as: "ana")
        #expect(wrongKind.status == 2 && wrongKind.error.contains("--kind takes objection, question"), "\(wrongKind.error)")

        let piece = try run(
            ["content", "add", "Fast setup guide", "--kind", "guide", "--link", "https://example.com/setup"], board, as: "lucia")
        #expect(piece.status == 0 && piece.output.contains("Piece #1, Fast setup guide"), "\(piece.error)")
        #expect(try run(["content", "author", "1", "ana"], board, as: "lucia").status == 0)
        #expect(try run(["content", "link", "1", "--insight", "1"], board, as: "lucia").status == 0)
        #expect(try run(["content", "move", "1", "sales_review"], board, as: "lucia").status == 0)
        let early = try run(["content", "move", "1", "published"], board, as: "lucia")
        #expect(early.status == 1)
        #expect(
            early.error.contains(
                "piece 1 (Fast setup guide) has not been approved by sales: a piece is published only after a sales member approves it in sales review (handoff content approve 1). Nothing was changed."
            ))
        let byMarketing = try run(["content", "approve", "1"], board, as: "lucia")
        #expect(byMarketing.status == 1 && byMarketing.error.contains("may not approve content in sales review; sales and admin may"))
        #expect(try run(["content", "approve", "1"], board, as: "ana").status == 0)
        #expect(try run(["content", "move", "1", "published"], board, as: "lucia").status == 0)
        let sent = try run(["content", "sent", "1", "8"], board, as: "ana")
        #expect(sent.status == 0 && sent.output.contains("Sent piece #1 (Fast setup guide) to lead 8 (Lead 8)."), "\(sent.error)")

        let list = try run(["content", "list", "--json"], board, as: "ben")
        let pieces = try #require(try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(pieces.count == 1)
        #expect(
            pieces[0]["stage"] as? String == "published" && pieces[0]["approved_by"] as? String == "ana"
                && pieces[0]["leads_reached"] as? Int == 1)
        #expect((pieces[0]["teams"] as? [String: [String]]) == ["marketing": ["lucia"], "sales": ["ana"]])
        let insights = try run(["insight", "list", "--json"], board, as: "ben")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(insights.output.utf8)) as? [[String: Any]])
        #expect(
            rows.count == 1 && rows[0]["answered"] as? Bool == true && rows[0]["quote"] as? String == "Two weeks of setup is a deal breaker"
        )
        let themes = try run(["insight", "list", "--by", "kind", "--json"], board, as: "ben")
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(themes.output.utf8)) as? [[String: Any]])
        #expect(groups.count == 1 && groups[0]["key"] as? String == "objection" && groups[0]["answered"] as? Int == 1)

        let shown = try run(["content", "show", "1"], board, as: "ben")
        #expect(
            shown.output.contains("Marketing: Lucía Fernández (owner)") && shown.output.contains("Sales: Ana López (co-author, approved)"),
            "\(shown.output)")
        #expect(shown.output.contains("A comparison, not proof"))
        let spanish = try run(["content", "show", "1", "--lang", "es"], board, as: "ben")
        #expect(
            spanish.output.contains("Una comparación, no una prueba") && spanish.output.contains("Ventas: Ana López (coautor, aprobó)"),
            "\(spanish.output)")
        let log = try run(["log", "--lead", "8"], board, as: "ben")
        #expect(
            log.output.contains("insight: objection: Setup takes too long")
                && log.output.contains("content_sent: piece 1: Fast setup guide"))

        // The send is undone like any change of the rep's.
        #expect(try run(["undo"], board, as: "ana").status == 0)
        let after = try run(["content", "list", "--json"], board, as: "ben")
        #expect(after.output.contains("\"leads_reached\" : 0"), "\(after.output)")
    }

    /// `handoff kpi` counts the loop beside the dashboard's figures, in text and in JSON, and says
    /// that the two win rates are a comparison.
    @Test func kpiCountsWhatWasHeardMadeAndSent() throws {
        let board = TemporaryBoard()
        try board.seedContentBoard()
        let text = try run(["kpi"], board, as: "ben")
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("CONTENT MADE WITH SALES"))
        let captured = try #require(text.output.split(separator: "\n").first { $0.hasPrefix("  Insights captured") })
        #expect(captured.hasSuffix(" 5"), "\(captured)")
        #expect(text.output.contains("a comparison, not proof"))
        let json = try run(["kpi", "--json"], board, as: "ben")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let content = try #require(object["content"] as? [String: Any])
        #expect(
            content["insights_captured"] as? Int == 5 && content["pieces_published"] as? Int == 1 && content["content_sends"] as? Int == 2)
        #expect(content["win_rate_with_content"] as? Double == 1)
        #expect(content["pieces_in_review"] as? Int == 1)
        let spanish = try run(["kpi", "--lang", "es"], board, as: "ben")
        #expect(spanish.output.contains("CONTENIDOS CON VENTAS") && spanish.output.contains("Insights recogidos"))
    }
}
