import HandoffCore

/// Undo and redo, kept in the database so they work across sessions and from the command line.
/// Every undoable event has a snapshot of the lead before it (`lead_snapshots`). Undo restores the
/// snapshots of the user's last action that is not undone yet and records an `undone` event per
/// lead (`reverts` = the event undone). Redo undoes that undo: it restores the snapshots taken
/// before the undo and records the original kind again (`reverts` = the undo). A new action clears
/// what can be redone, as in any editor.
extension Store {
    func undo(in context: WriteContext) throws -> LeadEvent {
        let latest = try connection.prepare(
            """
            SELECT s.action_id FROM lead_snapshots s JOIN events e ON e.id = s.event_id
            WHERE s.actor = ? AND e.kind <> 'undone' AND NOT EXISTS (SELECT 1 FROM events u WHERE u.reverts = s.event_id)
            ORDER BY s.action_id DESC LIMIT 1
            """
        ).rows([.text(context.actor)]) { $0.int64(0) }.first
        guard let actionID = latest else {
            throw HandoffError.invalidInput(
                Message(.nothingToUndoHas, "\(context.actor)"))
        }
        return try revert(actionID: actionID, in: context) { original, _ in
            (EventKind.undone, original.kind)
        }
    }

    func redo(in context: WriteContext) throws -> LeadEvent {
        let latest = try connection.prepare(
            """
            SELECT s.action_id FROM lead_snapshots s JOIN events e ON e.id = s.event_id
            WHERE s.actor = ?1 AND e.kind = 'undone' AND NOT EXISTS (SELECT 1 FROM events r WHERE r.reverts = s.event_id)
              AND s.action_id > coalesce((SELECT max(s2.action_id) FROM lead_snapshots s2 JOIN events e2 ON e2.id = s2.event_id
                                          WHERE s2.actor = ?1 AND e2.reverts IS NULL), 0)
            ORDER BY s.action_id DESC LIMIT 1
            """
        ).rows([.text(context.actor)]) { $0.int64(0) }.first
        guard let actionID = latest else {
            throw HandoffError.invalidInput(Message(.nothingToRedoHas, "\(context.actor)"))
        }
        return try revert(actionID: actionID, in: context) { undo, undone in
            (undone?.kind ?? EventKind.moved, undone?.detail)
        }
    }

    /// Restores every snapshot of one action, newest event first. `describe` gives the new event's
    /// kind and detail from the event being reverted (and, for a redo, the event that undo undid).
    private func revert(
        actionID: Int64, in context: WriteContext,
        describe: (_ reverted: LeadEvent, _ revertedByIt: LeadEvent?) -> (kind: String, detail: String?)
    ) throws -> LeadEvent {
        let events = try connection.prepare(
            """
            SELECT \(Store.eventColumns) FROM events WHERE id IN (SELECT event_id FROM lead_snapshots WHERE action_id = ?) ORDER BY id DESC
            """
        ).rows([.integer(actionID)], Store.event)
        var last: LeadEvent?
        for reverted in events {
            guard let before = try snapshot(eventID: reverted.id) else { continue }
            let lead = try requireLead(id: reverted.leadID)
            let earlier = try reverted.reverts.flatMap { try event(id: $0) }
            let original = reverted.kind == EventKind.undone ? earlier?.kind : reverted.kind
            // An insight or a send left the fields as they were: reverting it keeps the lead as it
            // is now, whoever changed it since, and only withdraws (or restores) what it added.
            let keepsFields = original.map(Store.eventsKeepingFields.contains) ?? false
            // The row must be exactly as this event left it (later changes of this user that were
            // undone since are fine); anything else, someone else's change, would be overwritten.
            let unchangedSince =
                try keepsFields || state(after: reverted, before: before, current: lead).map { sameFields($0, lead) } == true
            guard unchangedSince else {
                let who: Message =
                    try lastChange(leadID: lead.id).map { Message(verbatim: try displayName(login: $0.actor)) } ?? Message(.someone)
                if reverted.kind == EventKind.undone {
                    throw HandoffError.invalidInput(
                        Message(.cannotRedoLeadWas, "\(lead.id)", "\(lead.name)", "\(who)"))
                }
                throw HandoffError.invalidInput(
                    Message(.cannotUndoLeadWas, "\(lead.id)", "\(lead.name)", "\(who)"))
            }
            let (kind, detail) = describe(reverted, earlier)
            var restored = keepsFields ? lead : before
            restored.createdAt = lead.createdAt
            let revert = LeadEvent(
                leadID: lead.id, at: context.now, actor: context.actor, kind: kind, fromStage: lead.stage,
                toStage: restored.stage, detail: detail, reverts: reverted.id)
            let written = try commit(restored, over: lead, event: revert, in: context)
            if keepsFields { try followRevert(of: reverted, by: written) }
            last = written
        }
        guard let last else { throw HandoffError.invalidInput(Message(.nothingToUndo)) }
        return last
    }

    /// The lead as `event` left it: the snapshot the next undoable event on the lead took, or the
    /// lead itself if nothing changed it since. Nil when a write that keeps no snapshot came in
    /// between: then nobody can say what would be overwritten.
    private func state(after event: LeadEvent, before: Lead, current: Lead) throws -> Lead? {
        let next = try connection.prepare(
            "SELECT event_id FROM lead_snapshots WHERE lead_id = ? AND event_id > ? ORDER BY event_id LIMIT 1"
        )
        .rows([.integer(event.leadID), .integer(event.id)]) { $0.int64(0) }.first
        let left = try next.flatMap { try snapshot(eventID: $0) } ?? current
        return left.version == before.version + 1 ? left : nil
    }

    private func sameFields(_ a: Lead, _ b: Lead) -> Bool {
        var a = a, b = b
        a.version = 0; b.version = 0
        a.createdAt = 0; b.createdAt = 0
        return a == b
    }

    func event(id: Int64) throws -> LeadEvent? {
        try connection.prepare("SELECT \(Store.eventColumns) FROM events WHERE id = ?").rows([.integer(id)], Store.event).first
    }
}
