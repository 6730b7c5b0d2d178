import HandoffCore

/// CSV exports, streamed row by row from one consistent read of the board: a million leads never
/// sit in memory, and a write by another terminal during the export is either all in it or not at
/// all. `handoff import` reads each export back to the same board.
extension Store {
    /// What `handoff export --kind` can write.
    public enum ExportKind: String, CaseIterable, Sendable {
        case leads, events, campaigns, accounts, insights, content
    }

    /// The board fields of a leads export, in order; attributes follow as `attr.NAME` columns.
    public static let leadExportFields = [
        "id", "name", "company", "email", "phone", "source", "campaign", "owner", "stage", "value", "score",
        "created", "entered", "closed", "lost_reason",
    ]

    /// Calls `row` with the header, then with every record; returns the number of records.
    @discardableResult
    public func export(_ kind: ExportKind, _ row: ([String]) throws -> Void) throws -> Int {
        try connection.execute("BEGIN")
        defer { try? connection.execute("COMMIT") }
        switch kind {
        case .leads: return try exportLeads(row)
        case .events: return try exportEvents(row)
        case .campaigns: return try exportCampaigns(row)
        case .accounts: return try exportAccounts(row)
        case .insights: return try exportInsights(row)
        case .content: return try exportContent(row)
        }
    }

    private func exportLeads(_ row: ([String]) throws -> Void) throws -> Int {
        let names = try connection.prepare("SELECT DISTINCT name FROM lead_attributes ORDER BY name").rows([]) { $0.string(0) }
        let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        try row(Store.leadExportFields + names.map { ImportMapping.attributePrefix + $0 })
        let leads = try connection.prepare("SELECT \(Store.leadColumns) FROM leads ORDER BY id")
        let attributes = try connection.prepare("SELECT lead_id, name, value FROM lead_attributes ORDER BY lead_id, name")
        defer {
            leads.reset()
            attributes.reset()
        }
        // Both queries walk their tables in lead id order: a merge join, one pass over each.
        var hasAttribute = try attributes.step()
        var fields = [String](repeating: "", count: Store.leadExportFields.count + names.count)
        var count = 0
        while try leads.step() {
            let lead = Store.lead(from: leads)
            fields[0] = String(lead.id)
            fields[1] = lead.name
            fields[2] = lead.company
            fields[3] = lead.email
            fields[4] = lead.phone
            fields[5] = lead.source
            fields[6] = lead.campaign ?? ""
            fields[7] = lead.owner ?? ""
            fields[8] = lead.stage
            fields[9] = lead.value.map(MoneyFormat.plain) ?? ""
            fields[10] = String(lead.score)
            fields[11] = Timestamp.iso(lead.createdAt)
            fields[12] = Timestamp.iso(lead.enteredAt)
            fields[13] = lead.closedAt.map(Timestamp.iso) ?? ""
            fields[14] = lead.lostReason ?? ""
            for index in Store.leadExportFields.count..<fields.count { fields[index] = "" }
            while hasAttribute && attributes.int64(0) < lead.id { hasAttribute = try attributes.step() }
            while hasAttribute && attributes.int64(0) == lead.id {
                if let column = position[attributes.string(1)] { fields[Store.leadExportFields.count + column] = attributes.string(2) }
                hasAttribute = try attributes.step()
            }
            try row(fields)
            count += 1
        }
        return count
    }

    private func exportEvents(_ row: ([String]) throws -> Void) throws -> Int {
        try row(["id", "lead_id", "at", "actor", "kind", "from_stage", "to_stage", "detail", "reverts", "acted_by"])
        let events = try connection.prepare("SELECT \(Store.eventColumns) FROM events ORDER BY id")
        defer { events.reset() }
        var count = 0
        while try events.step() {
            let event = Store.event(from: events)
            try row([
                String(event.id), String(event.leadID), Timestamp.iso(event.at), event.actor, event.kind, event.fromStage ?? "",
                event.toStage ?? "", event.detail ?? "", event.reverts.map(String.init) ?? "", event.actedBy ?? "",
            ])
            count += 1
        }
        // Then each rescoring's score changes, as the `scored` entries of the leads' histories:
        // no event id of their own, the time and actor of the rescoring.
        let changes = try connection.prepare(
            """
            SELECT c.lead_id, b.at, b.actor, b.acted_by, b.subject, c.old_score, c.new_score, c.crossing
            FROM score_changes c JOIN board_events b ON b.id = c.run ORDER BY c.run, c.lead_id
            """)
        defer { changes.reset() }
        while try changes.step() {
            let detail = ScoredDetail.text(
                oldScore: changes.int64(5), newScore: changes.int64(6), version: changes.string(4), crossing: changes.int64(7))
            try row([
                "", String(changes.int64(0)), Timestamp.iso(changes.int64(1)), changes.string(2), EventKind.scored, "", "", detail, "",
                changes.optionalString(3) ?? "",
            ])
            count += 1
        }
        return count
    }

    private func exportCampaigns(_ row: ([String]) throws -> Void) throws -> Int {
        try row(["id", "name", "channel", "spend", "started", "ended"])
        let campaigns = try connection.prepare("SELECT id, name, channel, spend, started, ended FROM campaigns ORDER BY id")
        defer { campaigns.reset() }
        var count = 0
        while try campaigns.step() {
            try row([
                campaigns.string(0), campaigns.string(1), campaigns.string(2), MoneyFormat.plain(campaigns.double(3)),
                campaigns.optionalInt64(4).map(Timestamp.iso) ?? "", campaigns.optionalInt64(5).map(Timestamp.iso) ?? "",
            ])
            count += 1
        }
        return count
    }

    /// The customers with what they bought and how they answered: `handoff import` reads it back as
    /// accounts (external id, name, stage, manager, since, renewal, revenue and deals to date).
    private func exportAccounts(_ row: ([String]) throws -> Void) throws -> Int {
        try row([
            "id", "name", "stage", "owner", "since", "renewal", "onboarded", "churned", "revenue", "deals", "last_score", "open_follow_ups",
            "external_id",
        ])
        let accounts = try connection.prepare(
            """
            SELECT \(Store.accountColumns), (SELECT count(*) FROM follow_ups f WHERE f.account_id = a.id AND f.done_at IS NULL), a.external_id
            FROM accounts a ORDER BY a.id
            """)
        defer { accounts.reset() }
        var count = 0
        while try accounts.step() {
            let account = Store.account(from: accounts)
            try row([
                String(account.id), account.name, account.stage, account.owner ?? "", Timestamp.iso(account.since),
                account.renewalAt.map(Timestamp.date) ?? "", account.onboardedAt.map(Timestamp.iso) ?? "",
                account.churnedAt.map(Timestamp.iso) ?? "",
                MoneyFormat.plain(account.revenue), String(account.deals), account.lastScore.map(String.init) ?? "",
                String(accounts.int(13)),
                accounts.optionalString(14) ?? "",
            ])
            count += 1
        }
        return count
    }
}
