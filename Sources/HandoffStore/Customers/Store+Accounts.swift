import HandoffCore

/// Reading accounts: the customer band's columns a window at a time (the same keyset pages as the
/// pipeline's, over `accounts_board`), their headers from `account_totals`, one account with its
/// deals, answers and follow-ups.
extension Store {
    static let accountColumns = """
        a.id, a.name, a.owner, a.stage, a.since, a.entered_at, a.renewal_at, a.onboarded_at, a.churned_at, a.revenue, a.deals,
        (SELECT s.score FROM satisfaction s WHERE s.account_id = a.id ORDER BY s.at DESC, s.id DESC LIMIT 1), a.version
        """

    static func account(from row: any DatabaseStatement) -> Account {
        Account(
            id: row.int64(0), name: row.string(1), owner: row.optionalString(2), stage: row.string(3), since: row.int64(4),
            enteredAt: row.int64(5), renewalAt: row.optionalInt64(6), onboardedAt: row.optionalInt64(7), churnedAt: row.optionalInt64(8),
            revenue: row.double(9), deals: row.int(10), lastScore: row.optionalInt64(11).map { Int($0) }, version: row.int(12))
    }

    public func account(id: Int64) throws -> Account? {
        try connection.prepare("SELECT \(Store.accountColumns) FROM accounts a WHERE a.id = ?").rows([.integer(id)], Store.account).first
    }

    public func requireAccount(id: Int64) throws -> Account {
        guard let account = try account(id: id) else {
            throw HandoffError.invalidInput(Message(.thereIsNoAccount, "\(id)"))
        }
        return account
    }

    /// The account named `name` (case aside), if any.
    public func account(named name: String) throws -> Account? {
        try connection.prepare("SELECT \(Store.accountColumns) FROM accounts a WHERE \(connection.dialect.equalsIgnoringCase("a.name"))")
            .rows([.text(name.trimmingCharacters(in: .whitespaces))], Store.account).first
    }

    /// An account named by a person: its number, its exact name, or a part of its name that only
    /// one account has. A word that fits several lists them.
    public func findAccount(_ text: String) throws -> Account {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed), let account = try account(id: id) {
            return account
        }
        if let account = try account(named: trimmed) { return account }
        let matches = try connection.prepare(
            "SELECT \(Store.accountColumns) FROM accounts a WHERE a.name \(connection.dialect.like) ? ESCAPE '\\' ORDER BY a.name LIMIT 6"
        )
        .rows([.text("%" + Store.escapeLike(trimmed) + "%")], Store.account)
        if matches.count == 1 { return matches[0] }
        let safe = TerminalText.sanitize(trimmed)
        if matches.isEmpty {
            throw HandoffError.invalidInput(Message(.noAccountIsCalled, "\(safe)"))
        }
        let names = matches.prefix(5).map { "#\($0.id) \(TerminalText.sanitize($0.name))" }.joined(separator: ", ")
        throw HandoffError.invalidInput(Message(.fitsSeveralAccountsName, "\(safe)", "\(names)"))
    }

    /// Every account, by name (or those of one stage).
    public func accounts(stage: String? = nil) throws -> [Account] {
        try connection.prepare(
            "SELECT \(Store.accountColumns) FROM accounts a WHERE (\(connection.dialect.text("?1")) IS NULL OR a.stage = ?1) ORDER BY lower(a.name), a.id"
        )
        .rows([DatabaseValue(stage)], Store.account)
    }

    public func accountCount() throws -> Int {
        Int(try connection.scalar("SELECT coalesce(sum(accounts), 0) FROM account_totals") ?? 0)
    }

    /// The customer band's column headers: accounts and their revenue to date per stage.
    public func accountTotals(matching search: LeadSearch? = nil) throws -> [String: StageTotal] {
        var totals: [String: StageTotal] = [:]
        if let search, !search.filter.isEmpty {
            var values: [DatabaseValue] = []
            let sql =
                "SELECT a.stage, count(*), coalesce(sum(a.revenue), 0) FROM accounts a WHERE TRUE"
                + accountSearchClause(search, values: &values)
                + " GROUP BY a.stage"
            for (stage, total) in try connection.prepare(sql).rows(
                values, { ($0.string(0), StageTotal(leads: $0.int(1), value: $0.double(2))) })
            {
                totals[stage] = total
            }
            return totals
        }
        for (stage, total) in try connection.prepare("SELECT stage, accounts, revenue FROM account_totals").rows(
            [],
            {
                ($0.string(0), StageTotal(leads: $0.int(1), value: $0.double(2)))
            })
        {
            totals[stage] = total
        }
        return totals
    }

    // MARK: The band's columns, a keyset page at a time

    /// Up to `limit` accounts of a column in board order (newest arrival first), after `cursor`.
    public func accountPage(stage: String, after cursor: BoardCursor?, limit: Int, search: LeadSearch? = nil) throws -> [Account] {
        try accountColumnPage(stage: stage, cursor: cursor, comparison: "<", order: "DESC", limit: limit, search: search)
    }

    /// Up to `limit` accounts from `cursor` itself (or just after where it was).
    public func accountPage(stage: String, from cursor: BoardCursor, limit: Int, search: LeadSearch? = nil) throws -> [Account] {
        try accountColumnPage(stage: stage, cursor: cursor, comparison: "<=", order: "DESC", limit: limit, search: search)
    }

    /// Up to `limit` accounts just before `cursor` (the last ones when nil), in board order.
    public func accountPage(stage: String, before cursor: BoardCursor?, limit: Int, search: LeadSearch? = nil) throws -> [Account] {
        try accountColumnPage(stage: stage, cursor: cursor, comparison: ">", order: "ASC", limit: limit, search: search).reversed()
    }

    private func accountColumnPage(stage: String, cursor: BoardCursor?, comparison: String, order: String, limit: Int, search: LeadSearch?)
        throws -> [Account]
    {
        var values: [DatabaseValue] = [.text(stage)]
        var sql = "SELECT \(Store.accountColumns) FROM accounts a WHERE a.stage = ?"
        if let cursor {
            sql += " AND (a.entered_at, a.id) \(comparison) (?, ?)"
            values += [.integer(cursor.enteredAt), .integer(cursor.id)]
        }
        sql += accountSearchClause(search, values: &values) + " ORDER BY a.entered_at \(order), a.id \(order) LIMIT ?"
        values.append(.integer(Int64(limit)))
        return try connection.prepare(sql).rows(values, Store.account)
    }

    /// The pages of several columns of the band in one statement, as `pages` reads the
    /// pipeline's: in the order of `requests`, each in board order.
    public func accountPages(_ requests: [ColumnPageRequest], search: LeadSearch? = nil) throws -> [[Account]] {
        guard requests.count > 1 else {
            return try requests.map { request in
                switch request.start {
                case .top: return try accountPage(stage: request.stage, after: nil, limit: request.limit, search: search)
                case let .from(cursor): return try accountPage(stage: request.stage, from: cursor, limit: request.limit, search: search)
                }
            }
        }
        var values: [DatabaseValue] = []
        let parts = requests.map { request in
            var sql = "SELECT \(Store.accountColumns) FROM accounts a WHERE a.stage = ?"
            values.append(.text(request.stage))
            if case let .from(cursor) = request.start {
                sql += " AND (a.entered_at, a.id) <= (?, ?)"
                values += [.integer(cursor.enteredAt), .integer(cursor.id)]
            }
            sql += accountSearchClause(search, values: &values) + " ORDER BY a.entered_at DESC, a.id DESC LIMIT ?"
            values.append(.integer(Int64(request.limit)))
            return sql
        }
        return try unionOfPages(parts, values: values, Store.account).map { page in
            page.sorted { ($0.enteredAt, $0.id) > ($1.enteredAt, $1.id) }
        }
    }

    /// How many accounts of a column come before `cursor`: the scroll position shown.
    public func accountRank(stage: String, cursor: BoardCursor, search: LeadSearch? = nil) throws -> Int {
        var values: [DatabaseValue] = [.text(stage), .integer(cursor.enteredAt), .integer(cursor.id)]
        let sql =
            "SELECT count(*) FROM accounts a WHERE a.stage = ? AND (a.entered_at, a.id) > (?, ?)"
            + accountSearchClause(search, values: &values)
        return try connection.prepare(sql).rows(values) { $0.int(0) }.first ?? 0
    }

    /// The `/` filter over accounts: words in the name, the manager, and `stale`. Conditions only
    /// leads have (source, campaign, score) match no account, so a filtered board shows no account
    /// that does not fit the query.
    func accountSearchClause(_ search: LeadSearch?, values: inout [DatabaseValue]) -> String {
        guard let search, !search.filter.isEmpty else { return "" }
        let filter = search.filter
        if filter.source != nil || filter.campaign != nil || filter.minimumScore != nil || filter.maximumScore != nil {
            return " AND FALSE"
        }
        var sql = ""
        for word in filter.words {
            sql +=
                " AND (a.name \(connection.dialect.like) ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM follow_ups f WHERE f.account_id = a.id AND f.body \(connection.dialect.like) ? ESCAPE '\\'))"
            values += Array(repeating: .text("%" + Store.escapeLike(word) + "%"), count: 2)
        }
        switch filter.owner {
        case .me?:
            sql += " AND a.owner = ?"
            values.append(.text(search.user))
        case .nobody?:
            sql += " AND a.owner IS NULL"
        case let .login(login)?:
            sql += " AND " + connection.dialect.equalsIgnoringCase("a.owner")
            values.append(.text(login))
        case nil:
            break
        }
        if filter.staleOnly {
            // AccountActivity's rule in SQL: idle since entering the stage or the last follow-up
            // done or answer recorded, longer than the stage allows, and no follow-up due later.
            sql += """
                 AND EXISTS (SELECT 1 FROM stages WHERE stages.id = a.stage AND stages.idle_days IS NOT NULL
                             AND ? - max(a.entered_at, coalesce((SELECT max(f.done_at) FROM follow_ups f WHERE f.account_id = a.id), a.entered_at),
                                         coalesce((SELECT max(s.at) FROM satisfaction s WHERE s.account_id = a.id), a.entered_at))
                                 > stages.idle_days * 86400)
                 AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.account_id = a.id AND f.done_at IS NULL AND f.due >= ?)
                """
            values += [.integer(search.now), .integer(search.now)]
        }
        return sql
    }

    // MARK: What an account has done

    /// For each account of `ids`: when someone last touched it (a follow-up done, an answer
    /// recorded) and the next follow-up due: what its stale flag and next-step mark need.
    public func accountActivity(ids: [Int64]) throws -> [Int64: LeadActivity] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let values = ids.map { DatabaseValue.integer($0) }
        var activity: [Int64: LeadActivity] = [:]
        for (id, done, answered, due) in try connection.prepare(
            """
            SELECT a.id, (SELECT max(f.done_at) FROM follow_ups f WHERE f.account_id = a.id),
                   (SELECT max(s.at) FROM satisfaction s WHERE s.account_id = a.id),
                   (SELECT min(f.due) FROM follow_ups f WHERE f.account_id = a.id AND f.done_at IS NULL)
            FROM accounts a WHERE a.id IN (\(marks))
            """
        ).rows(values, { ($0.int64(0), $0.optionalInt64(1), $0.optionalInt64(2), $0.optionalInt64(3)) }) {
            let touched = [done, answered].compactMap { $0 }.max()
            activity[id] = LeadActivity(lastNoteAt: touched, nextStepDue: due)
        }
        return activity
    }

    /// The deals of an account, newest first: what it bought and what is open for it.
    public func deals(accountID: Int64) throws -> [Lead] {
        try connection.prepare(
            "SELECT \(Store.leadColumns) FROM leads WHERE account_id = ? ORDER BY coalesce(closed_at, created_at) DESC, id DESC"
        )
        .rows([.integer(accountID)], Store.lead)
    }

    /// Each deal's kind (upsell, renewal, cross-sell), for the deals that have one.
    public func dealKinds(accountID: Int64) throws -> [Int64: DealKind] {
        var kinds: [Int64: DealKind] = [:]
        for (id, kind) in try connection.prepare("SELECT id, deal_kind FROM leads WHERE account_id = ? AND deal_kind IS NOT NULL")
            .rows([.integer(accountID)], { ($0.int64(0), $0.string(1)) })
        {
            kinds[id] = DealKind(rawValue: kind)
        }
        return kinds
    }

    /// The leads an account referred, newest first.
    public func referrals(accountID: Int64) throws -> [Lead] {
        try connection.prepare("SELECT \(Store.leadColumns) FROM leads WHERE referred_by = ? ORDER BY created_at DESC, id DESC")
            .rows([.integer(accountID)], Store.lead)
    }

    /// A lead's links to customers: the account its deal is for, its kind, and who referred it.
    public func customerLinks(leadID: Int64) throws -> (account: Account?, kind: DealKind?, referredBy: Account?) {
        guard
            let row = try connection.prepare("SELECT account_id, deal_kind, referred_by FROM leads WHERE id = ?")
                .rows([.integer(leadID)], { ($0.optionalInt64(0), $0.optionalString(1), $0.optionalInt64(2)) }).first
        else { return (nil, nil, nil) }
        return (
            try row.0.flatMap { try account(id: $0) }, row.1.flatMap(DealKind.init(rawValue:)), try row.2.flatMap { try account(id: $0) }
        )
    }

    public func satisfactionAnswers(accountID: Int64) throws -> [SatisfactionAnswer] {
        try connection.prepare(
            "SELECT id, account_id, at, score, comment, author FROM satisfaction WHERE account_id = ? ORDER BY at DESC, id DESC"
        )
        .rows([.integer(accountID)], Store.answer)
    }

    static func answer(from row: any DatabaseStatement) -> SatisfactionAnswer {
        SatisfactionAnswer(
            id: row.int64(0), accountID: row.int64(1), at: row.int64(2), score: row.int(3), comment: row.string(4), author: row.string(5))
    }

    static let followUpColumns = """
        f.id, f.account_id, f.kind, f.body, f.owner, f.due, f.created_at, f.created_by, f.done_at, f.done_by, f.lead_id, a.name
        """

    static func followUp(from row: any DatabaseStatement) -> FollowUp {
        FollowUp(
            id: row.int64(0), accountID: row.int64(1), kind: FollowUpKind(rawValue: row.string(2)) ?? .custom, body: row.string(3),
            owner: row.optionalString(4), due: row.int64(5), createdAt: row.int64(6), createdBy: row.string(7),
            doneAt: row.optionalInt64(8),
            doneBy: row.optionalString(9), leadID: row.optionalInt64(10), accountName: row.string(11))
    }

    /// An account's follow-ups: open ones first, soonest due first, then those done, latest first.
    public func followUps(accountID: Int64) throws -> [FollowUp] {
        try connection.prepare(
            """
            SELECT \(Store.followUpColumns) FROM follow_ups f JOIN accounts a ON a.id = f.account_id WHERE f.account_id = ?
            ORDER BY f.done_at IS NOT NULL, CASE WHEN f.done_at IS NULL THEN f.due ELSE -f.done_at END, f.id
            """
        ).rows([.integer(accountID)], Store.followUp)
    }

    public func followUp(id: Int64) throws -> FollowUp? {
        try connection.prepare("SELECT \(Store.followUpColumns) FROM follow_ups f JOIN accounts a ON a.id = f.account_id WHERE f.id = ?")
            .rows([.integer(id)], Store.followUp).first
    }

    /// Open follow-ups due before `before` (all open ones when nil), of one owner or everyone's,
    /// soonest first: an owner's inbox, the overdue ones of the meeting, `handoff follow-up list`.
    public func openFollowUps(owner: String? = nil, dueBefore before: Int64? = nil, limit: Int = 200) throws -> [FollowUp] {
        try connection.prepare(
            """
            SELECT \(Store.followUpColumns) FROM follow_ups f JOIN accounts a ON a.id = f.account_id
            WHERE f.done_at IS NULL AND (\(connection.dialect.text("?1")) IS NULL OR f.owner = ?1) AND (\(connection.dialect.integer("?2")) IS NULL OR f.due < ?2) ORDER BY f.due, f.id LIMIT ?3
            """
        ).rows([DatabaseValue(owner), DatabaseValue(before), .integer(Int64(limit))], Store.followUp)
    }

    public func openFollowUpCount(owner: String? = nil, dueBefore before: Int64? = nil) throws -> Int {
        try connection.prepare(
            "SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND (\(connection.dialect.text("?1")) IS NULL OR owner = ?1) AND (\(connection.dialect.integer("?2")) IS NULL OR due < ?2)"
        )
        .rows([DatabaseValue(owner), DatabaseValue(before)]) { $0.int(0) }.first ?? 0
    }

    /// Every follow-up (open, done, or all), soonest due first: `handoff follow-up list --all`.
    public func allFollowUps(limit: Int = 1_000) throws -> [FollowUp] {
        try connection.prepare(
            """
            SELECT \(Store.followUpColumns) FROM follow_ups f JOIN accounts a ON a.id = f.account_id ORDER BY f.due, f.id LIMIT ?
            """
        ).rows([.integer(Int64(limit))], Store.followUp)
    }
}

extension Store {
    /// The account's own board events (moves, changes, follow-ups, answers), newest first.
    public func accountHistory(accountID: Int64, limit: Int = 100) throws -> [BoardEvent] {
        try connection.prepare(
            """
            SELECT id, at, actor, acted_by, kind, subject, detail FROM board_events
            WHERE subject = ? AND (kind LIKE 'account%' OR kind LIKE 'follow_up%' OR kind = 'satisfaction_recorded') ORDER BY id DESC LIMIT ?
            """
        ).rows([.text(String(accountID)), .integer(Int64(limit))]) {
            BoardEvent(
                id: $0.int64(0), at: $0.int64(1), actor: $0.string(2), actedBy: $0.optionalString(3), kind: $0.string(4),
                subject: $0.string(5), detail: $0.optionalString(6))
        }
    }
}
