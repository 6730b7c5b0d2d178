import Foundation
import HandoffCore

/// Closing a meeting writes its minutes: the agenda of its window as it stands at the close, with
/// what was discussed, decided and agreed and who attended, rendered in every language and format
/// in the close's own transaction. `handoff report --meeting ID` prints them as stored, so they
/// read the same a day or a year later, whatever happened to the leads, the members or the code
/// that writes agendas.
extension Store {
    /// Closes the running meeting (starting one first if nothing was recorded): the next agenda
    /// starts after this second. `present` are the members present at the close (from presence),
    /// added to the attendees as presence adds them during the meeting.
    @discardableResult
    public func closeMeeting(actor: String, now: Int64, present: [String] = []) throws -> Meeting {
        return try connection.transaction {
            try require(.runMeeting, actor: actor)
            var meeting = try runningMeeting(actor: actor, now: now)
            try recordPresent(present, in: meeting, actor: actor, now: now)
            let material = try agendaMaterial(since: meeting.since, now: now)
            // The history's head before the close's own record: the minutes name it, so a later
            // `handoff check --expect-head` proves nothing the meeting saw was rewritten since.
            try connection.prepare("UPDATE meetings SET closed_at = ?, closed_by = ?, chain_head = ? WHERE id = ?")
                .run(.integer(now), .text(actor), DatabaseValue(try recordedHistoryHead()), .integer(meeting.id))
            meeting.closedAt = now
            meeting.closedBy = actor
            let insert = try connection.prepare(
                "INSERT INTO meeting_minutes(meeting_id, language, format, version, body) VALUES (?, ?, ?, ?, ?)")
            for language in Language.allCases {
                let minutes = try agenda(from: material, records: [meeting], shown: meeting, strings: Strings(language))
                for (format, body) in [("markdown", minutes.markdown(Strings(language))), ("json", try minutes.jsonText())] {
                    try insert.run(
                        .integer(meeting.id), .text(language.rawValue), .text(format), .integer(Int64(MeetingAgenda.minutesVersion)),
                        .text(body))
                }
            }
            try appendBoardEvent(
                kind: BoardEvent.Kind.meetingClosed, subject: String(meeting.id),
                detail: "covered \(Timestamp.short(meeting.since)) to \(Timestamp.short(now)); minutes kept", actor: actor, at: now)
            return meeting
        }
    }

    /// The minutes of a closed meeting exactly as they were written at its close; nil for a
    /// meeting closed before minutes were kept.
    public func minutes(meetingID: Int64, language: Language, format: String) throws -> String? {
        try connection.prepare("SELECT body FROM meeting_minutes WHERE meeting_id = ? AND language = ? AND format = ?")
            .rows([.integer(meetingID), .text(language.rawValue), .text(format)]) { $0.string(0) }.first
    }

    /// Every meeting, oldest first, as `handoff meeting list` shows them.
    public func meetingSummaries(now: Int64) throws -> [MeetingSummary] {
        let meetings = try connection.prepare(
            "SELECT \(Store.meetingColumns) FROM meetings ORDER BY coalesce(closed_at, 9223372036854775807), id"
        )
        .rows([], Store.meeting)
        return try meetings.map { meeting in
            if let stored = try minutes(meetingID: meeting.id, language: .english, format: "json"),
                let summary = Store.summary(of: meeting, minutes: stored)
            {
                return summary
            }
            // A meeting still running, or closed before minutes were kept: its records as they are.
            let names = try memberNames()
            let notes = try meetingNotes(meetingID: meeting.id)
            return MeetingSummary(
                meeting: meeting, until: meeting.closedAt.map { $0 + 1 } ?? now + 1, chair: names[meeting.startedBy] ?? meeting.startedBy,
                attendees: try attendees(meetingID: meeting.id).map { names[$0] ?? $0 }, items: 0,
                discussed: try discussedItems(meetingID: meeting.id).count, decisions: notes.filter { $0.kind == .decision }.count,
                actionItems: try actionItems(meetingID: meeting.id).count, hasMinutes: false)
        }
    }

    /// A meeting's summary read from its minutes (JSON, as written at the close).
    static func summary(of meeting: Meeting, minutes: String) -> MeetingSummary? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(minutes.utf8)) as? [String: Any],
            let items = object["items"] as? [[String: Any]]
        else { return nil }
        func name(_ value: Any?) -> String? { (value as? [String: Any])?["name"] as? String }
        let record = object["meeting"] as? [String: Any]
        let notes = items.flatMap { ($0["notes"] as? [[String: Any]]) ?? [] }
        return MeetingSummary(
            meeting: meeting, until: (meeting.closedAt ?? meeting.startedAt) + 1, chair: name(record?["chair"]) ?? meeting.startedBy,
            attendees: ((object["attendees"] as? [Any]) ?? []).compactMap(name), items: items.count,
            discussed: items.filter { ($0["discussed"] as? Bool) == true }.count,
            decisions: notes.filter { ($0["kind"] as? String) == MeetingNote.Kind.decision.rawValue }.count,
            actionItems: ((object["action_items"] as? [Any]) ?? []).count, hasMinutes: true)
    }

    /// The event log's chain head recorded at a meeting's close, if the board keeps one.
    func chainHead(meetingID: Int64?) throws -> String? {
        guard let meetingID else { return nil }
        return try connection.prepare("SELECT chain_head FROM meetings WHERE id = ?").rows([.integer(meetingID)]) { $0.optionalString(0) }
            .first ?? nil
    }

    /// Adds members present to a meeting's attendees (inside the caller's transaction), unless
    /// someone took them off the list by hand.
    @discardableResult
    func recordPresent(_ logins: [String], in meeting: Meeting, actor: String, now: Int64) throws -> [String] {
        let known = Set(
            try connection.prepare("SELECT login FROM meeting_attendees WHERE meeting_id = ?").rows([.integer(meeting.id)]) { $0.string(0) }
        )
        var added: [String] = []
        for login in logins where !known.contains(login) && !added.contains(login) {
            guard try member(login: login) != nil else { continue }
            try connection.prepare("INSERT INTO meeting_attendees(meeting_id, login, attended, at, by) VALUES (?, ?, 1, ?, ?)")
                .run(.integer(meeting.id), .text(login), .integer(now), .text(actor))
            try appendBoardEvent(
                kind: BoardEvent.Kind.attendeeAdded, subject: login, detail: "meeting \(meeting.id), present", actor: actor, at: now)
            added.append(login)
        }
        return added
    }
}
