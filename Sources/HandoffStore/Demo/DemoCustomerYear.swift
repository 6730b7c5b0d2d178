import HandoffCore

/// A year after the win, played out on the demo's accounts the same way on every demo board: the
/// account's number picks what happens to it, so the figures are the same on every machine and a
/// test can rely on them. Writes through the same tables and events as the board's commands.
struct DemoCustomerYear {
    let store: Store
    let managers: [String]
    let now: Int64
    let day: Int64 = 86_400

    /// Answers to "how likely are you to recommend us?", one a quarter per account, in turn.
    static let scores = [9, 10, 8, 9, 7, 10, 6, 9, 8, 10, 9, 4, 9, 7, 10, 8]

    func play() throws {
        let connection = store.connection
        // The data set's first event: the team joined on the record before it, so the repeat
        // deals of customers older than the data set are opened after it.
        let firstEvent = try connection.scalar("SELECT min(at) FROM events") ?? now
        let accounts = try store.accounts().sorted { $0.id < $1.id }
        let schedule = try store.followUpSchedule()
        let calendar = ServiceLevel.choose(team: "success", from: try store.serviceLevels()).calendar
        let onboarding = store.pipeline.onboardingStage?.id
        let active = store.pipeline.customerStages.dropFirst().first?.id
        let churned = store.pipeline.churnedStage?.id
        let atRisk = store.pipeline.atRiskStage?.id
        let addFollowUp = try connection.prepare(
            """
            INSERT INTO follow_ups(account_id, kind, body, owner, due, created_at, created_by, done_at, done_by, lead_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let answer = try connection.prepare("INSERT INTO satisfaction(account_id, at, score, comment, author) VALUES (?, ?, ?, ?, ?)")
        let move = try connection.prepare(
            "UPDATE accounts SET owner = ?, stage = ?, entered_at = ?, onboarded_at = ?, churned_at = ? WHERE id = ?")
        for (index, account) in accounts.enumerated() {
            let id = account.id
            let manager = managers.isEmpty ? account.owner : managers[index % managers.count]
            let age = now - account.since
            let firstLead =
                try connection.prepare("SELECT first_lead_id FROM accounts WHERE id = ?").rows([.integer(id)]) { $0.optionalInt64(0) }.first
                ?? nil
            // The follow-ups of the first win: done when their day has passed (a day or two late now and then).
            for step in schedule.steps {
                let due = step.due(after: account.since, calendar: calendar)
                let done: Int64? = due + Int64(index % 3) * day < now - day ? due + Int64(index % 3) * day : nil
                try addFollowUp.run(
                    .integer(id), .text(step.kind.rawValue), .text(""), DatabaseValue(manager), .integer(due), .integer(account.since),
                    .text(manager ?? "demo"), DatabaseValue(done), done == nil ? .null : DatabaseValue(manager), DatabaseValue(firstLead))
            }
            // A quarterly answer from 45 days after the win.
            var at = account.since + 45 * day
            var turn = index
            var lastScore: Int?
            while at < now - day {
                let score = DemoCustomerYear.scores[turn % DemoCustomerYear.scores.count]
                try answer.run(
                    .integer(id), .integer(at), .integer(Int64(score)), .text(score <= 6 ? "Support took too long to answer" : ""),
                    .text(manager ?? "demo"))
                if score <= 6 {
                    try addFollowUp.run(
                        .integer(id), .text(FollowUpKind.detractor.rawValue), .text("Support took too long to answer"),
                        DatabaseValue(manager),
                        .integer(at + 2 * day), .integer(at), .text(manager ?? "demo"),
                        at + 3 * day < now ? .integer(at + 3 * day) : .null, at + 3 * day < now ? DatabaseValue(manager) : .null, .null)
                }
                lastScore = score
                turn += 5
                at += 91 * day
            }
            // Onboarding takes one to three weeks; a few customers drift to risk, a few leave.
            let onboarded = account.since + Int64(7 + index % 14) * day
            var stage = onboarding ?? account.stage
            var enteredAt = account.since
            var onboardedAt: Int64?
            var churnedAt: Int64?
            if onboarded < now - day, let active {
                stage = active
                enteredAt = onboarded
                onboardedAt = onboarded
            }
            if age > 150 * day && index % 9 == 4, let churned {
                stage = churned
                churnedAt = account.since + 140 * day
                enteredAt = churnedAt!
            } else if onboardedAt != nil && (index % 7 == 3 || (lastScore ?? 10) <= 6), let atRisk {
                stage = atRisk
                enteredAt = max(onboarded, now - Int64(10 + index % 20) * day)
            }
            // Seeded as it stands after the year, like the data set's leads: the board's own history
            // starts with the demo, so a demo board's audit shows only what people do on it.
            try move.run(
                DatabaseValue(manager), .text(stage), .integer(enteredAt), DatabaseValue(onboardedAt), DatabaseValue(churnedAt),
                .integer(id))
            // Renewals a year after the first purchase, and an upsell for every third customer
            // of more than four months: the repeat business the figures count.
            if account.renewalAt == nil {
                try connection.prepare("UPDATE accounts SET renewal_at = ? WHERE id = ?").run(
                    .integer(account.since + 365 * day), .integer(id))
            }
            if churnedAt == nil && age > 120 * day && index % 3 == 0 {
                let kind: DealKind = index % 2 == 0 ? .upsell : .crossSell
                let opened = max(account.since + 95 * day, firstEvent + Int64(index) * 3_600)
                try repeatDeal(
                    for: account, kind: kind, value: (account.revenue * 0.4).rounded(), openedAt: opened,
                    wonAt: opened + 23 * day < now - day ? opened + 23 * day : nil, owner: managers.isEmpty ? nil : account.owner)
            } else if churnedAt == nil && age > 60 * day && index % 5 == 1 {
                try repeatDeal(
                    for: account, kind: .renewal, value: (account.revenue * 0.5).rounded(), openedAt: now - 12 * day, wonAt: nil, owner: nil
                )
            }
        }
        try referrals(from: accounts)
    }

    /// A deal for an existing customer: opened in the first sales stage, won (when `wonAt` is
    /// given) with its events, linked to the account so its revenue grows.
    private func repeatDeal(for account: Account, kind: DealKind, value: Double, openedAt: Int64, wonAt: Int64?, owner: String?) throws {
        guard let sales = store.pipeline.acceptedStage?.id, let won = store.pipeline.wonStage?.id else { return }
        let rep =
            try store.connection.prepare("SELECT owner FROM leads WHERE account_id = ? AND owner IS NOT NULL ORDER BY id LIMIT 1")
            .rows([.integer(account.id)]) { $0.string(0) }.first ?? owner
        let lead = Lead(
            id: 0, name: "\(account.name): \(Strings.english(kind.titleKey))", company: account.name, source: Store.repeatSource,
            owner: rep,
            stage: wonAt == nil ? sales : won, value: value, createdAt: openedAt, enteredAt: wonAt ?? openedAt, closedAt: wonAt)
        let id = try store.insertLeadRow(lead, attributes: [])
        try store.connection.prepare("UPDATE leads SET account_id = ?, deal_kind = ? WHERE id = ?").run(
            .integer(account.id), .text(kind.rawValue), .integer(id))
        _ = try store.append(
            LeadEvent(
                leadID: id, at: openedAt, actor: rep ?? "demo", kind: EventKind.created, toStage: sales,
                detail: "\(kind.rawValue) for account \(account.id) (\(account.name))"))
        if let wonAt {
            _ = try store.append(
                LeadEvent(
                    leadID: id, at: wonAt, actor: rep ?? "demo", kind: EventKind.won, fromStage: sales, toStage: won,
                    detail: MoneyFormat.plain(value)))
        }
    }

    /// Four leads of the data set came from customers: the two newest open ones in marketing's
    /// stages and two of its wins, each referred by a customer that bought before it was created.
    private func referrals(from accounts: [Account]) throws {
        let connection = store.connection
        let open = try connection.prepare(
            """
            SELECT id, created_at FROM leads WHERE stage IN ('lead', 'nurture', 'mql', 'sal') AND account_id IS NULL ORDER BY created_at DESC, id LIMIT 2
            """
        ).rows([]) { ($0.int64(0), $0.int64(1)) }
        let won = try connection.prepare(
            """
            SELECT id, created_at FROM leads WHERE stage = 'won' AND deal_kind IS NULL ORDER BY closed_at DESC, id LIMIT 2
            """
        ).rows([]) { ($0.int64(0), $0.int64(1)) }
        let referrers = accounts.filter { $0.churnedAt == nil }
        for (offset, lead) in (open + won).enumerated() {
            guard let referrer = referrers.filter({ $0.since < lead.1 }).dropFirst(offset).first,
                let before = try store.lead(id: lead.0)
            else { continue }
            try connection.prepare("UPDATE leads SET referred_by = ?, source = ? WHERE id = ?")
                .run(.integer(referrer.id), .text(Store.referralSource), .integer(lead.0))
            _ = try store.append(
                LeadEvent(
                    leadID: lead.0, at: lead.1, actor: before.owner ?? "demo", kind: EventKind.referred, fromStage: before.stage,
                    toStage: before.stage, detail: "by account \(referrer.id) (\(referrer.name)); source was \(before.source)"))
        }
    }
}
