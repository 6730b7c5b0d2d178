import HandoffCore

/// How a win carries the customer on: the deal's company becomes an account (or the account it
/// already is buys again), with the follow-ups the board's schedule asks for. It happens inside
/// the transaction of the change that put the deal in Won (`w`, or a redo), through `commit`, and
/// an undo of that change takes it back there too, so the band never shows a customer whose win
/// was taken back.
extension Store {
    /// The account a deal's win belongs to is found by the company's name, case aside; a deal
    /// without a company is a customer under its own name.
    static func accountName(for lead: Lead) -> String {
        let company = lead.company.trimmingCharacters(in: .whitespaces)
        return company.isEmpty ? lead.name.trimmingCharacters(in: .whitespaces) : company
    }

    /// Called by `commit` for every change to a lead: a deal that enters Won opens or grows its
    /// account; one that leaves it gives back what its win scheduled.
    func followWin(from before: Lead, to after: Lead, event: LeadEvent, in context: WriteContext) throws {
        guard let won = pipeline.wonStage?.id, pipeline.onboardingStage != nil else { return }
        if after.stage == won && before.stage != won {
            try openOrGrowAccount(for: after, at: event.at, in: context)
        } else if before.stage == won && after.stage != won {
            try takeBackWin(of: before, at: event.at, in: context)
        }
    }

    private func openOrGrowAccount(for lead: Lead, at now: Int64, in context: WriteContext) throws {
        let linked = try connection.prepare("SELECT account_id, deal_kind FROM leads WHERE id = ?").rows([.integer(lead.id)]) {
            ($0.optionalInt64(0), $0.optionalString(1))
        }.first
        var account = try linked?.0.flatMap { try self.account(id: $0) }
        if account == nil { account = try self.account(named: Store.accountName(for: lead)) }
        if var existing = account {
            if linked?.0 != existing.id {
                try connection.prepare("UPDATE leads SET account_id = ? WHERE id = ?").run(.integer(existing.id), .integer(lead.id))
            }
            // A customer that had left and buys again starts over with onboarding.
            if existing.stage == pipeline.churnedStage?.id, let onboarding = pipeline.onboardingStage {
                try connection.prepare(
                    "UPDATE accounts SET stage = ?, entered_at = ?, churned_at = NULL, version = version + 1 WHERE id = ?"
                )
                .run(.text(onboarding.id), .integer(now), .integer(existing.id))
                existing.stage = onboarding.id
            }
            let scheduled = try scheduleFollowUps(for: existing, win: lead, at: now, actor: context.actor)
            let kind = linked?.1.flatMap(DealKind.init(rawValue:))?.rawValue ?? "new"
            try appendBoardEvent(
                kind: BoardEvent.Kind.accountPurchase, subject: String(existing.id),
                detail: Store.winDetail(lead, kind: kind, followUps: scheduled), actor: context.actor, at: now)
            return
        }
        guard let onboarding = pipeline.onboardingStage else { return }
        let owner = try accountManager(for: lead, actor: context.actor)
        let id = try connection.insertReturningID(
            """
            INSERT INTO accounts(name, owner, stage, since, entered_at, first_lead_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id
            """,
            [
                .text(Store.accountName(for: lead)), DatabaseValue(owner), .text(onboarding.id), .integer(now), .integer(now),
                .integer(lead.id),
            ])
        try connection.prepare("UPDATE leads SET account_id = ? WHERE id = ?").run(.integer(id), .integer(lead.id))
        let opened = try requireAccount(id: id)
        let scheduled = try scheduleFollowUps(for: opened, win: lead, at: now, actor: context.actor)
        try appendBoardEvent(
            kind: BoardEvent.Kind.accountOpened, subject: String(id),
            detail: Store.winDetail(lead, kind: "new", followUps: scheduled) + "; manager " + (owner ?? "none"),
            actor: context.actor, at: now)
    }

    /// `lead 12 won 18500 (upsell); follow-ups 4, 5, 6`: the board event of a win on an account.
    static func winDetail(_ lead: Lead, kind: String, followUps: [Int64]) -> String {
        let amount = lead.value.map { " " + MoneyFormat.plain($0) } ?? ""
        let steps = followUps.isEmpty ? "" : "; follow-ups " + followUps.map(String.init).joined(separator: ", ")
        return "lead \(lead.id) won\(amount) (\(kind))" + steps
    }

    /// The deal left Won (its win undone, or moved back to sales): the follow-ups its win scheduled
    /// and nobody did yet go, and an account this win alone opened, that nothing else has touched
    /// since, goes with them.
    private func takeBackWin(of lead: Lead, at now: Int64, in context: WriteContext) throws {
        guard
            let accountID = try connection.prepare("SELECT account_id FROM leads WHERE id = ?").rows(
                [.integer(lead.id)], { $0.optionalInt64(0) }
            ).first ?? nil,
            let account = try account(id: accountID)
        else { return }
        try connection.prepare("DELETE FROM follow_ups WHERE lead_id = ? AND done_at IS NULL AND kind IN ('kickoff', 'checkin', 'review')")
            .run(.integer(lead.id))
        let firstLead =
            try connection.prepare("SELECT first_lead_id FROM accounts WHERE id = ?").rows([.integer(accountID)]) { $0.optionalInt64(0) }
            .first ?? nil
        let otherDeals =
            try connection.prepare("SELECT count(*) FROM leads WHERE account_id = ? AND id <> ?")
            .rows([.integer(accountID), .integer(lead.id)]) { $0.int(0) }.first ?? 0
        let touched =
            try connection.prepare(
                """
                SELECT (SELECT count(*) FROM satisfaction WHERE account_id = ?1) + (SELECT count(*) FROM follow_ups WHERE account_id = ?1)
                     + (SELECT count(*) FROM leads WHERE referred_by = ?1)
                """
            ).rows([.integer(accountID)]) { $0.int(0) }.first ?? 0
        let priorDeals =
            try connection.prepare("SELECT prior_deals FROM accounts WHERE id = ?").rows([.integer(accountID)]) { $0.int(0) }.first ?? 0
        if firstLead == lead.id && otherDeals == 0 && touched == 0 && priorDeals == 0 && account.version == 1 {
            try connection.prepare("UPDATE leads SET account_id = NULL WHERE id = ?").run(.integer(lead.id))
            try connection.prepare("DELETE FROM accounts WHERE id = ?").run(.integer(accountID))
            try appendBoardEvent(
                kind: BoardEvent.Kind.accountRemoved, subject: String(accountID),
                detail: "\(account.name): the win of lead \(lead.id) was taken back", actor: context.actor, at: now)
        } else {
            try appendBoardEvent(
                kind: BoardEvent.Kind.accountChanged, subject: String(accountID),
                detail: "the win of lead \(lead.id) was taken back; its follow-ups not done yet were cancelled", actor: context.actor,
                at: now)
        }
    }

    /// Who manages a new customer: the member of the success team with the fewest customers that
    /// have not churned (by login on a tie); without that team, the rep who owns the deal.
    func accountManager(for lead: Lead, actor: String) throws -> String? {
        let churned = pipeline.churnedStage?.id ?? ""
        let chosen = try connection.prepare(
            """
            SELECT m.login FROM members m WHERE m.team = 'success'
            ORDER BY (SELECT count(*) FROM accounts a WHERE a.owner = m.login AND a.stage <> ?), m.login LIMIT 1
            """
        ).rows([.text(churned)]) { $0.string(0) }.first
        if let chosen { return chosen }
        if let owner = lead.owner { return owner }
        return try hasMembers() ? actor : nil
    }

    /// The follow-ups of the board's schedule after a win at `now`, owned by the account manager.
    private func scheduleFollowUps(for account: Account, win lead: Lead, at now: Int64, actor: String) throws -> [Int64] {
        let schedule = try followUpSchedule()
        let calendar = ServiceLevel.choose(team: "success", from: try serviceLevels()).calendar
        var ids: [Int64] = []
        for step in schedule.steps {
            ids.append(
                try connection.insertReturningID(
                    """
                    INSERT INTO follow_ups(account_id, kind, owner, due, created_at, created_by, lead_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """,
                    [
                        .integer(account.id), .text(step.kind.rawValue), DatabaseValue(account.owner ?? lead.owner),
                        .integer(step.due(after: now, calendar: calendar)),
                        .integer(now), .text(actor), .integer(lead.id),
                    ]))
        }
        return ids
    }

    /// The schedule in `settings.follow_up_schedule`, or the standard one.
    public func followUpSchedule() throws -> FollowUpSchedule {
        guard let text = try setting("follow_up_schedule") else { return .standard }
        switch FollowUpSchedule.parse(text) {
        case let .success(schedule): return schedule
        case let .failure(error): throw HandoffError.invalidInput(Message(.settingsFollowUpSchedule, "\(error)"))
        }
    }

    /// Sets the schedule (admins: `edit_stages`, as other settings of the board), with its board event.
    public func setFollowUpSchedule(_ schedule: FollowUpSchedule, actor: String, now: Int64 = Timestamp.now()) throws {
        if readOnly { throw Store.readOnlyRefusal }
        try connection.transaction {
            try require(.editStages, actor: actor)
            let before = try setting("follow_up_schedule") ?? FollowUpSchedule.standard.description
            try connection.prepare(
                "INSERT INTO settings(key, value) VALUES ('follow_up_schedule', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
            )
            .run(.text(schedule.description))
            try appendBoardEvent(
                kind: BoardEvent.Kind.settingChanged, subject: "follow_up_schedule", detail: "\(before) -> \(schedule.description)",
                actor: actor, at: now)
        }
    }

    // MARK: Boards that had wins before there were accounts

    /// The customer band's stages, and an account for every deal already won (migration 12).
    func openCustomerBand() throws {
        let top = Int(try connection.scalar("SELECT coalesce(max(position), 0) FROM stages") ?? 0)
        let insert = try connection.prepare(
            """
            INSERT INTO stages(id, title, side, position, probability, idle_days, visible) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
            """)
        for (offset, stage) in Pipeline.standardCustomerStages.enumerated() {
            try insert.run(
                .text(stage.id), .text(stage.title), .text(stage.side.rawValue), .integer(Int64(top + 1 + offset)),
                .real(stage.probability),
                DatabaseValue(stage.idleDays), .integer(stage.visible ? 1 : 0))
        }
        pipeline = try loadPipeline()
        _ = try openAccountsForUnlinkedWins(now: Timestamp.now())
    }

    /// Accounts for the won deals that have none (deals won before the board had accounts, or
    /// brought in by an import): one per company, in onboarding when its first win is less than 30
    /// days old and active otherwise, managed by the rep of its latest deal. No follow-ups: they
    /// would be history, not work. Returns how many accounts were opened.
    @discardableResult
    func openAccountsForUnlinkedWins(now: Int64) throws -> Int {
        guard let won = pipeline.wonStage?.id, let onboarding = pipeline.onboardingStage else { return 0 }
        let active = pipeline.customerStages.dropFirst().first ?? onboarding
        let wins = try connection.prepare(
            """
            SELECT \(Store.leadColumns(of: "leads", scored: false)) FROM leads WHERE stage = ? AND account_id IS NULL ORDER BY coalesce(closed_at, created_at), id
            """
        ).rows([.text(won)], Store.lead)
        guard !wins.isEmpty else { return 0 }
        var opened: [String: (id: Int64, since: Int64)] = [:]
        let link = try connection.prepare("UPDATE leads SET account_id = ? WHERE id = ?")
        let insert = "INSERT INTO accounts(name, owner, stage, since, entered_at, first_lead_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"
        let touch = try connection.prepare("UPDATE accounts SET entered_at = max(entered_at, ?), owner = coalesce(?, owner) WHERE id = ?")
        var count = 0
        for lead in wins {
            let name = Store.accountName(for: lead)
            let key = name.lowercased()
            let at = lead.closedAt ?? lead.createdAt
            if opened[key] == nil, let existing = try account(named: name) { opened[key] = (existing.id, existing.since) }
            if let known = opened[key] {
                try link.run(.integer(known.id), .integer(lead.id))
                try touch.run(.integer(at), DatabaseValue(lead.owner), .integer(known.id))
                continue
            }
            let stage = now - at < 30 * 86_400 ? onboarding.id : active.id
            let id = try connection.insertReturningID(
                insert, [.text(name), DatabaseValue(lead.owner), .text(stage), .integer(at), .integer(at), .integer(lead.id)])
            opened[key] = (id, at)
            try link.run(.integer(id), .integer(lead.id))
            count += 1
        }
        return count
    }
}
