import HandoffCore

/// The meeting's look at customers over its window: each list capped like the agenda's others,
/// with its full count.
extension Store {
    func customerAgenda(since: Int64, until: Int64, now: Int64) throws -> CustomerAgenda {
        var agenda = CustomerAgenda()
        let limit = Int64(Store.agendaListLimit)
        agenda.overdueFollowUps = AgendaMaterial.Capped(
            try openFollowUps(dueBefore: now, limit: Store.agendaListLimit),
            total: try openFollowUpCount(dueBefore: now))
        let churned = pipeline.churnedStage?.id ?? ""
        let soon = now + 30 * KPIPeriod.day
        agenda.renewalsDue = AgendaMaterial.Capped(
            try connection.prepare(
                """
                SELECT \(Store.accountColumns) FROM accounts a WHERE a.renewal_at >= ? AND a.renewal_at < ? AND a.stage <> ? ORDER BY a.renewal_at, a.id LIMIT ?
                """
            ).rows([.integer(now), .integer(soon), .text(churned), .integer(limit)], Store.account),
            total: try connection.prepare("SELECT count(*) FROM accounts WHERE renewal_at >= ? AND renewal_at < ? AND stage <> ?")
                .rows([.integer(now), .integer(soon), .text(churned)]) { $0.int(0) }.first ?? 0)
        if let atRisk = pipeline.atRiskStage?.id {
            agenda.atRisk = AgendaMaterial.Capped(
                try connection.prepare(
                    "SELECT \(Store.accountColumns) FROM accounts a WHERE a.stage = ? ORDER BY a.revenue DESC, a.id LIMIT ?"
                )
                .rows([.text(atRisk), .integer(limit)], Store.account),
                total: try accountTotals()[atRisk]?.leads ?? 0)
        }
        agenda.detractors = AgendaMaterial.Capped(
            try connection.prepare(
                """
                SELECT id, account_id, at, score, comment, author FROM satisfaction WHERE at >= ? AND at < ? AND score <= 6 ORDER BY at, id LIMIT ?
                """
            ).rows([.integer(since), .integer(until), .integer(limit)], Store.answer),
            total: try connection.prepare("SELECT count(*) FROM satisfaction WHERE at >= ? AND at < ? AND score <= 6")
                .rows([.integer(since), .integer(until)]) { $0.int(0) }.first ?? 0)
        let referred = try connection.prepare(
            """
            SELECT \(Store.leadColumns), referred_by FROM leads WHERE referred_by IS NOT NULL AND stage = 'won' AND closed_at >= ? AND closed_at < ?
            ORDER BY closed_at, id LIMIT ?
            """
        ).rows([.integer(since), .integer(until), .integer(limit)]) {
            (Store.lead(from: $0), $0.int64(Store.leadColumnCount))
        }
        agenda.referralsWon = AgendaMaterial.Capped(
            referred.map(\.0),
            total: try connection.prepare(
                """
                SELECT count(*) FROM leads WHERE referred_by IS NOT NULL AND stage = 'won' AND closed_at >= ? AND closed_at < ?
                """
            ).rows([.integer(since), .integer(until)]) { $0.int(0) }.first ?? 0)
        for (lead, account) in referred { agenda.referrers[lead.id] = account }
        let ids = Set(agenda.detractors.rows.map(\.accountID) + referred.map(\.1))
        for id in ids { agenda.accountNames[id] = try account(id: id)?.name }
        return agenda
    }
}
