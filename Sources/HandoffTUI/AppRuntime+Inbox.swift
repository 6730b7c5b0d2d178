import HandoffCore
import HandoffStore

/// Loading for the inbox, its feedback panel, the forms' lists, and what the board's cards need to
/// show staleness. Every read is a page or an aggregate: never the whole inbox.
extension AppRuntime {
    var inboxQuery: Store.InboxQuery { Store.InboxQuery(filter: state.inbox.filter, user: actor, now: state.now, search: search) }
    var inboxPageSize: Int { InboxLayout(width: state.width, height: state.height).rowsPerPage }

    /// The window re-read where it was, the selection kept on the same lead when it is still
    /// there, the counts, and the marked leads that still wait for an answer.
    func reloadedInbox() throws -> InboxState {
        var inbox = state.inbox
        let query = inboxQuery
        let limit = inboxPageSize
        let selectedID = inbox.selectedItem?.lead.id
        if let anchor = inbox.anchor, inbox.firstRank > 0 {
            inbox.rows = try store.inbox(query, from: anchor, limit: limit)
            if inbox.rows.count < limit {
                // The end of the inbox moved up past the window: fill from above.
                let top = inbox.rows.first.map { BoardCursor(enteredAt: $0.lead.enteredAt, id: $0.lead.id) } ?? anchor
                inbox.rows = try store.inbox(query, before: top, limit: limit - inbox.rows.count) + inbox.rows
            }
        } else {
            inbox.rows = try store.inbox(query, after: nil, limit: limit)
        }
        inbox.firstRank = try inbox.anchor.map { try store.inboxCount(query, before: $0) } ?? 0
        inbox.total = try store.inboxCount(query)
        inbox.waiting = inbox.filter == .all ? inbox.total : try store.inboxCount(Store.InboxQuery(filter: .all, user: actor, now: state.now, search: search))
        inbox.overdue = try store.inboxCount(Store.InboxQuery(filter: .overdue, user: actor, now: state.now, search: search))
        if let selectedID, let index = inbox.rows.firstIndex(where: { $0.lead.id == selectedID }) {
            inbox.selected = index
        } else if let selectedID, let shown = try inboxWindow(showing: selectedID, atRow: inbox.selected, query: query, limit: limit) {
            // Still waiting, but pushed out of the window (an older handoff came back above it):
            // the window moves so it stays selected on its row, as on the board.
            inbox.rows = shown.rows
            inbox.selected = shown.selected
            inbox.firstRank = try inbox.anchor.map { try store.inboxCount(query, before: $0) } ?? 0
        } else {
            // It left the inbox: the selection stays on its row, on the lead that took its place.
            inbox.selected = min(inbox.selected, max(0, inbox.rows.count - 1))
        }
        let handoff = store.pipeline.handoffStage?.id
        var marked: [Int64: Lead] = [:]
        for id in inbox.marked.keys {
            if let lead = try store.lead(id: id), lead.stage == handoff { marked[id] = lead }
        }
        inbox.marked = marked
        return inbox
    }

    /// The window that shows lead `id` on row `row` (or as near as the inbox's ends allow), when
    /// the lead is still in the inbox under the filter; nil when it left.
    private func inboxWindow(showing id: Int64, atRow row: Int, query: Store.InboxQuery, limit: Int) throws -> (rows: [InboxItem], selected: Int)? {
        guard let lead = try store.lead(id: id), lead.stage == store.pipeline.handoffStage?.id else { return nil }
        let cursor = BoardCursor(enteredAt: lead.enteredAt, id: lead.id)
        let from = try store.inbox(query, from: cursor, limit: limit)
        guard from.first?.lead.id == id else { return nil }
        let above = try store.inbox(query, before: cursor, limit: max(row, limit - from.count))
        return (Array((above + from).prefix(limit)), above.count)
    }

    func scrolledInbox(by delta: Int, select: Effect.Selection) throws -> InboxState {
        var inbox = state.inbox
        let query = inboxQuery
        let limit = inboxPageSize
        if delta > 0, let last = inbox.rows.last {
            let next = try store.inbox(query, after: BoardCursor(enteredAt: last.lead.enteredAt, id: last.lead.id), limit: delta)
            let combined = inbox.rows + next
            let dropped = max(0, combined.count - limit)
            inbox.rows = Array(combined.dropFirst(dropped))
            inbox.firstRank += dropped
        } else if delta < 0, let first = inbox.rows.first {
            let previous = try store.inbox(query, before: BoardCursor(enteredAt: first.lead.enteredAt, id: first.lead.id), limit: -delta)
            inbox.rows = Array((previous + inbox.rows).prefix(limit))
            inbox.firstRank = max(0, inbox.firstRank - previous.count)
        }
        switch select {
        case .same: inbox.selected = min(inbox.selected, max(0, inbox.rows.count - 1))
        case .first: inbox.selected = 0
        case .last: inbox.selected = max(0, inbox.rows.count - 1)
        }
        return inbox
    }

    func jumpedInbox(toTop: Bool) throws -> InboxState {
        var inbox = state.inbox
        if toTop {
            inbox.rows = try store.inbox(inboxQuery, after: nil, limit: inboxPageSize)
            inbox.firstRank = 0
            inbox.selected = 0
        } else {
            inbox.rows = try store.inbox(inboxQuery, before: nil, limit: inboxPageSize)
            inbox.firstRank = max(0, inbox.total - inbox.rows.count)
            inbox.selected = max(0, inbox.rows.count - 1)
        }
        return inbox
    }

    func loadedFeedback() throws -> FeedbackReport {
        let days = Int64(state.inbox.period.days)
        return try store.feedback(by: state.inbox.grouping, since: state.now - days * 86_400, until: state.now + 1)
    }

    func loadedReference() throws -> ReferenceData {
        ReferenceData(rejectReasons: try store.reasons(.reject), lostReasons: try store.reasons(.lost), members: try store.members(),
                      campaigns: try store.campaignIDs(), sources: state.reference.sources, currency: try store.currency(),
                      permissions: try store.permissions())
    }

    /// The cards' notes facts, one indexed read per card on screen, for the stale flag.
    func withActivity(_ column: ColumnState) -> ColumnState {
        var column = column
        var activity: [Int64: LeadActivity] = [:]
        for lead in column.rows { activity[lead.id] = (try? store.activity(leadID: lead.id)) ?? LeadActivity() }
        column.activity = activity
        return column
    }

    /// The status line after a command: undo and redo say what they reverted, on which lead,
    /// in one sentence per kind of change.
    func outcome(of command: Command, event: LeadEvent, fallback: String) throws -> String {
        guard command == .undo || command == .redo else { return fallback }
        let strings = state.strings
        let name = try store.lead(id: event.leadID)?.name ?? strings(.leadNumber, event.leadID)
        func title(_ stage: String?) -> String { stage.flatMap { store.pipeline.stage($0)?.title ?? $0 } ?? "" }
        // An undo names the kind it undid in its detail and leaves the stage the change went to;
        // a redo is recorded with the kind it repeats and arrives where the change went.
        let undo = command == .undo
        let change = EventKind.change(undo ? event.detail : event.kind, lead: name, stage: title(undo ? event.fromStage : event.toStage), strings)
        return strings(undo ? .msgUndoneDetail : .msgRedoneDetail, change, title(event.toStage))
    }
}
