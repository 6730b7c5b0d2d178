import HandoffCore
import HandoffStore

extension TemporaryBoard {
    /// A definition small enough to score by hand (see `seedScoringBoard`).
    public static let scoringText = """
        # test definition
        threshold 50
        fit_minimum 10

        [fit]
        employees >= 50 -> 20
        industry in ("software", "fintech") -> 10
        role = "Student" -> -30
        source = "referral" -> 5
        cap 25

        [engagement]
        visits >= 5 -> 10
        demo_requested = "yes" -> 30
        decay 30 days 50%
        cap 35
        """

    /// Six leads with imported attributes and a team. Scored by `scoringText` at `now`:
    /// 1 Rubén (lead, 10 days old): fit 20 + 10 capped to 25, engagement 10 + 30 capped to 35: 60;
    /// 2 Megan (nurture): 0; 3 Tomás (mql, ana's): 25 + 35 = 60;
    /// 6 Sam, a student (lead, 35 days old): fit 20 + 10 - 30 = 0, engagement 35 halved once: 18.
    /// 4 Natalie (won) and 5 Kofi (lost) are closed. Stored scores before any definition: 42, 15,
    /// 71, 90, 30 and 55.
    @discardableResult
    public func seedScoringBoard() throws -> Store {
        let store = try open()
        // The first member may be added by anyone; then the admin adds the others.
        try store.addMember(Member(login: "elena", name: "Elena Vidal Quiñones", team: "admin"), actor: "seed")
        for (login, name, team) in [
            ("lucia", "Lucía Fernández", "marketing"), ("ana", "Ana María Cañizares", "sales"), ("tom", "Tom Baker", "sales"),
        ] {
            try store.addMember(Member(login: login, name: name, team: team), actor: "elena")
        }
        let day: Int64 = 86_400
        let now = TemporaryBoard.now
        func attributes(_ employees: Int, _ industry: String, _ role: String, _ visits: Int, _ demo: String) -> [LeadAttribute] {
            [
                LeadAttribute("employees", String(employees)), LeadAttribute("industry", industry), LeadAttribute("role", role),
                LeadAttribute("visits", String(visits)), LeadAttribute("demo_requested", demo),
            ]
        }
        let leads: [(Lead, [LeadAttribute])] = [
            (
                Lead(
                    id: 1, name: "Rubén Santos", company: "Calzados Santos", source: "web", stage: "lead", score: 42,
                    createdAt: now - 10 * day, enteredAt: now - 10 * day), attributes(250, "software", "CTO", 12, "yes")
            ),
            (
                Lead(
                    id: 2, name: "Megan Sullivan", company: "Sullivan Haulage", source: "content", stage: "nurture", score: 15,
                    createdAt: now - 40 * day, enteredAt: now - 20 * day), attributes(30, "retail", "Owner", 2, "no")
            ),
            (
                Lead(
                    id: 3, name: "Tomás Rubio", company: "Jacaranda Digital", source: "web", owner: "ana", stage: "mql", score: 71,
                    createdAt: now - 5 * day, enteredAt: now - day), attributes(80, "fintech", "CMO", 6, "yes")
            ),
            (
                Lead(
                    id: 4, name: "Natalie Anderson", company: "Lighthouse Outfitters", source: "linkedin", owner: "ana", stage: "won",
                    value: 53_000,
                    score: 90, createdAt: now - 90 * day, enteredAt: now - 2 * day, closedAt: now - 2 * day),
                attributes(1_200, "software", "CEO", 20, "yes")
            ),
            (
                Lead(
                    id: 5, name: "Kofi Mensah", company: "Accra Solar", source: "event", owner: "tom", stage: "lost", score: 30,
                    createdAt: now - 60 * day, enteredAt: now - 3 * day, closedAt: now - 3 * day, lostReason: "price"),
                attributes(20, "healthcare", "COO", 1, "no")
            ),
            (
                Lead(
                    id: 6, name: "Sam Carter", company: "University of Leeds", source: "content", stage: "lead", score: 55,
                    createdAt: now - 35 * day, enteredAt: now - 35 * day), attributes(100, "software", "Student", 7, "yes")
            ),
        ]
        for (lead, values) in leads { try store.createLead(lead, actor: "lucia", attributes: values) }
        return store
    }

    /// `scoringText` parsed.
    public static func scoringDefinition(_ text: String = scoringText) throws -> ScoringDefinition {
        try ScoringDefinition.parse(text)
    }
}
