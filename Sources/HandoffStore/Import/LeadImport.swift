import HandoffCore

/// `--kind leads|deals`: each good row becomes a new lead with its back-dated history, or updates
/// the lead it matches (by id, by the id of the system it came from, else by email) with one event.
/// Rows arrive read, checked and de-duplicated by `RecordStream`; what is left here needs the
/// database.
///
/// History of a new lead: `created` at its created date, in its stage; a won or lost one is created
/// in the kind's entry stage and gets its `won`/`lost` event at its close date, so cycle times and
/// period KPIs count imported deals when they really happened.
final class LeadImport: ImportRowHandler {
    private let store: Store
    private let pipeline: Pipeline
    private let mapping: ImportMapping
    private let actor: String
    private let now: Int64
    private let writer: LeadWriter
    private let bulk: BulkLoad?
    private let owners: OwnerDirectory
    private let skipUnknownOwners: Bool
    /// Owners left off their leads by `--skip-unknown-owners`, with how many rows named each.
    private(set) var skippedOwners: [String: Int] = [:]
    private let campaigns: CampaignDirectory
    private let context: WriteContext
    private let boardWasEmpty: Bool
    private let entryStage: String
    /// Where a non-numeric id is kept: the id column's own name.
    private let externalIDName: String?
    private var existingExternal: [String: Int64]?
    /// Ids the board gave rows without one, by row: a later row naming such an id is a duplicate.
    private var assignedIDs: [Int64: Int] = [:]
    private var attributes: [LeadAttribute] = []
    /// Lost reasons of the board by code and by label (case and accents aside): a CRM's
    /// "Went with a competitor" is the board's `competitor`.
    private let lostReasons: [String: String]
    /// The board's scoring definition in force: new and updated open leads are scored by it, as
    /// the lead form scores them (the file's own score is then not used).
    private let scoring: ScoringVersion?
    private var lostReasonMemo: [String: String] = [:]
    /// A column kept as an attribute whose name says it is an id (`ProspectID`, `Lead No`), when
    /// no column fills the id: the likely name of a row that has none.
    private let idLikeColumn: String?
    /// The board's currency when someone set it; nil on a board that never had one.
    private let boardCurrency: String?
    /// The first currency the file's amounts named: the board's once the import commits, on a
    /// board that had none.
    private(set) var fileCurrency: String?

    init(store: Store, mapping: ImportMapping, options: ImportOptions, actor: String, now: Int64, bulk: Bool) throws {
        self.store = store
        pipeline = store.pipeline
        self.mapping = mapping
        self.actor = actor
        self.now = now
        writer = try LeadWriter(store: store, batching: bulk)
        owners = try OwnerDirectory(store: store, actor: actor, now: now)
        skipUnknownOwners = options.skipUnknownOwners
        campaigns = try CampaignDirectory(store: store)
        context = WriteContext(actor: actor, now: now)
        boardWasEmpty = try store.leadCount() == 0
        guard let entry = mapping.kind.entryStage(in: pipeline) else {
            throw HandoffError.invalidInput(Message(.thisBoardHasNoStages))
        }
        entryStage = entry.id
        var reasons: [String: String] = [:]
        for reason in try store.reasons(.lost) {
            reasons[Slug.fold(reason.code)] = reason.code
            reasons[Slug.fold(reason.label)] = reason.code
        }
        lostReasons = reasons
        scoring = try store.currentScoring()
        idLikeColumn =
            mapping.column("id") != nil
            ? nil
            : mapping.attributes.map(\.name).first { name in
                let normalized = ImportMapping.normalize(name)
                return normalized.hasSuffix("id") || normalized.hasSuffix("number") || normalized.hasSuffix("no")
            }
        boardCurrency = try store.setting("currency")
        externalIDName = mapping.column("id").map { mapping.header[$0].trimmingCharacters(in: .whitespaces) }
        self.bulk = bulk ? try BulkLoad(connection: store.connection, forEmptyBoard: boardWasEmpty) : nil
    }

    func importRow(_ parsed: inout ParsedRecord, writing: Bool, problems: inout [ImportProblem], report: inout ImportReport) throws
        -> ImportOutcome
    {
        problems = parsed.problems
        guard problems.isEmpty, let row = parsed.row else { return .rejected }
        if let currency = row.currency, !checkCurrency(currency, problems: &problems) { return .rejected }
        if let id = row.id, let first = assignedIDs[id] {
            problems.append(
                ImportProblem(
                    column: mapping.header[mapping.column("id")!], reason: Message(.idWasGivenTo, "\(id)", "\(first)"))
            )
            return .rejected
        }
        if !boardWasEmpty, let existing = try existingLead(row) {
            return try update(existing, with: row, writing: writing, problems: &problems, report: &report)
        }
        guard let lead = parsed.newLead, !lead.name.isEmpty else {
            if let idLike = idLikeColumn {
                problems.append(
                    ImportProblem(
                        column: "",
                        reason:
                            Message(.rowHasNoName, "\(idLike)"),
                        fix: "--map " + ImportMapping.shellWord("id=" + idLike)))
            } else {
                problems.append(
                    ImportProblem(column: "", reason: Message(.rowHasNoNameFirst)))
            }
            return .rejected
        }
        return try create(
            lead, row: row, extra: parsed.extra, number: parsed.record.number, writing: writing, problems: &problems, report: &report)
    }

    /// An amount in a currency other than the board's (or the file's first) is refused: a board
    /// adds its amounts up, and 1,000 USD and 1,000 EUR are not 2,000 of anything.
    private func checkCurrency(_ currency: String, problems: inout [ImportProblem]) -> Bool {
        let column = mapping.column("currency").map { mapping.header[$0] } ?? mapping.column("value").map { mapping.header[$0] } ?? ""
        if let boardCurrency {
            guard currency != boardCurrency else { return true }
            problems.append(
                ImportProblem(
                    column: column,
                    reason: Message(.amountIsInAnd, "\(currency)", "\(boardCurrency)", "\(currency)")))
            return false
        }
        guard let first = fileCurrency else {
            fileCurrency = currency
            return true
        }
        guard currency != first else { return true }
        problems.append(
            ImportProblem(
                column: column,
                reason: Message(.amountIsInAndThe, "\(currency)", "\(first)")))
        return false
    }

    /// The file's currency becomes the board's, on a board that never had one.
    func adoptCurrency(report: inout ImportReport) throws {
        guard boardCurrency == nil, let fileCurrency else { return }
        report.adoptedCurrency = fileCurrency
    }

    func finish() throws {
        try writer.flush()
        if boardCurrency == nil, let fileCurrency { try store.adoptCurrency(fileCurrency, actor: actor, at: now) }
        try bulk?.finish()
    }

    var createdOwners: [String] { owners.created }
    var ownersJoinTeam: Bool { owners.addsMembers }
    var createdCampaigns: [String] { campaigns.created }

    // MARK: Rows

    /// The lead the row updates: same id, else same id of the source system, else same email.
    private func existingLead(_ row: LeadRow) throws -> Lead? {
        if let id = row.id, let lead = try store.lead(id: id) { return lead }
        if let external = row.externalID, let name = externalIDName {
            if existingExternal == nil {
                var known: [String: Int64] = [:]
                for (value, id) in try store.connection.prepare("SELECT value, lead_id FROM lead_attributes WHERE name = ?")
                    .rows([.text(name)], { ($0.string(0), $0.int64(1)) })
                {
                    known[value] = id
                }
                existingExternal = known
            }
            if let id = existingExternal?[external], let lead = try store.lead(id: id) { return lead }
        }
        if let email = row.email {
            let statement = try store.connection.prepare(
                "SELECT \(Store.leadColumns) FROM leads WHERE \(store.connection.dialect.equalsIgnoringCase("email")) AND email <> '' ORDER BY id LIMIT 1"
            )
            return try statement.rows([.text(email)], Store.lead).first
        }
        return nil
    }

    /// The login the row's owner has on the board, nil for an owner left off (`--skip-unknown-owners`),
    /// or `refused` with a problem for the row.
    private func ownerLogin(_ text: String, problems: inout [ImportProblem]) throws -> (login: String?, refused: Bool) {
        switch try owners.owner(for: text) {
        case let .login(login):
            return (login, false)
        case let .unknown(login):
            if skipUnknownOwners {
                skippedOwners[text, default: 0] += 1
                return (nil, false)
            }
            let teams = Permissions.list(try store.permissions().teams(allowedTo: .manageMembers))
            let column = mapping.column("owner").map { mapping.header[$0] } ?? "owner"
            let reason: Message = Message(.ownerIsNotA, "\(text)", "\(teams)", "\(login)")
            problems.append(ImportProblem(column: column, reason: reason, fix: "--skip-unknown-owners"))
            return (nil, true)
        }
    }

    private func create(
        _ prepared: Lead, row: LeadRow, extra: [LeadAttribute], number: Int, writing: Bool, problems: inout [ImportProblem],
        report: inout ImportReport
    ) throws -> ImportOutcome {
        var lead = prepared
        lead.lostReason = lead.lostReason.map(lostReasonCode)
        if let owner = row.owner {
            let resolved = try ownerLogin(owner, problems: &problems)
            if resolved.refused { return .rejected }
            lead.owner = resolved.login
        }
        if let campaign = row.campaign { lead.campaign = try campaigns.id(for: campaign) }
        if row.isUndated { report.undated += 1 }
        guard writing else { return .created }
        collectAttributes(row, extra: extra)
        let score = self.score(&lead)
        let outcome = pipeline.stage(lead.stage)?.side == .outcome
        let createdIn = outcome ? entryStage : lead.stage
        let closing = (
            at: lead.closedAt ?? lead.enteredAt, kind: EventKind.forMove(from: createdIn, to: lead.stage), toStage: Optional(lead.stage)
        )
        let events =
            [(at: lead.createdAt, kind: EventKind.created, toStage: Optional(createdIn))] + (createdIn != lead.stage ? [closing] : [])
        let milestones = bulk?.milestones(of: events)
        let id = try writer.insert(lead, score: score, milestones: milestones, undated: row.isUndated)
        if row.id == nil { assignedIDs[id] = number }
        for attribute in attributes {
            try writer.setAttribute(leadID: id, name: attribute.name, value: attribute.value, isNew: true)
        }
        try writer.append(leadID: id, at: lead.createdAt, actor: actor, kind: EventKind.created, to: createdIn, detail: "import")
        if createdIn != lead.stage {
            try writer.append(
                leadID: id, at: closing.at, actor: actor, kind: closing.kind, from: createdIn, to: lead.stage, detail: outcomeDetail(lead))
        }
        report.events += events.count
        if let bulk {
            bulk.count(lead, milestones: milestones ?? KPIRollup.Milestones(), undated: row.isUndated)
            for event in events { bulk.count(eventKind: event.kind, at: event.at, actor: actor, detail: nil) }
        }
        return .created
    }

    private func update(
        _ existing: Lead, with row: LeadRow, writing: Bool, problems: inout [ImportProblem],
        report: inout ImportReport
    ) throws -> ImportOutcome {
        var (updated, extra) = row.merged(into: existing, pipeline: pipeline, now: now)
        if row.lostReason != nil { updated.lostReason = updated.lostReason.map(lostReasonCode) }
        if let owner = row.owner {
            let resolved = try ownerLogin(owner, problems: &problems)
            if resolved.refused { return .rejected }
            // An owner left off an update leaves the lead's own owner as it was.
            updated.owner = resolved.login ?? existing.owner
        }
        if let campaign = row.campaign { updated.campaign = try campaigns.id(for: campaign) }
        var changed = LeadImport.changedFields(from: existing, to: updated)
        let current = Dictionary(
            try store.attributes(leadID: existing.id).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        collectAttributes(row, extra: extra)
        let changedAttributes = attributes.filter { current[$0.name] != $0.value }
        if !changedAttributes.isEmpty { changed.append("attributes") }
        if changed.isEmpty { return .unchanged }
        guard writing else { return .updated }
        var detail = "import: changed " + changed.joined(separator: ", ")
        let before = updated.score
        let score = try rescore(&updated, current: current)
        if updated.score != before { detail += "; score \(before) -> \(updated.score)" }
        // Attributes alone are not columns of the lead: no new version, unless the score follows them.
        if changed == ["attributes"] && updated.score == existing.score {
            try writer.append(
                leadID: existing.id, at: now, actor: actor, kind: EventKind.edited, from: existing.stage, to: existing.stage, detail: detail
            )
        } else {
            let moved = updated.stage != existing.stage
            let event = LeadEvent(
                leadID: existing.id, at: moved ? (updated.closedAt ?? updated.enteredAt) : now, actor: actor,
                kind: moved ? EventKind.forMove(from: existing.stage, to: updated.stage) : EventKind.edited,
                fromStage: existing.stage, toStage: updated.stage, detail: moved ? (outcomeDetail(updated) ?? detail) : detail)
            try store.commit(updated, over: existing, event: event, in: context)
        }
        report.events += 1
        for attribute in changedAttributes {
            try writer.setAttribute(leadID: existing.id, name: attribute.name, value: attribute.value)
        }
        if let score { try store.recordScore(leadID: existing.id, fit: score.fit, version: score.version) }
        return .updated
    }

    /// Scores a new open lead by the definition in force, with the attributes just collected.
    private func score(_ lead: inout Lead) -> (fit: Int, version: Int)? {
        guard let scoring, pipeline.stage(lead.stage)?.isClosed != true else { return nil }
        var values: [String: String] = [:]
        for attribute in attributes { values[attribute.name] = attribute.value }
        let breakdown = ScoringEvaluator.breakdown(scoring.definition, lead: lead, attributes: values, at: now)
        lead.score = breakdown.total
        return (breakdown.fit, scoring.id)
    }

    /// The same for a lead being updated: its attributes as they will be after the import, and
    /// the activity recorded for it.
    private func rescore(_ lead: inout Lead, current: [String: String]) throws -> (fit: Int, version: Int)? {
        guard let scoring, pipeline.stage(lead.stage)?.isClosed != true else { return nil }
        var values = current
        for attribute in attributes { values[attribute.name] = attribute.value }
        let activity = try store.activityForScoring(scoring.definition, leadID: lead.id)
        let breakdown = ScoringEvaluator.breakdown(scoring.definition, lead: lead, attributes: values, activity: activity, at: now)
        lead.score = breakdown.total
        return (breakdown.fit, scoring.id)
    }

    /// The row's attributes, the values kept aside by `LeadRow`, and a source system's id; a
    /// name already taken by a column of the file keeps the column's value.
    private func collectAttributes(_ row: LeadRow, extra: [LeadAttribute]) {
        attributes.removeAll(keepingCapacity: true)
        attributes.append(contentsOf: row.attributes)
        for attribute in extra where !attributes.contains(where: { $0.name == attribute.name }) { attributes.append(attribute) }
        if let external = row.externalID, let name = externalIDName, !attributes.contains(where: { $0.name == name }) {
            attributes.append(LeadAttribute(name, external))
        }
    }

    /// The board's code for a lost reason written as its code or label; other text is kept as written.
    private func lostReasonCode(_ text: String) -> String {
        if let known = lostReasonMemo[text] { return known }
        let code = lostReasons[Slug.fold(text)] ?? text
        if lostReasonMemo.count < 10_000 { lostReasonMemo[text] = code }
        return code
    }

    /// What a won or lost event records: the amount, or the reason.
    private func outcomeDetail(_ lead: Lead) -> String? {
        guard pipeline.stage(lead.stage)?.side == .outcome else { return nil }
        return LeadRow.isLost(lead.stage, in: pipeline) ? lead.lostReason : lead.value.map(MoneyFormat.plain)
    }

    static func changedFields(from old: Lead, to new: Lead) -> [String] {
        var changed: [String] = []
        if old.name != new.name { changed.append("name") }
        if old.company != new.company { changed.append("company") }
        if old.email != new.email { changed.append("email") }
        if old.phone != new.phone { changed.append("phone") }
        if old.source != new.source { changed.append("source") }
        if old.campaign != new.campaign { changed.append("campaign") }
        if old.owner != new.owner { changed.append("owner") }
        if old.stage != new.stage { changed.append("stage") }
        if old.value != new.value { changed.append("value") }
        if old.score != new.score { changed.append("score") }
        if old.enteredAt != new.enteredAt && old.stage == new.stage { changed.append("entered") }
        if old.closedAt != new.closedAt && old.stage == new.stage { changed.append("closed") }
        if old.lostReason != new.lostReason { changed.append("lost_reason") }
        return changed
    }
}
