import Foundation
import HandoffCore

/// The weekly meeting: which meeting is running, what it discussed and agreed, and its agenda,
/// computed from the event log since the last meeting was closed. A meeting row is written only
/// when something is recorded (an item discussed, an action agreed, the close), so looking at
/// the agenda never writes; recording needs the `run_meeting` ability, checked inside the write's
/// transaction as `apply` checks a lead's, so a team changed by someone else a moment before is
/// the one that counts.
extension Store {
    static let meetingColumns = "id, since, started_at, started_by, closed_at, closed_by"

    static func meeting(from row: any DatabaseStatement) -> Meeting {
        Meeting(
            id: row.int64(0), since: row.int64(1), startedAt: row.int64(2), startedBy: row.string(3), closedAt: row.optionalInt64(4),
            closedBy: row.optionalString(5))
    }

    /// The meeting in progress, if one was started and not closed.
    public func openMeeting() throws -> Meeting? {
        try connection.prepare("SELECT \(Store.meetingColumns) FROM meetings WHERE closed_at IS NULL LIMIT 1").rows([], Store.meeting).first
    }

    /// The last meeting held: the newest closed one (closed before `before`, when given).
    public func lastClosedMeeting(before: Int64? = nil) throws -> Meeting? {
        try connection.prepare(
            """
            SELECT \(Store.meetingColumns) FROM meetings WHERE closed_at IS NOT NULL AND (\(connection.dialect.integer("?1")) IS NULL OR closed_at < ?1)
            ORDER BY closed_at DESC, id DESC LIMIT 1
            """
        ).rows([DatabaseValue(before)], Store.meeting).first
    }

    public func meeting(id: Int64) throws -> Meeting? {
        try connection.prepare("SELECT \(Store.meetingColumns) FROM meetings WHERE id = ?").rows([.integer(id)], Store.meeting).first
    }

    /// Where the next agenda starts: the running meeting's start, else the end of the last one
    /// held, else a week ago for a board that never met.
    public func agendaStart(now: Int64) throws -> Int64 {
        if let open = try openMeeting() { return open.since }
        return try lastClosedMeeting()?.nextStart ?? now - 7 * KPIPeriod.day
    }

    /// Marks an agenda item discussed (or not any more) in the running meeting.
    public func setDiscussed(_ item: String, _ discussed: Bool, actor: String, now: Int64) throws {
        try connection.transaction {
            try require(.runMeeting, actor: actor)
            let meeting = try runningMeeting(actor: actor, now: now)
            if discussed {
                try connection.prepare(
                    """
                    INSERT INTO meeting_items(meeting_id, item, discussed_at, discussed_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT(meeting_id, item) DO UPDATE SET discussed_at = excluded.discussed_at, discussed_by = excluded.discussed_by
                    """
                )
                .run(.integer(meeting.id), .text(item), .integer(now), .text(actor))
            } else {
                try connection.prepare("DELETE FROM meeting_items WHERE meeting_id = ? AND item = ?").run(.integer(meeting.id), .text(item))
            }
            try appendBoardEvent(
                kind: discussed ? BoardEvent.Kind.itemDiscussed : BoardEvent.Kind.itemNotDiscussed, subject: item,
                detail: "meeting \(meeting.id)", actor: actor, at: now)
        }
    }

    /// Records an action the meeting agreed: what, who does it (a member) and by when.
    @discardableResult
    public func addActionItem(item: String?, body: String, owner: String, due: Int64?, actor: String, now: Int64) throws -> ActionItem {
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw HandoffError.invalidInput(Message(.actionItemNeedsA)) }
        guard text.count <= 500 else {
            throw HandoffError.invalidInput(Message(.actionItemHasAt, "\(text.count)"))
        }
        guard try member(login: owner) != nil else {
            let logins = try members().map(\.login).joined(separator: ", ")
            throw HandoffError.invalidInput(
                Message(.isNotAMemberOfThisBoard, "\(TerminalText.sanitize(owner))", "\(logins.isEmpty ? "none yet" : logins)"))
        }
        if let due, due <= now { throw HandoffError.invalidInput(Message(.hasPassedAnAction, "\(date: due)")) }
        return try connection.transaction {
            try require(.runMeeting, actor: actor)
            let meeting = try runningMeeting(actor: actor, now: now)
            let id = try connection.insertReturningID(
                """
                INSERT INTO action_items(meeting_id, item, body, owner, due, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                [.integer(meeting.id), DatabaseValue(item), .text(text), .text(owner), DatabaseValue(due), .integer(now), .text(actor)])
            let action = ActionItem(
                id: id, meetingID: meeting.id, item: item, body: text, owner: owner, due: due,
                createdAt: now, createdBy: actor)
            try appendBoardEvent(
                kind: BoardEvent.Kind.actionAdded, subject: String(action.id), detail: action.summary(), actor: actor, at: now)
            return action
        }
    }

    /// Marks an action item done, or open again (`done: false`). Whoever may run the meeting may
    /// do it, in the meeting or afterwards, when the work is done.
    @discardableResult
    public func setActionItemDone(_ id: Int64, _ done: Bool = true, actor: String, now: Int64) throws -> ActionItem {
        return try connection.transaction {
            try require(.runMeeting, actor: actor)
            guard var action = try actionItem(id: id) else {
                throw HandoffError.invalidInput(Message(.thereIsNoAction, "\(id)"))
            }
            if done == !action.isOpen {
                let state: Message = done ? Message(.doneSince, "\(Timestamp.short(action.doneAt ?? now))") : Message(.open)
                throw HandoffError.invalidInput(Message(.actionItemIsAlready, "\(id)", "\(state)"))
            }
            action.doneAt = done ? now : nil
            action.doneBy = done ? actor : nil
            try connection.prepare("UPDATE action_items SET done_at = ?, done_by = ? WHERE id = ?")
                .run(DatabaseValue(action.doneAt), DatabaseValue(action.doneBy), .integer(id))
            try appendBoardEvent(
                kind: done ? BoardEvent.Kind.actionDone : BoardEvent.Kind.actionReopened, subject: String(id), detail: action.summary(),
                actor: actor, at: now)
            return action
        }
    }

    static let actionItemColumns = "id, meeting_id, item, body, owner, due, created_at, created_by, done_at, done_by"

    static func actionItem(from row: any DatabaseStatement) -> ActionItem {
        ActionItem(
            id: row.int64(0), meetingID: row.int64(1), item: row.optionalString(2), body: row.string(3), owner: row.string(4),
            due: row.optionalInt64(5), createdAt: row.int64(6), createdBy: row.string(7), doneAt: row.optionalInt64(8),
            doneBy: row.optionalString(9))
    }

    public func actionItem(id: Int64) throws -> ActionItem? {
        try connection.prepare("SELECT \(Store.actionItemColumns) FROM action_items WHERE id = ?").rows([.integer(id)], Store.actionItem)
            .first
    }

    /// Every action item (or only the open ones), open first by due date (undated last), then
    /// the done ones, latest first. Action items are a handful a week: no paging.
    public func allActionItems(openOnly: Bool = false) throws -> [ActionItem] {
        try connection.prepare(
            """
            SELECT \(Store.actionItemColumns) FROM action_items WHERE (?1 = 0 OR done_at IS NULL)
            ORDER BY done_at IS NOT NULL, CASE WHEN done_at IS NULL THEN coalesce(due, 9223372036854775807) ELSE -done_at END, id
            """
        ).rows([.integer(openOnly ? 1 : 0)], Store.actionItem)
    }

    /// What a meeting starting at `since` follows up: action items of meetings closed before it
    /// that are still open, whichever meeting agreed them, and those done since `since`, to be
    /// seen done. Items agreed inside the window are its own action items, never its follow-ups.
    func followUps(since: Int64) throws -> [ActionItem] {
        try connection.prepare(
            """
            SELECT \(Store.actionItemColumns) FROM action_items
            WHERE meeting_id IN (SELECT id FROM meetings WHERE closed_at IS NOT NULL AND closed_at < ?1) AND (done_at IS NULL OR done_at >= ?1)
            ORDER BY done_at IS NOT NULL, coalesce(due, 9223372036854775807), id
            """
        ).rows([.integer(since)], Store.actionItem)
    }

    public func actionItems(meetingID: Int64) throws -> [ActionItem] {
        try connection.prepare("SELECT \(Store.actionItemColumns) FROM action_items WHERE meeting_id = ? ORDER BY id")
            .rows([.integer(meetingID)], Store.actionItem)
    }

    public func discussedItems(meetingID: Int64) throws -> Set<String> {
        Set(try connection.prepare("SELECT item FROM meeting_items WHERE meeting_id = ?").rows([.integer(meetingID)]) { $0.string(0) })
    }

    /// The running meeting, started now if there is none. Inside a transaction.
    func runningMeeting(actor: String, now: Int64) throws -> Meeting {
        if let open = try openMeeting() { return open }
        let since = try lastClosedMeeting()?.nextStart ?? now - 7 * KPIPeriod.day
        let id = try connection.insertReturningID(
            "INSERT INTO meetings(since, started_at, started_by) VALUES (?, ?, ?) RETURNING id",
            [.integer(since), .integer(now), .text(actor)])
        return Meeting(id: id, since: since, startedAt: now, startedBy: actor)
    }

    // MARK: The agenda

    /// How many rows each list of the agenda shows at most; its count is always complete.
    static let agendaListLimit = 200

    /// The agenda of the meeting in progress (or the next one), from `since` (default: where the
    /// next agenda starts) to `now`, in the person's language, with what the meetings held in that
    /// window recorded: the running one's, or for an earlier `since` those closed since then too.
    public func meetingAgenda(now: Int64, since override: Int64? = nil, strings: Strings = .english) throws -> MeetingAgenda {
        let since = try override ?? agendaStart(now: now)
        let material = try agendaMaterial(since: since, now: now)
        var held = try meetings(closedFrom: since, to: now + 1)
        if let open = try openMeeting() { held.append(open) }
        return try agenda(from: material, records: held, shown: try openMeeting() ?? (override == nil ? nil : held.last), strings: strings)
    }

    /// Everything the agenda of [since, now] tells, before it is written in a language.
    func agendaMaterial(since: Int64, now: Int64) throws -> AgendaMaterial {
        // One window for everything the agenda counts, its lists and its KPIs alike: from `since`
        // to the end of the current second.
        let until = now + 1
        var material = AgendaMaterial(since: since, until: now)
        material.handoffs = try agendaEvents(kind: EventKind.handedOff, since: since, until: until)
        material.accepted = try agendaEvents(kind: EventKind.accepted, since: since, until: until)
        material.rejected = try agendaEvents(kind: EventKind.rejected, since: since, until: until)
        material.moves = try agendaEvents(kind: EventKind.moved, since: since, until: until)
        material.wins = try agendaEvents(kind: EventKind.won, since: since, until: until)
        material.losses = try agendaEvents(kind: EventKind.lost, since: since, until: until)
        material.lateAnswers = try lateAnswers(since: since, until: until)
        let overdue = Store.InboxQuery(filter: .overdue, user: "", now: now)
        material.overdue = AgendaMaterial.Capped(
            try inbox(overdue, after: nil, limit: Store.agendaListLimit), total: try inboxCount(overdue))
        material.stale = AgendaMaterial.Capped(try staleLeads(now: now, limit: Store.agendaListLimit), total: try staleLeadCount(now: now))
        material.previousMeeting = try lastClosedMeeting(before: since)
        material.followUps = try followUps(since: since)
        material.kpis = try kpiReport(period: Store.meetingPeriod(since: since, now: now), now: now)
        material.customers = try customerAgenda(since: since, until: until, now: now)
        try addContentMaterial(to: &material, since: since, until: until)
        return material
    }

    /// The material written as agenda items in `strings`' language, with what the meetings in
    /// `records` discussed, decided and agreed, and who attended them; `shown` is the meeting the
    /// agenda is of.
    func agenda(from material: AgendaMaterial, records: [Meeting], shown: Meeting?, strings: Strings) throws -> MeetingAgenda {
        let members = try self.members()
        let names = try memberNames()
        let items = MeetingAgenda.items(from: material, pipeline: pipeline, members: members, currency: try currency(), strings: strings)
        var discussed: Set<String> = [], actions: [ActionItem] = [], notes: [MeetingNote] = [], attendees: [String] = []
        for meeting in records {
            discussed.formUnion(try discussedItems(meetingID: meeting.id))
            actions += try actionItems(meetingID: meeting.id)
            notes += try meetingNotes(meetingID: meeting.id)
            for login in try self.attendees(meetingID: meeting.id) where !attendees.contains(login) { attendees.append(login) }
        }
        return MeetingAgenda(
            since: material.since, until: material.until, meeting: shown, previousMeeting: material.previousMeeting, items: items,
            discussed: discussed, actionItems: actions, followUps: material.followUps, kpis: material.kpis, notes: notes,
            attendees: attendees, names: names, chainHead: shown?.closedAt == nil ? nil : try chainHead(meetingID: shown?.id))
    }

    /// Meetings closed in [from, to), oldest first.
    func meetings(closedFrom from: Int64, to: Int64) throws -> [Meeting] {
        try connection.prepare("SELECT \(Store.meetingColumns) FROM meetings WHERE closed_at >= ? AND closed_at < ? ORDER BY closed_at, id")
            .rows([.integer(from), .integer(to)], Store.meeting)
    }

    /// The KPIs of a meeting cover its window to the second, the same window as its agenda: from
    /// `since` to the end of the current second, compared with as long a window just before.
    public static func meetingPeriod(since: Int64, now: Int64) -> KPIPeriod {
        KPIPeriod(kind: .custom, start: since, end: max(since + 1, now + 1))
    }

    static let agendaSelect = """
        SELECT \(Store.leadColumns(of: "l")),
               e.id, e.at, e.actor, e.kind, e.from_stage, e.to_stage, e.detail, e.reverts, c.name, c.owner,
               (SELECT x.actor FROM events x WHERE x.lead_id = e.lead_id AND x.kind = 'created' ORDER BY x.at, x.id LIMIT 1),
               (SELECT x.actor FROM events x WHERE x.lead_id = e.lead_id AND x.kind = 'handed_off' AND x.reverted = 0 AND x.at <= e.at
                ORDER BY x.at DESC, x.id DESC LIMIT 1),
               r.handed_off_at, r.due_at, r.answered_at, r.working_seconds
        FROM events e JOIN leads l ON l.id = e.lead_id LEFT JOIN campaigns c ON c.id = l.campaign LEFT JOIN responses r ON r.event_id = e.id
        """

    static func agendaEvent(from row: any DatabaseStatement) -> AgendaEvent {
        let lead = Store.lead(from: row)
        let event = LeadEvent(
            id: row.int64(16), leadID: lead.id, at: row.int64(17), actor: row.string(18), kind: row.string(19),
            fromStage: row.optionalString(20), toStage: row.optionalString(21), detail: row.optionalString(22),
            reverts: row.optionalInt64(23))
        let response =
            row.isNull(28)
            ? nil
            : HandoffResponse(
                handedOffAt: row.int64(28), dueAt: row.int64(29),
                answeredAt: row.optionalInt64(30) ?? event.at, workingSeconds: row.int64(31))
        return AgendaEvent(
            event: event, lead: lead, campaignName: row.optionalString(24), campaignOwner: row.optionalString(25),
            creator: row.optionalString(26), handedOffBy: row.optionalString(27), response: response)
    }

    /// Events of one kind in [since, until) that were not undone, oldest first.
    func agendaEvents(kind: String, since: Int64, until: Int64) throws -> AgendaMaterial.Capped<AgendaEvent> {
        let values: [DatabaseValue] = [.text(kind), .integer(since), .integer(until)]
        let rows = try connection.prepare(
            Store.agendaSelect + " WHERE e.kind = ? AND e.reverted = 0 AND e.at >= ? AND e.at < ? ORDER BY e.at, e.id LIMIT ?"
        )
        .rows(values + [.integer(Int64(Store.agendaListLimit))], Store.agendaEvent)
        let total = try connection.prepare("SELECT count(*) FROM events WHERE kind = ? AND reverted = 0 AND at >= ? AND at < ?").rows(
            values
        ) { $0.int(0) }
        return AgendaMaterial.Capped(rows, total: total.first ?? rows.count)
    }

    /// Answers to handoffs given in [since, until) after they were due.
    func lateAnswers(since: Int64, until: Int64) throws -> AgendaMaterial.Capped<AgendaEvent> {
        let values: [DatabaseValue] = [.integer(since), .integer(until)]
        let late = "r.reverted = 0 AND r.answered_at >= ? AND r.answered_at < ? AND r.answered_at > r.due_at"
        var rows = try connection.prepare(Store.agendaSelect + " WHERE \(late) ORDER BY r.answered_at, e.id LIMIT ?")
            .rows(values + [.integer(Int64(Store.agendaListLimit))], Store.agendaEvent)
        for index in rows.indices {
            guard let response = rows[index].response else { continue }
            let calendar = try serviceLevel(forOwner: rows[index].lead.owner).calendar
            rows[index].lateWorkingSeconds = max(0, calendar.workingSeconds(from: response.dueAt, to: response.answeredAt))
        }
        let total = try connection.prepare("SELECT count(*) FROM responses r WHERE \(late)").rows(values) { $0.int(0) }
        return AgendaMaterial.Capped(rows, total: total.first ?? rows.count)
    }

    /// Stale leads now, idle longest first: per stage, the oldest arrivals that no recent note or
    /// planned next step keeps fresh.
    func staleLeads(now: Int64, limit: Int) throws -> [StaleLead] {
        let statement = try connection.prepare(
            """
            SELECT \(Store.leadColumns), max(entered_at, coalesce((SELECT max(n.at) FROM notes n WHERE n.lead_id = leads.id), 0))
            FROM leads WHERE stage = ?1 AND entered_at < ?2
              AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.lead_id = leads.id AND (n.at >= ?2 OR n.due >= ?3))
            ORDER BY entered_at, id LIMIT ?4
            """)
        var stale: [StaleLead] = []
        for stage in pipeline.stages where !stage.isClosed {
            guard let idle = stage.idleDays else { continue }
            let cutoff = now - Int64(idle) * KPIPeriod.day
            stale += try statement.rows([.text(stage.id), .integer(cutoff), .integer(now), .integer(Int64(limit))]) {
                StaleLead(lead: Store.lead(from: $0), idleSince: $0.int64(16))
            }
        }
        return Array(stale.sorted { ($0.idleSince, $0.lead.id) < ($1.idleSince, $1.lead.id) }.prefix(limit))
    }
}
