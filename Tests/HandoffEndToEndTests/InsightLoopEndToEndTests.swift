import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The loop as the two teams walk it, each at their own terminal on the demo board: a rep writes
/// down an objection, a marketer makes a piece of it with the rep, publishing waits for the rep's
/// approval, the rep sends it from the lead's detail, and the weekly meeting shows it. On the
/// debug and the release build, in English and in Spanish.
@Suite struct InsightLoopEndToEndTests {
    struct Words {
        let added, refused, approved, approvedPane, published, sent, agendaContent: String
    }

    static let words: [String: Words] = [
        "en": Words(
            added: "Insight (objection) added to", refused: "Not yet: a sales member approves it (a) before it is published",
            approved: "Approved Security FAQ for sales", approvedPane: "Approved by Ana María Cañizares for sales",
            published: "Moved Security FAQ to Published", sent: "Sent Security FAQ to",
            agendaContent: "Content made with sales"),
        "es": Words(
            added: "Insight (objeción) añadido a", refused: "Aún no: alguien de ventas la aprueba (a) antes de publicarla",
            approved: "Aprobada Security FAQ en nombre de ventas", approvedPane: "Aprobada por Ana María Cañizares en nombre de ventas",
            published: "Movida Security FAQ a Publicada", sent: "Enviada Security FAQ a",
            agendaContent: "Contenidos hechos con ventas"),
    ]

    static var cases: [(String, String)] { HandoffBinary.shippedBuilds.flatMap { binary in ["en", "es"].map { (binary, $0) } } }

    @Test(arguments: cases) func fromAnObjectionToAPieceInTheMeeting(binary: String, language: String) throws {
        try HandoffBinary.requireBuilt(binary)
        let words = try #require(InsightLoopEndToEndTests.words[language])
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let demo = try board.open(readOnly: true)
        let leadID = try #require(try demo.connection.scalar("SELECT min(id) FROM leads WHERE stage = 'proposal'"))
        let lead = try #require(try demo.lead(id: leadID))
        let rep = try TmuxSession(command: [binary, "--db", board.path, "--as", "ana", "--lang", language], width: 120, height: 40)
        let marketer = try TmuxSession(command: [binary, "--db", board.path, "--as", "lucia", "--lang", language], width: 120, height: 40)
        for session in [rep, marketer] {
            #expect(try session.waitFor(timeout: 20) { $0.contains("Handoff") && $0.contains("5 Conten") }.matched)
        }

        // The rep, on the board: the lead objects.
        try rep.type(":goto \(lead.id)")
        try rep.send("Enter")
        try rep.send("Escape")
        try rep.send("i")
        try rep.type("Procurement wants a security FAQ")
        try rep.send("Enter")
        #expect(try rep.waitFor(timeout: 20) { $0.contains("\(words.added) \(lead.name)") }.matched)

        // The marketer makes a piece of it, with the rep, and takes it to sales review.
        try marketer.send("5")
        try marketer.send("n")
        try marketer.type("Security FAQ")
        try marketer.send("Enter")
        #expect(try marketer.waitFor(timeout: 20) { $0.contains("#9 Security FAQ") }.matched)
        try marketer.send("i")
        #expect(try marketer.waitFor(timeout: 20) { $0.contains("Procurement wants a security FAQ") }.matched)
        try marketer.send("Enter")
        try marketer.send("c")
        try marketer.send("Enter")
        try marketer.send("L")
        try marketer.send("L")
        try marketer.send("L")
        let refused = try marketer.waitFor(timeout: 20) { $0.contains(words.refused) }
        #expect(refused.matched, "screen was:\n\(refused.screen)")

        // The rep approves it; the marketer publishes it.
        try rep.send("5")
        try rep.send("l")
        try rep.send("l")
        try rep.send("G")
        try rep.send("a")
        #expect(try rep.waitFor(timeout: 20) { $0.contains(words.approved) }.matched)
        // The marketer's screen follows the rep's approval by itself before L publishes.
        let seen = try marketer.waitFor(timeout: 20) { $0.contains(words.approvedPane) }
        #expect(seen.matched, "screen was:\n\(seen.screen)")
        try marketer.send("L")
        let published = try marketer.waitFor(timeout: 20) { $0.contains(words.published) }
        #expect(published.matched, "screen was:\n\(published.screen)")

        // The rep sends it from the lead's detail: the piece made from the lead's words is offered first.
        try rep.send("1")
        try rep.type(":goto \(lead.id)")
        try rep.send("Enter")
        try rep.send("Enter")
        try rep.send("s")
        #expect(try rep.waitFor(timeout: 20) { $0.contains("#9 Security FAQ") }.matched)
        try rep.send("Enter")
        let sent = try rep.waitFor(timeout: 20) { $0.contains(words.sent) || $0.contains(String(words.sent.prefix(8))) }
        #expect(sent.matched, "screen was:\n\(sent.screen)")
        try rep.send("Escape")

        // The weekly meeting shows the piece, and who from each team made it.
        try marketer.send("m")
        #expect(try marketer.waitFor(timeout: 20) { $0.contains(words.agendaContent) }.matched)
        // Step through the agenda to the content item, wherever the board's wins put it.
        let showsThePiece = { (screen: String) in
            screen.contains("#9 Security FAQ") && (screen.contains("Sales: Ana") || screen.contains("Ventas: Ana"))
        }
        var agenda = try marketer.waitFor(timeout: 2, showsThePiece)
        for _ in 0..<30 where !agenda.matched {
            try marketer.send("n")
            agenda = try marketer.waitFor(timeout: 2, showsThePiece)
        }
        #expect(agenda.matched, "screen was:\n\(agenda.screen)")

        let after = try board.open(readOnly: true)
        let piece = try #require(try after.piece(id: 9))
        #expect(piece.stage == .published && piece.approvedBy == "ana" && piece.authors == ["ana"] && piece.leadsReached == 1)
        #expect(try after.contentSends(leadID: lead.id).first?.contentID == 9)
        #expect(try after.insights(leadID: lead.id).first?.pieces == [9])
        for session in [rep, marketer] {
            try session.send("q")
            try session.send("q")
        }
    }
}
