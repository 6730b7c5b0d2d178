import HandoffCore

extension Store {
    /// The lead a command is about, refused if it changed since the user saw `expectedVersion`.
    func current(_ leadID: Int64, expectedVersion: Int?, in context: WriteContext) throws -> Lead {
        let checked = context.checkedLead
        context.checkedLead = nil
        let lead = try checked.flatMap { $0.id == leadID ? $0 : nil } ?? requireLead(id: leadID)
        if let expectedVersion, expectedVersion != lead.version {
            throw try conflict(on: lead, in: context)
        }
        return lead
    }

    /// The refusal of a write that came second: who changed the lead, how long ago, what they did,
    /// and where the lead is now.
    func conflict(on lead: Lead, in context: WriteContext) throws -> HandoffError {
        let last = try lastChange(leadID: lead.id)
        let stage = pipeline.stage(lead.stage)?.title ?? lead.stage
        return .conflict(
            LeadConflict(
                leadID: lead.id, leadName: lead.name, changedBy: try last.map { try displayName(login: $0.actor) },
                secondsAgo: last.map { max(0, Timestamp.elapsed(from: $0.at, to: context.now)) }, change: last?.summary(pipeline: pipeline),
                state: lead.owner.map { Message(.nowInOwner, "\(stage)", "\($0)") } ?? Message(.nowIn, "\(stage)"), version: lead.version))
    }

    /// The latest event that changed the lead itself (notes leave the row as it is), a rescoring's
    /// change of its score included.
    func lastChange(leadID: Int64) throws -> LeadEvent? {
        let events = try connection.prepare(
            "SELECT \(Store.eventColumns) FROM events WHERE lead_id = ? AND kind <> 'note' ORDER BY at DESC, id DESC LIMIT 1"
        )
        .rows([.integer(leadID)], Store.event)
        return Store.newestFirst(events, try scoreChangeHistory(leadID: leadID), limit: 1).first
    }

    /// Writes `updated` over `current` if nobody changed the row since it was read (optimistic
    /// concurrency), appends `event`, keeps `current` as the snapshot undo restores, and records
    /// the response time when the event answers a handoff. Runs inside `apply`'s transaction.
    @discardableResult
    func commit(_ updated: Lead, over current: Lead, event: LeadEvent, in context: WriteContext) throws -> LeadEvent {
        let update = try connection.prepare(
            """
            UPDATE leads SET name = ?, company = ?, email = ?, phone = ?, source = ?, campaign = ?, owner = ?, stage = ?, value = ?,
                entered_at = ?, closed_at = ?, lost_reason = ?, version = version + 1
            WHERE id = ? AND version = ?
            """)
        try update.run(
            .text(updated.name), .text(updated.company), .text(updated.email), .text(updated.phone), .text(updated.source),
            DatabaseValue(updated.campaign), DatabaseValue(updated.owner), .text(updated.stage), DatabaseValue(updated.value),
            .integer(updated.enteredAt), DatabaseValue(updated.closedAt), DatabaseValue(updated.lostReason),
            .integer(current.id), .integer(Int64(current.version)))
        if connection.changes == 0 {
            throw try conflict(on: try requireLead(id: current.id), in: context)
        }
        if updated.score != current.score { try writeScore(updated.score, leadID: current.id) }
        let stored = try append(event)
        let actionID = context.actionID ?? stored.id
        context.actionID = actionID
        try saveSnapshot(of: current, eventID: stored.id, actionID: actionID, actor: context.actor)
        if stored.kind == EventKind.accepted || stored.kind == EventKind.rejected, current.stage == pipeline.handoffStage?.id {
            try recordResponse(leadID: current.id, owner: current.owner, handedOffAt: current.enteredAt, event: stored)
        }
        try followWin(from: current, to: updated, event: stored, in: context)
        return stored
    }

    /// Sets a lead's score in `lead_scores`, after its row in `leads` was written in the same
    /// transaction (the server's guard of the score asks for that); the row is made if missing.
    func writeScore(_ score: Int, leadID: Int64) throws {
        try connection.prepare(
            "INSERT INTO lead_scores(lead_id, score) VALUES (?, ?) ON CONFLICT(lead_id) DO UPDATE SET score = excluded.score"
        ).run(.integer(leadID), .integer(Int64(score)))
    }

    private func saveSnapshot(of lead: Lead, eventID: Int64, actionID: Int64, actor: String) throws {
        let insert = try connection.prepare(
            """
            INSERT INTO lead_snapshots(event_id, action_id, actor, lead_id, name, company, email, phone, source, campaign, owner, stage,
                value, score, entered_at, closed_at, lost_reason, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try insert.run(
            .integer(eventID), .integer(actionID), .text(actor), .integer(lead.id), .text(lead.name), .text(lead.company),
            .text(lead.email), .text(lead.phone), .text(lead.source), DatabaseValue(lead.campaign), DatabaseValue(lead.owner),
            .text(lead.stage), DatabaseValue(lead.value), .integer(Int64(lead.score)), .integer(lead.enteredAt),
            DatabaseValue(lead.closedAt), DatabaseValue(lead.lostReason), .integer(Int64(lead.version)))
    }

    /// How long the handoff waited, in working time of the owner's team, and when it was due: the
    /// raw material of SLA compliance, kept so reports never redo calendar arithmetic in SQL.
    /// Also used by loaders that write their own history.
    func recordResponse(leadID: Int64, owner: String?, handedOffAt: Int64, event: LeadEvent) throws {
        let level = try serviceLevel(forOwner: owner)
        let insert = try connection.prepare(
            "INSERT INTO responses(event_id, lead_id, handed_off_at, due_at, working_seconds) VALUES (?, ?, ?, ?, ?)")
        try insert.run(
            .integer(event.id), .integer(leadID), .integer(handedOffAt), .integer(level.deadline(handedOffAt: handedOffAt)),
            .integer(max(0, level.calendar.workingSeconds(from: handedOffAt, to: event.at))))
    }

    /// The snapshot saved before `eventID`, as a lead.
    func snapshot(eventID: Int64) throws -> Lead? {
        let statement = try connection.prepare(
            """
            SELECT lead_id, name, company, email, phone, source, campaign, owner, stage, value, score, 0, entered_at, closed_at, lost_reason, version
            FROM lead_snapshots WHERE event_id = ?
            """)
        return try statement.rows([.integer(eventID)], Store.lead).first
    }
}
