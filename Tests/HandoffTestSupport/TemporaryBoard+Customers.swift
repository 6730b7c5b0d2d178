import Foundation
import HandoffCore
import HandoffStore

extension TemporaryBoard {
    /// A team with a customer manager: elena (admin), ana (sales), lucia (marketing), sam
    /// (success), and four deals in negotiation that a test wins by hand. Every figure of the
    /// customer band can be worked out on paper from what a test does to it.
    ///
    /// | lead | name | company | value |
    /// | --- | --- | --- | --- |
    /// | 1 | Kofi Mensah | Accra Solar | 10,000 |
    /// | 2 | Marie Dubois | Atelier Lumière | 20,000 |
    /// | 3 | Ryan Harris | Kettle & Co | 5,000 |
    /// | 4 | Íñigo Muñoz | Panadería García | 8,000 |
    @discardableResult
    public func seedCustomerTeam(dealsCreated: Int64 = TemporaryBoard.now - 60 * 86_400) throws -> Store {
        let store = try open()
        for member in [
            Member(login: "elena", name: "Elena Vidal", team: "admin"), Member(login: "ana", name: "Ana López", team: "sales"),
            Member(login: "lucia", name: "Lucía Fernández", team: "marketing"), Member(login: "sam", name: "Sam Okafor", team: "success"),
        ] {
            try store.addMember(member, actor: "elena", now: dealsCreated)
        }
        let deals = [
            ("Kofi Mensah", "Accra Solar", 10_000.0), ("Marie Dubois", "Atelier Lumière", 20_000), ("Ryan Harris", "Kettle & Co", 5_000),
            ("Íñigo Muñoz", "Panadería García", 8_000),
        ]
        for (offset, deal) in deals.enumerated() {
            try store.createLead(
                Lead(
                    id: Int64(offset + 1), name: deal.0, company: deal.1, source: "web", owner: "ana", stage: "negotiation", value: deal.2,
                    createdAt: dealsCreated, enteredAt: dealsCreated), actor: "elena")
        }
        return store
    }
}
