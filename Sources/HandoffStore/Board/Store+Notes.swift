import Foundation
import HandoffCore

extension Store {
    /// A note, or a next step when `due` is set. The note row and its event are written together;
    /// the lead row itself does not change (no new version), so a note never blocks an undo.
    func addNote(leadID: Int64, body: String, due: Int64?, in context: WriteContext) throws -> LeadEvent {
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw HandoffError.invalidInput(Message(.noteNeedsSomeText)) }
        guard text.count <= 4_000 else {
            throw HandoffError.invalidInput(Message(.noteHasAtMost, "\(text.count)"))
        }
        if let due, due <= context.now {
            throw HandoffError.invalidInput(Message(.hasPassedANext, "\(Timestamp.date(due))"))
        }
        _ = try requireLead(id: leadID)
        try connection.prepare("INSERT INTO notes(lead_id, at, author, body, due) VALUES (?, ?, ?, ?, ?)")
            .run(.integer(leadID), .integer(context.now), .text(context.actor), .text(text), DatabaseValue(due))
        let detail = due.map { "next step due \(Timestamp.date($0)): \(text)" } ?? text
        return try append(LeadEvent(leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.note, detail: detail))
    }

    /// A lead's notes and next steps, newest first.
    public func notes(leadID: Int64, limit: Int = 200) throws -> [LeadNote] {
        let statement = try connection.prepare(
            "SELECT id, lead_id, at, author, body, due FROM notes WHERE lead_id = ? ORDER BY at DESC, id DESC LIMIT ?")
        return try statement.rows([.integer(leadID), .integer(Int64(limit))]) {
            LeadNote(
                id: $0.int64(0), leadID: $0.int64(1), at: $0.int64(2), author: $0.string(3), body: $0.string(4), due: $0.optionalInt64(5))
        }
    }

    /// The last note and the latest next step of each of `leadIDs` (the cards of a column), in one
    /// statement: on a server, a read per card was a round trip per card, most of a key's time.
    /// A lead without notes has the empty activity.
    public func activity(leadIDs: [Int64]) throws -> [Int64: LeadActivity] {
        var found = Dictionary(leadIDs.map { ($0, LeadActivity()) }, uniquingKeysWith: { first, _ in first })
        guard !leadIDs.isEmpty else { return found }
        let marks = Array(repeating: "?", count: leadIDs.count).joined(separator: ", ")
        let statement = try connection.prepare("SELECT lead_id, max(at), max(due) FROM notes WHERE lead_id IN (\(marks)) GROUP BY lead_id")
        for (id, activity) in try statement.rows(
            leadIDs.map { .integer($0) }, { ($0.int64(0), LeadActivity(lastNoteAt: $0.optionalInt64(1), nextStepDue: $0.optionalInt64(2))) }
        ) {
            found[id] = activity
        }
        return found
    }

    /// The last note and the latest next step of one lead.
    public func activity(leadID: Int64) throws -> LeadActivity {
        try activity(leadIDs: [leadID])[leadID] ?? LeadActivity()
    }
}
