import HandoffCore

/// The figures of the dashboard, `handoff kpi`, the report and the meeting. Counts and sums come
/// from the daily rollup `kpi_days` (kept by triggers: see `kpi_days` in Migrations.swift), medians from indexes
/// read from the middle, and "now" figures from `stage_totals` and indexed ranges: never from
/// reading every lead.
extension Store {
    /// The figures of `period`, those of the period before, and the breakdowns, as seen at `now`.
    public func kpiReport(period: KPIPeriod, now: Int64) throws -> KPIReport {
        try withWindowMoments { try readKPIReport(period: period, now: now) }
    }

    private func readKPIReport(period: KPIPeriod, now: Int64) throws -> KPIReport {
        var current = try kpiFigures(period, now: now)
        let snapshot = try pipelineSnapshot()
        current.pipelineValue = snapshot.value
        current.weightedPipeline = snapshot.weighted
        current.staleLeads = try staleLeadCount(now: now)
        let previousPeriod = period.previous
        let previous = try previousPeriod.map { try kpiFigures($0, now: now) }
        let created = try rollupTotals(["created.mql", "created.sal", "created.sql", "created.won", "created.direct"], period)
        let funnel = KPIFunnelStep.steps([
            (.created, current.leadsCreated), (.mql, created["created.mql"]?.n ?? 0), (.sal, created["created.sal"]?.n ?? 0),
            (.sql, created["created.sql"]?.n ?? 0), (.won, created["created.won"]?.n ?? 0),
        ])
        var report = KPIReport(
            period: period, previousPeriod: previousPeriod, current: current, previous: previous,
            leadsBySource: try breakdown("created.source", period), rejectionReasons: try breakdown("rejected.reason", period),
            funnel: funnel, weekly: try weeklySeries(endingBy: period, now: now), campaigns: try campaignRows(period),
            reps: try repRows(period), scoringVersion: try scoringVersion(), currency: try currency(), asOf: now)
        report.beganInSales = created["created.direct"]?.n ?? 0
        // Through the partial index `leads_undated`: a count of the few, never a scan of every lead.
        report.undatedLeads = Int(try connection.scalar("SELECT count(*) FROM leads WHERE undated_at IS NOT NULL") ?? 0)
        return report
    }

    /// The figures of one period alone (no "now" figures).
    public func kpiFigures(_ period: KPIPeriod, now: Int64) throws -> KPIFigures {
        let totals = try rollupTotals(
            [
                "created", "mql", "mql.sql", "sql", "handed_off", "accepted", "rejected", "won", "lost",
                "sla.due", "sla.on_time", "answered",
            ], period)
        func count(_ measure: String) -> Int { totals[measure]?.n ?? 0 }
        var figures = KPIFigures()
        figures.leadsCreated = count("created")
        figures.mqls = count("mql")
        figures.mqlsReachingSQL = count("mql.sql")
        figures.sqls = count("sql")
        figures.handoffs = count("handed_off")
        figures.accepted = count("accepted")
        figures.rejected = count("rejected")
        figures.dealsWon = count("won")
        figures.revenueWon = Double(totals["won"]?.cents ?? 0) / 100
        figures.dealsLost = count("lost")
        figures.slaDue = count("sla.due") + (try waitingPastDue(in: period, now: now))
        figures.slaOnTime = count("sla.on_time")
        figures.medianResponseSeconds = try medianResponse(period, count: count("answered"), actor: nil)
        figures.medianCycleDays = try medianCycleDays(period, count: figures.dealsWon)
        figures.marketingSpend = try campaignSpends(period).reduce(0) { $0 + $1.spend }
        figures.revenueGoal = try revenueGoal(period)
        // Read through the index on lower(company), so counting customers never sorts every deal.
        // Named: left to itself the planner takes leads_board's range of won deals and reads each
        // row (at a million leads, 120 ms of the dashboard's 220 ms in SQL; through this index, 5 ms).
        figures.customersAllTime = Int(
            try connection.scalar(
                "SELECT count(DISTINCT lower(company)) FROM leads\(connection.dialect.indexedBy("leads_customers")) WHERE stage = 'won'")
                ?? 0)
        figures.dealsWonAllTime = try stageTotals()["won"]?.leads ?? 0
        figures.customerLifespanYears = Double(try setting("customer_lifespan_years") ?? "").flatMap { $0 > 0 ? $0 : nil } ?? 1
        figures.customers = try customerFigures(period, now: now)
        return figures
    }

    /// The latest scoring version, when the board keeps them (`scoring_versions`).
    public func scoringVersion() throws -> Int? {
        let catalog =
            engine == .sqlite
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'scoring_versions'"
            : "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'scoring_versions'"
        let exists = try connection.scalar(catalog) ?? 0
        guard exists > 0 else { return nil }
        return try connection.prepare("SELECT max(id) FROM scoring_versions").rows([]) { $0.optionalInt64(0) }.first?.map { Int($0) }
    }

    // MARK: The rollup

    /// A sum of cents that cannot overflow: a colleague's script may have written an amount near the
    /// 64-bit limit (or infinity), and SQLite's integer sum() stops the whole query on overflow.
    static let centsSum = "CAST(max(min(total(cents), 9.2e18), -9.2e18) AS BIGINT)"

    /// Sums of several measures (key '') over the period's days.
    func rollupTotals(_ measures: [String], _ period: KPIPeriod) throws -> [String: (n: Int, cents: Int64)] {
        guard period.isWholeDays else { return try windowTotals(measures, period) }
        let marks = Array(repeating: "?", count: measures.count).joined(separator: ", ")
        let statement = try connection.prepare(
            """
            SELECT measure, sum(n), \(Store.centsSum) FROM kpi_days WHERE measure IN (\(marks)) AND key = '' AND day >= ? AND day < ? GROUP BY measure
            """)
        var totals: [String: (n: Int, cents: Int64)] = [:]
        let values = measures.map { DatabaseValue.text($0) } + [.integer(period.startDay), .integer(period.endDay)]
        for (measure, n, cents) in try statement.rows(values, { ($0.string(0), $0.int(1), $0.int64(2)) }) {
            totals[measure] = (n, cents)
        }
        return totals
    }

    /// One measure over the period's days, by key; keys that sum to nothing are left out.
    func rollupGroups(_ measure: String, _ period: KPIPeriod) throws -> [String: (n: Int, cents: Int64)] {
        guard period.isWholeDays else { return try windowGroups(measure, period) }
        let statement = try connection.prepare(
            """
            SELECT key, sum(n), \(Store.centsSum) FROM kpi_days WHERE measure = ? AND day >= ? AND day < ? GROUP BY key
            HAVING sum(n) <> 0 OR total(cents) <> 0
            """)
        var groups: [String: (n: Int, cents: Int64)] = [:]
        for (key, n, cents) in try statement.rows(
            [.text(measure), .integer(period.startDay), .integer(period.endDay)],
            {
                ($0.string(0), $0.int(1), $0.int64(2))
            })
        {
            groups[key] = (n, cents)
        }
        return groups
    }

    /// A breakdown for bars, largest first.
    func breakdown(_ measure: String, _ period: KPIPeriod) throws -> [KPIGroupCount] {
        try rollupGroups(measure, period).map { KPIGroupCount(key: $0.key, count: $0.value.n) }
            .sorted { ($0.count, $1.key) > ($1.count, $0.key) }
    }

    /// Leads, MQLs and revenue per week for the twelve weeks that end with the period (or today,
    /// for a period that runs on into the future).
    func weeklySeries(endingBy period: KPIPeriod, now: Int64) throws -> KPIWeeklySeries {
        let tomorrow = (KPIPeriod.dayNumber(now) + 1) * KPIPeriod.day
        let end = min(period.end, tomorrow)
        let weeks = KPIWeeklySeries.weeks
        let first = end - Int64(weeks) * 7 * KPIPeriod.day
        let statement = try connection.prepare(
            """
            SELECT (day - ?) / 7, sum(n), \(Store.centsSum) FROM kpi_days WHERE measure = ? AND key = '' AND day >= ? AND day < ? GROUP BY 1
            """)
        func series(_ measure: String) throws -> (counts: [Int], cents: [Int64]) {
            var counts = Array(repeating: 0, count: weeks), cents = Array(repeating: Int64(0), count: weeks)
            let firstDay = first / KPIPeriod.day
            for (week, n, amount) in try statement.rows(
                [.integer(firstDay), .text(measure), .integer(firstDay), .integer(end / KPIPeriod.day)],
                {
                    ($0.int(0), $0.int(1), $0.int64(2))
                }) where (0..<weeks).contains(week)
            {
                counts[week] = n
                cents[week] = amount
            }
            return (counts, cents)
        }
        return KPIWeeklySeries(
            firstWeekStart: first, leads: try series("created").counts, mqls: try series("mql").counts,
            revenue: try series("won").cents.map { Double($0) / 100 })
    }

    // MARK: Medians, read from the middle of an ordered index

    /// Median working seconds to answer a handoff, over the `count` answers given in the period
    /// (by one person, or everyone).
    func medianResponse(_ period: KPIPeriod, count: Int, actor: String?) throws -> Double? {
        guard count > 0 else { return nil }
        // Walk one index in working-time order and stop in the middle, whatever the statistics
        // say: on SQLite INDEXED BY names it, and the unary + keeps the period's bounds from being
        // used as a range (which would sort every answer of the period instead). PostgreSQL, told
        // the bounds plainly, walks the same index by itself (see `SQLDialect.unindexed`).
        let byActor = actor == nil ? "" : " AND actor = ?"
        let index = actor == nil ? "responses_time" : "responses_actor_time"
        let answeredAt = connection.dialect.unindexed("answered_at")
        let statement = try connection.prepare(
            """
            SELECT working_seconds FROM responses\(connection.dialect.indexedBy(index)) WHERE reverted = 0 AND answered_at IS NOT NULL\(byActor) AND \(answeredAt) >= ? AND \(answeredAt) < ?
            ORDER BY working_seconds LIMIT 2 OFFSET ?
            """)
        let values =
            (actor.map { [DatabaseValue.text($0)] } ?? []) + [
                .integer(period.start), .integer(period.end),
                .integer(Int64(KPIMath.medianOffset(count: count))),
            ]
        return KPIMath.median(middle: try statement.rows(values) { $0.double(0) }, count: count)
    }

    /// Median whole days from creation to win, over the `count` deals won in the period.
    func medianCycleDays(_ period: KPIPeriod, count: Int) throws -> Double? {
        guard count > 0 else { return nil }
        let closedAt = connection.dialect.unindexed("closed_at")
        let statement = try connection.prepare(
            """
            SELECT (closed_at - created_at) / 86400 FROM leads\(connection.dialect.indexedBy("leads_won_cycle"))
            WHERE stage = 'won' AND closed_at IS NOT NULL AND \(closedAt) >= ? AND \(closedAt) < ?
            ORDER BY (closed_at - created_at) / 86400 LIMIT 2 OFFSET ?
            """)
        let middle = try statement.rows([.integer(period.start), .integer(period.end), .integer(Int64(KPIMath.medianOffset(count: count)))])
        {
            $0.double(0)
        }
        return KPIMath.median(middle: middle, count: count)
    }

    // MARK: Money

    /// Every campaign with its spend in the period.
    func campaignSpends(_ period: KPIPeriod) throws -> [KPICampaignRow] {
        try connection.prepare("SELECT id, name, owner, spend, started, ended FROM campaigns ORDER BY id").rows([]) { row in
            KPICampaignRow(
                id: row.string(0), name: row.string(1), owner: row.optionalString(2),
                spend: KPICampaignRow.spend(row.double(3), started: row.optionalInt64(4), ended: row.optionalInt64(5), in: period))
        }
    }

    /// The shared revenue goals spread over their dates, the part in the period; nil when no goal
    /// covers any of it.
    func revenueGoal(_ period: KPIPeriod) throws -> Double? {
        let goals = try connection.prepare(
            """
            SELECT period_start, period_end, revenue_goal FROM goals WHERE period_end > period_start AND period_end > ? AND period_start < ?
            """
        ).rows([.integer(period.start), .integer(period.end)]) { ($0.int64(0), $0.int64(1), $0.double(2)) }
        guard !goals.isEmpty else { return nil }
        return goals.reduce(0) { $0 + KPIMath.prorate($1.2, from: $1.0, to: $1.1, start: period.start, end: period.end) }
    }

    // MARK: How things stand now

    /// Open deals (sales stages) with their value, and weighted by each stage's probability.
    func pipelineSnapshot() throws -> (value: Double, weighted: Double) {
        let totals = try stageTotals()
        var value = 0.0, weighted = 0.0
        for stage in pipeline.stages where stage.side == .sales {
            let total = totals[stage.id]?.value ?? 0
            value += total
            weighted += total * stage.probability
        }
        return (value, weighted)
    }

    /// Open leads idle longer than their stage allows: those past the idle limit, less those a
    /// recent note or a planned next step keeps fresh (found through the notes' own indexes: the
    /// CROSS JOIN keeps SQLite from walking every idle lead instead).
    func staleLeadCount(now: Int64) throws -> Int {
        let candidates = try connection.prepare("SELECT count(*) FROM leads WHERE stage = ? AND entered_at < ?")
        let fresh = try connection.prepare(
            """
            SELECT count(DISTINCT n.lead_id) FROM notes n \(connection.dialect.orderedJoin) leads l ON l.id = n.lead_id
            WHERE (n.at >= ?1 OR n.due >= ?2) AND l.stage = ?3 AND l.entered_at < ?1
            """)
        var total = 0
        for stage in pipeline.stages where !stage.isClosed {
            guard let idle = stage.idleDays else { continue }
            let cutoff = now - Int64(idle) * KPIPeriod.day
            total += try candidates.rows([.text(stage.id), .integer(cutoff)]) { $0.int(0) }.first ?? 0
            total -= try fresh.rows([.integer(cutoff), .integer(now), .text(stage.id)]) { $0.int(0) }.first ?? 0
        }
        return total
    }

    /// Handoffs still waiting whose answer fell due in the period, before `now`: SLA breaches
    /// nobody answered yet. Each team's deadline arithmetic becomes a range of handoff times.
    func waitingPastDue(in period: KPIPeriod, now: Int64) throws -> Int {
        guard let stage = pipeline.handoffStage?.id else { return 0 }
        let upper = min(period.end, now)
        guard upper > period.start else { return 0 }
        let levels = try serviceLevels().sorted { $0.key < $1.key }
        let fallback = ServiceLevel.choose(team: nil, from: Dictionary(uniqueKeysWithValues: levels))
        // One deadline rule for everyone (the usual case): a plain range of the board's index.
        let bounds = Set((levels.map(\.value) + [fallback]).map { [$0.overdueBefore(now: period.start), $0.overdueBefore(now: upper)] })
        if bounds.count == 1, let only = bounds.first {
            return Int(
                try connection.scalar(
                    "SELECT count(*) FROM leads WHERE stage = ? AND entered_at >= ? AND entered_at < ?",
                    .text(stage), .integer(only[0]), .integer(only[1])) ?? 0)
        }
        var values: [DatabaseValue] = [.text(stage)]
        func bound(_ instant: Int64) -> String {
            var clause = "CASE coalesce((SELECT team FROM members WHERE login = leads.owner), 'sales')"
            for (team, level) in levels {
                clause += " WHEN ? THEN \(connection.dialect.integer())"
                values += [.text(team), .integer(level.overdueBefore(now: instant))]
            }
            values.append(.integer(fallback.overdueBefore(now: instant)))
            return clause + " ELSE \(connection.dialect.integer()) END"
        }
        let sql =
            "SELECT count(*) FROM leads WHERE stage = ? AND entered_at >= " + bound(period.start) + " AND entered_at < " + bound(upper)
        return try connection.prepare(sql).rows(values) { $0.int(0) }.first ?? 0
    }

    // MARK: Tables

    func campaignRows(_ period: KPIPeriod) throws -> [KPICampaignRow] {
        let leads = try rollupGroups("created.campaign", period)
        let mqls = try rollupGroups("mql.campaign", period)
        let accepted = try rollupGroups("sal.campaign", period)
        let won = try rollupGroups("won.campaign", period)
        var rows = try campaignSpends(period)
        let known = Set(rows.map(\.id))
        let others = Set(leads.keys).union(mqls.keys).union(accepted.keys).union(won.keys).subtracting(known).sorted()
        rows += others.map { KPICampaignRow(id: $0, name: $0) }
        return rows.map { row in
            var row = row
            row.leads = leads[row.id]?.n ?? 0
            row.mqls = mqls[row.id]?.n ?? 0
            row.accepted = accepted[row.id]?.n ?? 0
            row.won = won[row.id]?.n ?? 0
            row.revenue = Double(won[row.id]?.cents ?? 0) / 100
            return row
        }
    }

    /// Every sales rep, and anyone else who took a handoff or won a deal in the period.
    func repRows(_ period: KPIPeriod) throws -> [KPIRepRow] {
        let accepted = try rollupGroups("accepted.owner", period)
        let won = try rollupGroups("won.owner", period)
        let answered = try rollupGroups("answered.actor", period)
        let members = try self.members()
        let names = Dictionary(members.map { ($0.login, $0.name) }, uniquingKeysWith: { first, _ in first })
        let logins = Set(members.filter { $0.team == "sales" }.map(\.login)).union(accepted.keys).union(won.keys).subtracting([""])
        return try logins.sorted().map { login in
            KPIRepRow(
                login: login, name: names[login] ?? login, accepted: accepted[login]?.n ?? 0, won: won[login]?.n ?? 0,
                revenue: Double(won[login]?.cents ?? 0) / 100,
                medianResponseSeconds: try medianResponse(period, count: answered[login]?.n ?? 0, actor: login))
        }
    }
}
