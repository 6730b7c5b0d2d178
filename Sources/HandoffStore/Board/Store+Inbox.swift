import Foundation
import HandoffCore

extension Store {
    /// Sales takes the lead: it moves to the first sales stage with an owner, the person accepting
    /// unless a rep is named.
    func accept(leadID: Int64, owner: String?, expectedVersion: Int?, in context: WriteContext) throws -> LeadEvent {
        let lead = try current(leadID, expectedVersion: expectedVersion, in: context)
        let target = try pipeline.validateAccept(lead)
        if let owner, try member(login: owner) == nil {
            let reps = try members(team: "sales").map(\.login).joined(separator: ", ")
            throw HandoffError.invalidInput(
                Message(.isNotAMemberOfThis, "\(TerminalText.sanitize(owner))", "\(reps.isEmpty ? "none yet" : reps)"))
        }
        var updated = lead
        updated.stage = target.id
        updated.enteredAt = context.now
        updated.owner = owner ?? context.actor
        let event = LeadEvent(
            leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.accepted,
            fromStage: lead.stage, toStage: target.id, detail: "owner: \(updated.owner ?? context.actor)")
        return try commit(updated, over: lead, event: event, in: context)
    }

    /// Sales sends the lead back to marketing's nurturing with a reason from the list, so marketing
    /// learns why. The owner is cleared: the next handoff is routed afresh.
    func reject(leadID: Int64, reason: String, comment: String, expectedVersion: Int?, in context: WriteContext) throws -> LeadEvent {
        let lead = try current(leadID, expectedVersion: expectedVersion, in: context)
        let target = try pipeline.validateReject(lead)
        try requireReason(reason, kind: .reject)
        let comment = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason == "other" && comment.isEmpty {
            throw HandoffError.invalidInput(Message(.reasonOtherNeedsA))
        }
        var updated = lead
        updated.stage = target.id
        updated.enteredAt = context.now
        updated.owner = nil
        let event = LeadEvent(
            leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.rejected,
            fromStage: lead.stage, toStage: target.id, detail: comment.isEmpty ? reason : "\(reason): \(comment)")
        return try commit(updated, over: lead, event: event, in: context)
    }
}
