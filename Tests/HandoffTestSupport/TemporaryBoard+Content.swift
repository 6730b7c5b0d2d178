import HandoffCore
import HandoffStore

extension TemporaryBoard {
    /// The KPI board (see `seedKPIBoard`) with what the reps heard and what marketing made of it,
    /// every write through the store as real use makes it. Days count from Monday 2026-11-02. The
    /// writes come after the KPI board's, so each lead is in the stage it ends in there (lead 1 and
    /// 4 won, lead 3 lost) whatever their time says.
    ///
    /// Insights:
    /// 1. ana on lead 1, Mon 13:00: objection "Price above budget", quote "We pay half that to Sendify".
    /// 2. ana on lead 4, Wed 10:00: question "Does it integrate with SAP?".
    /// 3. ben on lead 3, Thu 11:00: objection "price above  budget." (the same theme as 1).
    /// 4. lucia on lead 6, Fri 10:00: praise "Loved the webinar".
    /// 5. ana on lead 2, Wed of the next week 09:00: competitor "Comparing us with Sendify".
    ///
    /// Pieces:
    /// 1. "Pricing objections guide", guide, lucia, co-author ana, insight 1 (and 3 from Thu 12:00):
    ///    in review Tue 11:00, approved by ana 15:00, published Wed 09:00; sent by ana to lead 1
    ///    Wed 11:00 and to lead 4 Wed 12:00, both won on Thursday and Friday.
    /// 2. "SAP integration one-pager", deck, lucia, insight 2: waiting in sales review since Fri 09:00.
    /// 3. "Acme case study", case study, lucia: an idea since Fri 16:00.
    @discardableResult
    public func seedContentBoard() throws -> Store {
        let store = try seedKPIBoard()
        let week = TemporaryBoard.kpiWeekStart
        func at(_ days: Int64, _ hours: Int64) -> Int64 { week + days * 86_400 + hours * 3_600 }
        func hear(_ lead: Int64, _ kind: InsightKind, _ text: String, quote: String? = nil, by actor: String, _ time: Int64) throws {
            try store.apply(.insight(leadID: lead, kind: kind, text: text, quote: quote, expectedVersion: nil), actor: actor, at: time)
        }
        try hear(1, .objection, "Price above budget", quote: "We pay half that to Sendify", by: "ana", at(0, 13))
        try hear(4, .question, "Does it integrate with SAP?", by: "ana", at(2, 10))
        try hear(3, .objection, "price above  budget.", by: "ben", at(3, 11))
        try hear(6, .praise, "Loved the webinar", by: "lucia", at(4, 10))
        let guide = try store.changeContent(
            .add(title: "Pricing objections guide", kind: .guide, owner: "lucia", link: "https://example.com/pricing-guide"),
            actor: "lucia", at: at(1, 9))
        try store.changeContent(.addAuthor(id: guide.id, login: "ana"), actor: "lucia", at: at(1, 9))
        try store.changeContent(.linkInsight(id: guide.id, insightID: 1), actor: "lucia", at: at(1, 9))
        try store.changeContent(.move(id: guide.id, to: .drafting, expectedVersion: nil), actor: "lucia", at: at(1, 10))
        try store.changeContent(.move(id: guide.id, to: .salesReview, expectedVersion: nil), actor: "lucia", at: at(1, 11))
        try store.changeContent(.approve(id: guide.id, expectedVersion: nil), actor: "ana", at: at(1, 15))
        try store.changeContent(.move(id: guide.id, to: .published, expectedVersion: nil), actor: "lucia", at: at(2, 9))
        try store.apply(.contentSent(leadID: 1, contentID: guide.id, expectedVersion: nil), actor: "ana", at: at(2, 11))
        try store.apply(.contentSent(leadID: 4, contentID: guide.id, expectedVersion: nil), actor: "ana", at: at(2, 12))
        try store.changeContent(.linkInsight(id: guide.id, insightID: 3), actor: "lucia", at: at(3, 12))
        let deck = try store.changeContent(
            .add(title: "SAP integration one-pager", kind: .deck, owner: "lucia", link: "decks/sap.pdf"), actor: "lucia", at: at(3, 9))
        try store.changeContent(.linkInsight(id: deck.id, insightID: 2), actor: "lucia", at: at(3, 9))
        try store.changeContent(.move(id: deck.id, to: .salesReview, expectedVersion: nil), actor: "lucia", at: at(4, 9))
        try store.changeContent(.add(title: "Acme case study", kind: .caseStudy, owner: "lucia", link: ""), actor: "lucia", at: at(4, 16))
        try hear(2, .competitor, "Comparing us with Sendify", by: "ana", at(9, 9))
        return store
    }
}
