import Foundation
import HandoffCore

/// What a running meeting records besides discussed items: who attended, the decisions and
/// notes written on its items, and changes to its action items. Each change is one transaction
/// with its board event, and needs the `run_meeting` ability.
extension Store {
    // MARK: Attendees

    /// Who attended `meetingID` (logins), in the order they were recorded.
    public func attendees(meetingID: Int64) throws -> [String] {
        try connection.prepare("SELECT login FROM meeting_attendees WHERE meeting_id = ? AND attended = 1 ORDER BY at, login")
            .rows([.integer(meetingID)]) { $0.string(0) }
    }

    /// Members present while the meeting runs (with the board open, as presence tells), added to
    /// its attendees unless someone took them off the list by hand. Starts no meeting: presence
    /// alone records nothing. Returns who was added.
    @discardableResult
    public func notePresent(_ logins: [String], actor: String, now: Int64) throws -> [String] {
        // Only a screen that may run the meeting writes down who is there.
        return try connection.transaction {
            guard (try? require(.runMeeting, actor: actor)) != nil else { return [] }
            guard let meeting = try openMeeting() else { return [] }
            return try recordPresent(logins, in: meeting, actor: actor, now: now)
        }
    }

    /// Puts a member on the running meeting's attendance list, or takes them off it.
    public func setAttended(_ login: String, _ attended: Bool, actor: String, now: Int64) throws {
        guard try member(login: login) != nil else {
            let logins = try members().map(\.login).joined(separator: ", ")
            throw HandoffError.invalidInput(
                Message(.isNotAMemberOfThisBoard, "\(TerminalText.sanitize(login))", "\(logins.isEmpty ? "none yet" : logins)"))
        }
        try connection.transaction {
            try require(.runMeeting, actor: actor)
            let meeting = try runningMeeting(actor: actor, now: now)
            try connection.prepare(
                """
                INSERT INTO meeting_attendees(meeting_id, login, attended, at, by) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT(meeting_id, login) DO UPDATE SET attended = ?3, at = ?4, by = ?5
                """
            ).run(.integer(meeting.id), .text(login), .integer(attended ? 1 : 0), .integer(now), .text(actor))
            try appendBoardEvent(
                kind: attended ? BoardEvent.Kind.attendeeAdded : BoardEvent.Kind.attendeeRemoved, subject: login,
                detail: "meeting \(meeting.id)", actor: actor, at: now)
        }
    }

    // MARK: Decisions and notes

    static let meetingNoteColumns = "id, meeting_id, item, kind, body, at, author"

    static func meetingNote(from row: any DatabaseStatement) -> MeetingNote {
        MeetingNote(
            id: row.int64(0), meetingID: row.int64(1), item: row.string(2), kind: MeetingNote.Kind(rawValue: row.string(3)) ?? .note,
            body: row.string(4), at: row.int64(5), author: row.string(6))
    }

    public func meetingNotes(meetingID: Int64) throws -> [MeetingNote] {
        try connection.prepare("SELECT \(Store.meetingNoteColumns) FROM meeting_notes WHERE meeting_id = ? ORDER BY at, id")
            .rows([.integer(meetingID)], Store.meetingNote)
    }

    /// Writes a decision or a note on an agenda item of the running meeting.
    @discardableResult
    public func addMeetingNote(item: String, kind: MeetingNote.Kind, body: String, actor: String, now: Int64) throws -> MeetingNote {
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw HandoffError.invalidInput(
                kind == .decision ? Message(.decisionNeedsItsText) : Message(.noteNeedsItsText))
        }
        guard text.count <= 1_000 else {
            throw HandoffError.invalidInput(Message(.decisionOrNoteHas, "\(integer: text.count)"))
        }
        return try connection.transaction {
            try require(.runMeeting, actor: actor)
            let meeting = try runningMeeting(actor: actor, now: now)
            let id = try connection.insertReturningID(
                "INSERT INTO meeting_notes(meeting_id, item, kind, body, at, author) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                [.integer(meeting.id), .text(item), .text(kind.rawValue), .text(text), .integer(now), .text(actor)])
            let note = MeetingNote(id: id, meetingID: meeting.id, item: item, kind: kind, body: text, at: now, author: actor)
            try appendBoardEvent(
                kind: BoardEvent.Kind.meetingNoteAdded, subject: String(note.id), detail: "\(kind.rawValue) on \(item): \(text)",
                actor: actor, at: now)
            return note
        }
    }

    /// Takes back a decision or note of the running meeting (a closed meeting's are in its minutes).
    public func removeMeetingNote(_ id: Int64, actor: String, now: Int64) throws {
        try connection.transaction {
            try require(.runMeeting, actor: actor)
            guard
                let note = try connection.prepare("SELECT \(Store.meetingNoteColumns) FROM meeting_notes WHERE id = ?").rows(
                    [.integer(id)], Store.meetingNote
                ).first,
                note.meetingID == (try openMeeting())?.id
            else {
                throw HandoffError.invalidInput(Message(.thereIsNoDecision, "\(id)"))
            }
            try connection.prepare("DELETE FROM meeting_notes WHERE id = ?").run(.integer(id))
            try appendBoardEvent(
                kind: BoardEvent.Kind.meetingNoteRemoved, subject: String(id),
                detail: "\(note.kind.rawValue) on \(note.item): \(note.body)",
                actor: actor, at: now)
        }
    }

    // MARK: Action items

    /// Changes an action item's text, owner or due date (nil: leave as it is; `clearDue` takes the
    /// date away). In the meeting or afterwards: an owner may be on leave, a date may slip.
    @discardableResult
    public func editActionItem(
        _ id: Int64, body: String? = nil, owner: String? = nil, due: Int64? = nil, clearDue: Bool = false, actor: String,
        now: Int64
    ) throws -> ActionItem {
        return try connection.transaction {
            try require(.runMeeting, actor: actor)
            guard var action = try actionItem(id: id) else {
                throw HandoffError.invalidInput(Message(.thereIsNoAction, "\(id)"))
            }
            let before = action
            if let body {
                let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { throw HandoffError.invalidInput(Message(.actionItemNeedsA)) }
                guard text.count <= 500 else {
                    throw HandoffError.invalidInput(Message(.actionItemHasAt, "\(text.count)"))
                }
                action.body = text
            }
            if let owner {
                guard try member(login: owner) != nil else {
                    let logins = try members().map(\.login).joined(separator: ", ")
                    throw HandoffError.invalidInput(
                        Message(.isNotAMemberOfThisBoard, "\(TerminalText.sanitize(owner))", "\(logins.isEmpty ? "none yet" : logins)"))
                }
                action.owner = owner
            }
            if let due {
                if due <= now, due != before.due {
                    throw HandoffError.invalidInput(Message(.hasPassedAnAction, "\(date: due)"))
                }
                action.due = due
            } else if clearDue {
                action.due = nil
            }
            guard action != before else { throw HandoffError.invalidInput(Message(.actionItemAlreadyReads, "\(id)")) }
            try connection.prepare("UPDATE action_items SET body = ?, owner = ?, due = ? WHERE id = ?")
                .run(.text(action.body), .text(action.owner), DatabaseValue(action.due), .integer(id))
            var changes: [String] = []
            if action.body != before.body { changes.append("text: \(action.body)") }
            if action.owner != before.owner { changes.append("owner: \(before.owner) -> \(action.owner)") }
            if action.due != before.due {
                changes.append("due: \(before.due.map(Timestamp.short) ?? "none") -> \(action.due.map(Timestamp.short) ?? "none")")
            }
            try appendBoardEvent(
                kind: BoardEvent.Kind.actionEdited, subject: String(id), detail: changes.joined(separator: "; "), actor: actor, at: now)
            return action
        }
    }

    /// Deletes an action item agreed by mistake; the board event keeps what it said.
    @discardableResult
    public func deleteActionItem(_ id: Int64, actor: String, now: Int64) throws -> ActionItem {
        return try connection.transaction {
            try require(.runMeeting, actor: actor)
            guard let action = try actionItem(id: id) else {
                throw HandoffError.invalidInput(Message(.thereIsNoAction, "\(id)"))
            }
            try connection.prepare("DELETE FROM action_items WHERE id = ?").run(.integer(id))
            try appendBoardEvent(kind: BoardEvent.Kind.actionDeleted, subject: String(id), detail: action.summary(), actor: actor, at: now)
            return action
        }
    }

    // MARK: Names

    /// Every name a meeting may mention, by login: members, and those removed since.
    public func memberNames() throws -> [String: String] {
        try formerMemberNames().merging(try members().map { ($0.login, $0.name) }, uniquingKeysWith: { _, current in current })
    }

    /// Names of members removed from the board, by login: their past records keep a name.
    func formerMemberNames() throws -> [String: String] {
        Dictionary(
            try connection.prepare("SELECT login, name FROM former_members").rows([]) { ($0.string(0), $0.string(1)) },
            uniquingKeysWith: { first, _ in first })
    }
}
