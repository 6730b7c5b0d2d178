import HandoffCore
import HandoffStore

extension TemporaryBoard {
    /// The small board plus a team (elena, the admin, who added ana and ben of sales and marta of
    /// marketing), two campaigns and two more handed-off leads, so the inbox holds
    /// three leads at known points of the 24-working-hour clock at `now` (Friday 2026-11-20 12:00):
    /// 6 Marie Dubois, unassigned, handed off Tuesday 10:00: 26 h used, 2 h overdue;
    /// 7 Kofi Mensah, ben's, handed off Wednesday 09:00: 19 h used, 5 h left (warning);
    /// 3 Íñigo Muñoz, ana's, handed off Thursday 12:00: 8 h used, 16 h left.
    @discardableResult
    public func seedInboxBoard() throws -> Store {
        let store = try seedSmallBoard()
        try store.addMember(Member(login: "elena", name: "Elena Vidal", team: "admin"), actor: "seed")
        try store.addMember(Member(login: "ana", name: "Ana López", team: "sales"), actor: "elena")
        try store.addMember(Member(login: "ben", name: "Ben Okafor", team: "sales"), actor: "elena")
        try store.addMember(Member(login: "marta", name: "Marta Ruiz", team: "marketing"), actor: "elena")
        try store.connection.execute(
            "INSERT INTO campaigns(id, name, channel) VALUES ('spring', 'Spring webinar', 'webinar'), ('fair', 'Trade fair', 'events')")
        let tuesday: Int64 = 1_794_909_600, wednesday: Int64 = 1_794_992_400
        try store.createLead(
            Lead(
                id: 6, name: "Marie Dubois", company: "Atelier Lumière", source: "webinar", campaign: "spring", stage: "mql",
                score: 64, createdAt: tuesday - 86_400 * 9, enteredAt: tuesday), actor: "marta")
        try store.createLead(
            Lead(
                id: 7, name: "Kofi Mensah", company: "Accra Solar", source: "fair", campaign: "fair", owner: "ben", stage: "mql",
                score: 55, createdAt: wednesday - 86_400 * 4, enteredAt: wednesday), actor: "marta")
        return store
    }
}
