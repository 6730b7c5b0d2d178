import HandoffCore
import HandoffStore

extension TemporaryBoard {
    /// Monday 2026-11-02 00:00 UTC: the first day of the week the KPI board is measured over.
    public static let kpiWeekStart: Int64 = 1_793_577_600

    /// The week [2026-11-02, 2026-11-09) and, before it, [2026-10-26, 2026-11-02).
    public static var kpiWeek: KPIPeriod { try! KPIPeriod.custom(from: kpiWeekStart, to: kpiWeekStart + 7 * 86_400) }

    /// A board whose figures are worked out by hand in the KPI tests. Every change goes through
    /// `Store.apply`, so the events, responses and rollup are the ones real use writes. Times are
    /// UTC; the service level is 24 working hours, Monday to Friday 09:00-17:00.
    ///
    /// - 1 Acme Foods, web, spring: created Mon 11-02 09:00 (lucia), handed off 10:00, accepted by
    ///   ana 12:00 (2 h), SQL Tue 11-03 10:00, proposal Wed 10:00, won Thu 11-05 10:00 for 10,000.
    /// - 2 Brio, web, spring: created Tue 11-03 08:00, handed off 09:00, rejected by ben Thu 11-05
    ///   16:00 (no_budget, 23 h).
    /// - 3 Cobre, ads: created Sun 11-01 10:00, handed off Mon 11-02 09:00, accepted by ben Thu
    ///   11-05 10:00 (25 h: late, due Wed 17:00), lost Fri 11-06 11:00 (price).
    /// - 4 ACME FOODS, web: created Tue 10-27 08:00, handed off 09:00, accepted by ana 10:00 (1 h),
    ///   proposal Fri 10-30, won Fri 11-06 10:00 for 20,000.
    /// - 5 Delta, ads: created Mon 11-02 08:00, handed off 09:00, never answered (due Wed 17:00).
    /// - 6 Eco, event: created Fri 11-06 09:00, a note on Tue 11-10 keeps it from going stale.
    /// - 7 Faro, web, spring: created Tue 11-03 10:00, handed off 11:00, accepted by ben 12:00 and
    ///   undone 12:05, rejected by ben 12:10 (student, 70 min).
    /// - 8 Gale, open deal in proposal worth 8,000, created Wed 11-18.
    ///
    /// Elena, the admin, added lucia (marketing), ana and ben (sales).
    ///
    /// Campaign spring spent 700 over [10-26, 11-09); fair spent 1,000 with no dates. The goal is
    /// 30,000 for November.
    @discardableResult
    public func seedKPIBoard() throws -> Store {
        let store = try open()
        try store.addMember(Member(login: "elena", name: "Elena Vidal", team: "admin"), actor: "seed")
        try store.addMember(Member(login: "lucia", name: "Lucía Fernández", team: "marketing"), actor: "elena")
        try store.addMember(Member(login: "ana", name: "Ana López", team: "sales"), actor: "elena")
        try store.addMember(Member(login: "ben", name: "Ben Okafor", team: "sales"), actor: "elena")
        let week = TemporaryBoard.kpiWeekStart
        let day: Int64 = 86_400, hour: Int64 = 3_600
        try store.connection.execute(
            """
            INSERT INTO campaigns(id, name, channel, spend, started, ended, owner) VALUES
                ('spring', 'Spring webinar', 'webinar', 700, \(week - 7 * day), \(week + 7 * day), 'lucia'),
                ('fair', 'Trade fair', 'events', 1000, NULL, NULL, NULL);
            INSERT INTO goals(period_start, period_end, revenue_goal) VALUES (\(week - day), \(week + 29 * day), 30000);
            """)
        func at(_ days: Int64, _ hours: Int64, _ minutes: Int64 = 0) -> Int64 { week + days * day + hours * hour + minutes * 60 }
        func lead(
            _ id: Int64, _ company: String, source: String, campaign: String? = nil, stage: String = "lead", value: Double? = nil,
            created: Int64
        ) throws {
            try store.createLead(
                Lead(
                    id: id, name: "Lead \(id)", company: company, source: source, campaign: campaign, stage: stage, value: value,
                    createdAt: created, enteredAt: created), actor: "lucia")
        }
        func apply(_ command: Command, _ actor: String, _ time: Int64) throws { try store.apply(command, actor: actor, at: time) }

        try lead(4, "ACME FOODS", source: "web", created: at(-6, 8))
        try apply(.move(leadID: 4, toStage: "mql", expectedVersion: nil), "lucia", at(-6, 9))
        try apply(.accept(leadID: 4, owner: nil, expectedVersion: nil), "ana", at(-6, 10))
        try apply(.move(leadID: 4, toStage: "proposal", expectedVersion: nil), "ana", at(-3, 10))
        try lead(3, "Cobre", source: "ads", created: at(-1, 10))
        try lead(5, "Delta", source: "ads", created: at(0, 8))
        try lead(1, "Acme Foods", source: "web", campaign: "spring", created: at(0, 9))
        try apply(.move(leadID: 3, toStage: "mql", expectedVersion: nil), "lucia", at(0, 9))
        try apply(.move(leadID: 5, toStage: "mql", expectedVersion: nil), "lucia", at(0, 9))
        try apply(.move(leadID: 1, toStage: "mql", expectedVersion: nil), "lucia", at(0, 10))
        try apply(.accept(leadID: 1, owner: nil, expectedVersion: nil), "ana", at(0, 12))
        try lead(2, "Brio", source: "web", campaign: "spring", created: at(1, 8))
        try apply(.move(leadID: 2, toStage: "mql", expectedVersion: nil), "lucia", at(1, 9))
        try apply(.move(leadID: 1, toStage: "sql", expectedVersion: nil), "ana", at(1, 10))
        try lead(7, "Faro", source: "web", campaign: "spring", created: at(1, 10))
        try apply(.move(leadID: 7, toStage: "mql", expectedVersion: nil), "lucia", at(1, 11))
        try apply(.accept(leadID: 7, owner: nil, expectedVersion: nil), "ben", at(1, 12))
        try apply(.undo, "ben", at(1, 12, 5))
        try apply(.reject(leadID: 7, reason: "student", comment: "", expectedVersion: nil), "ben", at(1, 12, 10))
        try apply(.move(leadID: 1, toStage: "proposal", expectedVersion: nil), "ana", at(2, 10))
        try apply(.won(leadID: 1, amount: 10_000, expectedVersion: nil), "ana", at(3, 10))
        try apply(.accept(leadID: 3, owner: nil, expectedVersion: nil), "ben", at(3, 10))
        try apply(.reject(leadID: 2, reason: "no_budget", comment: "", expectedVersion: nil), "ben", at(3, 16))
        try lead(6, "Eco", source: "event", created: at(4, 9))
        try apply(.won(leadID: 4, amount: 20_000, expectedVersion: nil), "ana", at(4, 10))
        try apply(.lost(leadID: 3, reason: "price", expectedVersion: nil), "ben", at(4, 11))
        try apply(.note(leadID: 6, body: "Called: interested, call again in January", due: nil), "lucia", at(8, 10))
        try lead(8, "Gale", source: "web", stage: "proposal", value: 8_000, created: at(16, 9))
        return store
    }
}
