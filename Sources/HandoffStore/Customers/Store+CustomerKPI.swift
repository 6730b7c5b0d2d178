import HandoffCore

/// The customer band's figures (`CustomerFigures`). Accounts are few beside leads (one per company
/// that bought), so they are read straight from `accounts`, `satisfaction` and the deals linked to
/// them through their indexes, not from the leads' daily rollup.
extension Store {
    public func customerFigures(_ period: KPIPeriod, now: Int64) throws -> CustomerFigures {
        var figures = CustomerFigures()
        let start = period.start, end = min(period.end, KPIPeriod.farFuture)
        func count(_ sql: String, _ values: [DatabaseValue]) throws -> Int {
            try connection.prepare(sql).rows(values) { $0.int(0) }.first ?? 0
        }
        func sum(_ sql: String, _ values: [DatabaseValue]) throws -> Double {
            try connection.prepare(sql).rows(values) { $0.double(0) }.first ?? 0
        }
        // Customers then: bought before the moment, and not churned by it.
        let customersAt = "a.since < ?1 AND (a.churned_at IS NULL OR a.churned_at >= ?1)"
        figures.customersAtStart = try count("SELECT count(*) FROM accounts a WHERE \(customersAt)", [.integer(start)])
        figures.customersLost = try count(
            "SELECT count(*) FROM accounts a WHERE \(customersAt) AND a.churned_at < ?2", [.integer(start), .integer(end)])
        figures.customersByEnd = try count("SELECT count(*) FROM accounts a WHERE a.since < ?", [.integer(end)])
        figures.repeatCustomers = try count(
            """
            SELECT count(*) FROM accounts a WHERE a.since < ?1 AND a.prior_deals
                + (SELECT count(*) FROM leads l WHERE l.account_id = a.id AND l.stage = 'won' AND coalesce(l.closed_at, l.created_at) < ?1) >= 2
            """, [.integer(end)])
        // SQLite has no statistics to plan by: left to choose, it walked every won deal of the
        // board through the board index (measured at a million leads: 145 ms for no account at
        // all). The accounts lead, and each finds its deals in the index of leads with an account.
        let withAccount = connection.dialect.indexedBy("leads_account")
        let startingRevenue = """
            SELECT total(l.value) FROM accounts a CROSS JOIN leads l\(withAccount)
            WHERE l.account_id = a.id AND l.account_id IS NOT NULL AND \(customersAt) AND l.stage = 'won'
              AND l.closed_at >= ?2 AND l.closed_at < ?3
            """
        figures.startingCustomersRevenue = try sum(startingRevenue, [.integer(start), .integer(start), .integer(end)])
        figures.startingCustomersRevenueBefore = try sum(
            startingRevenue, [.integer(start), .integer(max(0, 2 * start - end)), .integer(start)])
        for (deals, revenue) in try connection.prepare(
            """
            SELECT count(*), total(value) FROM leads\(withAccount)
            WHERE account_id IS NOT NULL AND deal_kind IS NOT NULL AND stage = 'won' AND closed_at >= ? AND closed_at < ?
            """
        ).rows([.integer(start), .integer(end)], { ($0.int(0), $0.double(1)) }) {
            figures.repeatDealsWon = deals
            figures.repeatRevenue = revenue
        }
        for (score, n) in try connection.prepare("SELECT score, count(*) FROM satisfaction WHERE at >= ? AND at < ? GROUP BY score")
            .rows([.integer(start), .integer(end)], { ($0.int(0), $0.int(1)) })
        {
            switch NPSCategory(score: score) {
            case .promoter: figures.promoters += n
            case .passive: figures.passives += n
            case .detractor: figures.detractors += n
            }
        }
        // Ages end at churn: a customer that left has stopped buying.
        for (accounts, revenue, years) in try connection.prepare(
            """
            SELECT count(*), total(revenue), total(max((coalesce(churned_at, \(connection.dialect.integer("?1"))) - since) / 31557600.0, 1.0)) FROM accounts
            """
        ).rows([.integer(now)], { ($0.int(0), $0.double(1), $0.double(2)) }) {
            figures.accounts = accounts
            figures.accountRevenue = revenue
            figures.accountYears = years
        }
        let onboarding = try connection.prepare(
            "SELECT (onboarded_at - since) / 86400.0 FROM accounts WHERE onboarded_at >= ? AND onboarded_at < ? ORDER BY 1"
        )
        .rows([.integer(start), .integer(end)]) { $0.double(0) }
        figures.onboarded = onboarding.count
        if !onboarding.isEmpty {
            let middle = onboarding.count / 2
            figures.medianOnboardingDays =
                onboarding.count % 2 == 1 ? onboarding[middle] : (onboarding[middle - 1] + onboarding[middle]) / 2
        }
        // Referrals are a few leads of many: their own index, not the range of creation times the
        // planner took (600 ms at a million leads with no referral).
        let referred = connection.dialect.indexedBy("leads_referred")
        figures.referrals = try count(
            "SELECT count(*) FROM leads\(referred) WHERE referred_by IS NOT NULL AND created_at >= ? AND created_at < ?",
            [.integer(start), .integer(end)])
        for (won, lost, revenue) in try connection.prepare(
            """
            SELECT count(CASE WHEN stage = 'won' THEN 1 END), count(CASE WHEN stage = 'lost' THEN 1 END), total(CASE WHEN stage = 'won' THEN value END)
            FROM leads\(referred) WHERE referred_by IS NOT NULL AND stage IN ('won', 'lost') AND closed_at >= ? AND closed_at < ?
            """
        ).rows([.integer(start), .integer(end)], { ($0.int(0), $0.int(1), $0.double(2)) }) {
            figures.referralsWon = won
            figures.referralsLost = lost
            figures.referralRevenue = revenue
        }
        return figures
    }
}
