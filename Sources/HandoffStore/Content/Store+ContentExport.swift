import HandoffCore

/// `handoff export --kind insights|content`: what sales heard and what marketing made of it, one
/// row each, in the columns `handoff import --kind insights|content` reads back (and more: who,
/// when, the lead's stage, the approval and the sends), so a spreadsheet can count what the board
/// counts. Lists inside a cell (pieces, co-authors, insights) are separated by `;`.
extension Store {
    public static let insightExportFields = [
        "id", "lead_id", "at", "author", "kind", "text", "quote", "stage", "lead", "company", "source", "campaign",
        "pieces", "answered",
    ]
    public static let contentExportFields = [
        "id", "title", "kind", "stage", "owner", "authors", "link", "created", "created_by", "entered",
        "approved_by", "approved", "published", "insights", "sends", "leads_reached",
    ]

    func exportInsights(_ row: ([String]) throws -> Void) throws -> Int {
        try row(Store.insightExportFields)
        let pieces = try connection.prepare("SELECT insight_id, content_id FROM content_insights ORDER BY insight_id, content_id")
            .rows([]) { ($0.int64(0), $0.int64(1)) }
        let byInsight = Dictionary(grouping: pieces, by: \.0).mapValues { $0.map { String($0.1) }.joined(separator: ";") }
        let insights = try connection.prepare(Store.insightSelect + " WHERE i.withdrawn = 0 ORDER BY i.id")
        defer { insights.reset() }
        var count = 0
        while try insights.step() {
            let insight = Store.insight(from: insights)
            try row([
                String(insight.id), String(insight.leadID), Timestamp.iso(insight.at), insight.author, insight.kind.rawValue, insight.text,
                insight.quote ?? "", insight.stage, insight.leadName, insight.company, insight.source, insight.campaign ?? "",
                byInsight[insight.id] ?? "", insight.answered ? "yes" : "no",
            ])
            count += 1
        }
        return count
    }

    func exportContent(_ row: ([String]) throws -> Void) throws -> Int {
        try row(Store.contentExportFields)
        var pieces = try connection.prepare("SELECT \(Store.pieceColumns) FROM content ORDER BY id").rows([], Store.piece)
        try attachDetails(&pieces)
        for piece in pieces {
            try row([
                String(piece.id), piece.title, piece.kind.rawValue, piece.stage.rawValue, piece.owner ?? "",
                piece.authors.joined(separator: ";"),
                piece.link, Timestamp.iso(piece.createdAt), piece.createdBy, Timestamp.iso(piece.enteredAt), piece.approvedBy ?? "",
                piece.approvedAt.map(Timestamp.iso) ?? "", piece.publishedAt.map(Timestamp.iso) ?? "",
                piece.insights.map(String.init).joined(separator: ";"), String(piece.sends), String(piece.leadsReached),
            ])
        }
        return pieces.count
    }
}
