import HandoffCore

/// `--kind accounts`: customers from a CRM (HubSpot's companies export, Salesforce's accounts
/// export, or Handoff's own), added or updated by their CRM id, else by name. What the CRM says
/// they bought before is kept apart (`prior_revenue`, `prior_deals`) from the deals won on the
/// board, which the triggers of migration 12 add on top. Companies the CRM calls prospects are
/// left out: they are leads, not customers.
final class AccountImport: ImportRowHandler {
    private let store: Store
    private let mapping: ImportMapping
    private let dates: DateReader
    private let amounts: AmountReader
    private let actor: String
    private let now: Int64
    private var owners: [String: String] = [:]

    init(store: Store, mapping: ImportMapping, dates: DateReader, amounts: AmountReader, actor: String, now: Int64) throws {
        self.store = store
        self.mapping = mapping
        self.dates = dates
        self.amounts = amounts
        self.actor = actor
        self.now = now
        // A CRM names owners by their display name; the board by login. Both are accepted.
        for member in try store.members() {
            owners[member.login.lowercased()] = member.login
            owners[member.name.lowercased()] = member.login
        }
    }

    func importRow(_ parsed: inout ParsedRecord, writing: Bool, problems: inout [ImportProblem], report: inout ImportReport) throws
        -> ImportOutcome
    {
        guard let row = AccountRow.read(parsed.record, mapping: mapping, dates: dates, amounts: amounts, problems: &problems) else {
            return .rejected
        }
        if row.isProspect { return .unchanged }
        return writing
            ? try store.upsertAccount(row, owner: row.owner.flatMap { owners[$0.lowercased()] }, actor: actor, now: now) : .unchanged
    }

    func finish() throws {}
}

extension Store {
    /// The customer stage an imported row lands in: a stage of the band named by id or title; a
    /// churned customer for words of leaving; else onboarding for a customer of less than 30 days,
    /// active for an older one.
    func importedAccountStage(_ row: AccountRow, since: Int64, now: Int64) -> String? {
        let stages = pipeline.customerStages
        guard let onboarding = stages.first else { return nil }
        if let word = row.stage?.lowercased() {
            if let stage = stages.first(where: { $0.id.lowercased() == word || $0.title.lowercased() == word }) { return stage.id }
            if ["former", "churn", "lost", "inactive", "cancel"].contains(where: word.contains), let churned = pipeline.churnedStage {
                return churned.id
            }
        }
        if now - since < 30 * KPIPeriod.day { return onboarding.id }
        return (stages.dropFirst().first ?? onboarding).id
    }

    /// `audited` false is for the demo's seed, which the board's history starts after.
    func upsertAccount(_ row: AccountRow, owner: String?, actor: String, now: Int64, audited: Bool = true) throws -> ImportOutcome {
        var existing = try row.externalID.flatMap { id in
            try connection.prepare("SELECT \(Store.accountColumns) FROM accounts a WHERE a.external_id = ?").rows(
                [.text(id)], Store.account
            ).first
        }
        if existing == nil { existing = try account(named: row.name) }
        let priorRevenue = row.revenue ?? 0, priorDeals = row.deals ?? (row.revenue.map { $0 > 0 ? 1 : 0 } ?? 1)
        guard let existing else {
            let since = row.since ?? now
            guard let stage = importedAccountStage(row, since: since, now: now) else {
                throw HandoffError.invalidInput(Message(.thisBoardHasNoCustomer))
            }
            let id = try connection.insertReturningID(
                """
                INSERT INTO accounts(name, owner, stage, since, entered_at, renewal_at, churned_at, revenue, deals, prior_revenue, prior_deals, external_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                [
                    .text(row.name.trimmingCharacters(in: .whitespaces)), DatabaseValue(owner), .text(stage), .integer(since),
                    .integer(since),
                    DatabaseValue(row.renewal), stage == pipeline.churnedStage?.id ? .integer(now) : .null, .real(priorRevenue),
                    .integer(Int64(priorDeals)), .real(priorRevenue), .integer(Int64(priorDeals)), DatabaseValue(row.externalID),
                ])
            if audited {
                try appendBoardEvent(
                    kind: BoardEvent.Kind.accountImported, subject: String(id),
                    detail: "\(row.name): \(stage), \(MoneyFormat.plain(priorRevenue)) over \(priorDeals) deals before the board",
                    actor: actor, at: now)
            }
            return .created
        }
        let prior =
            try connection.prepare("SELECT prior_revenue, prior_deals FROM accounts WHERE id = ?").rows([.integer(existing.id)]) {
                ($0.double(0), $0.int(1))
            }.first ?? (0, 0)
        let newOwner = owner ?? existing.owner
        let newRenewal = row.renewal ?? existing.renewalAt
        let newPrior = (row.revenue ?? prior.0, row.deals ?? prior.1)
        if newOwner == existing.owner && newRenewal == existing.renewalAt && newPrior.0 == prior.0 && newPrior.1 == prior.1 {
            return .unchanged
        }
        try connection.prepare(
            """
            UPDATE accounts SET owner = ?, renewal_at = ?, revenue = revenue - prior_revenue + ?, deals = deals - prior_deals + ?, prior_revenue = ?,
                prior_deals = ?, external_id = coalesce(external_id, ?), version = version + 1 WHERE id = ?
            """
        ).run(
            DatabaseValue(newOwner), DatabaseValue(newRenewal), .real(newPrior.0), .integer(Int64(newPrior.1)), .real(newPrior.0),
            .integer(Int64(newPrior.1)),
            DatabaseValue(row.externalID), .integer(existing.id))
        try appendBoardEvent(
            kind: BoardEvent.Kind.accountImported, subject: String(existing.id),
            detail: "\(existing.name): updated; \(MoneyFormat.plain(newPrior.0)) over \(newPrior.1) deals before the board", actor: actor,
            at: now)
        return .updated
    }
}
