import HandoffCore

/// The meeting's material about the loop from what sales hears to what marketing makes: the
/// insights heard in the window and their top themes, the pieces waiting for sales review, those
/// published in the window, and the pieces each deal won in the window got before it was won.
extension Store {
    func addContentMaterial(to material: inout AgendaMaterial, since: Int64, until: Int64) throws {
        let heard = try insights(since: since, until: until, limit: Store.agendaListLimit)
        let total =
            try connection.prepare("SELECT count(*) FROM insights WHERE withdrawn = 0 AND at >= ? AND at < ?")
            .rows([.integer(since), .integer(until)]) { $0.int(0) }.first ?? heard.count
        material.insights = AgendaMaterial.Capped(heard, total: total)
        material.insightThemes =
            total > 0 ? Array(try insightThemes(by: .theme, from: since, to: until).prefix(MeetingAgenda.topThemes)) : []
        material.piecesInReview = try pieces(stage: .salesReview)
        material.piecesPublished = try pieces().filter { piece in piece.publishedAt.map { $0 >= since && $0 < until } ?? false }
        for win in material.wins.rows {
            let sent = try contentSends(leadID: win.lead.id).filter { $0.at <= win.event.at }.reversed()
            if !sent.isEmpty { material.contentInWins[win.lead.id] = Array(sent) }
        }
    }
}
