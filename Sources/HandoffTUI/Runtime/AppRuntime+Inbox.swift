import HandoffCore
import HandoffStore

/// Loading for the inbox, its feedback panel, the forms' lists, and what the board's cards need to
/// show staleness. Every read is a page or an aggregate: never the whole inbox.
extension AppRuntime {
    var inboxQuery: Store.InboxQuery { Store.InboxQuery(filter: state.inbox.filter, user: actor, now: state.now, search: search) }
    var inboxPageSize: Int { InboxLayout(width: state.width, height: state.height, followUps: state.inbox.followUps.count).rowsPerPage }

    /// The inbox under its filter, a page at a time.
    var inboxPager: KeysetWindow<InboxItem>.Pager {
        let store = store, query = inboxQuery
        return KeysetWindow.Pager(
            cursor: { BoardCursor(enteredAt: $0.lead.enteredAt, id: $0.lead.id) },
            after: { try store.inbox(query, after: $0, limit: $1) },
            from: { try store.inbox(query, from: $0, limit: $1) },
            before: { try store.inbox(query, before: $0, limit: $1) },
            rank: { try store.inboxCount(query, before: $0) })
    }

    /// The window re-read where it was, the selection kept on the same lead when it is still
    /// there, the counts, and the marked leads that still wait for an answer.
    func reloadedInbox() throws -> InboxState {
        var inbox = state.inbox
        let query = inboxQuery
        let week = state.now + 7 * 86_400
        inbox.followUps = try store.openFollowUps(owner: actor, dueBefore: week, limit: InboxLayout.maximumFollowUps)
        inbox.followUpsDue = try store.openFollowUpCount(owner: actor, dueBefore: week)
        inbox.followUpsOverdue = try store.openFollowUpCount(owner: actor, dueBefore: state.now)
        let limit = InboxLayout(width: state.width, height: state.height, followUps: inbox.followUps.count).rowsPerPage
        let selectedID = inbox.selectedItem?.lead.id
        inbox.window = try inbox.window.reloaded(limit: limit, using: inboxPager)
        inbox.total = try store.inboxCount(query)
        inbox.waiting =
            inbox.filter == .all
            ? inbox.total : try store.inboxCount(Store.InboxQuery(filter: .all, user: actor, now: state.now, search: search))
        inbox.overdue = try store.inboxCount(Store.InboxQuery(filter: .overdue, user: actor, now: state.now, search: search))
        if let selectedID, let index = inbox.rows.firstIndex(where: { $0.lead.id == selectedID }) {
            inbox.selected = index
        } else if let selectedID, let lead = try store.lead(id: selectedID), lead.stage == store.pipeline.handoffStage?.id,
            let shown = try KeysetWindow.showing(
                BoardCursor(enteredAt: lead.enteredAt, id: lead.id), atRow: inbox.selected, limit: limit,
                isRow: { $0.lead.id == selectedID }, using: inboxPager)
        {
            // Still waiting, but pushed out of the window (an older handoff came back above it):
            // the window moves so it stays selected on its row, as on the board.
            inbox.window = shown
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

    func scrolledInbox(by delta: Int, select: Effect.Selection) throws -> InboxState {
        var inbox = state.inbox
        inbox.window = try inbox.window.scrolled(by: delta, select: select, limit: inboxPageSize, using: inboxPager)
        return inbox
    }

    func jumpedInbox(toTop: Bool) throws -> InboxState {
        var inbox = state.inbox
        inbox.window =
            toTop
            ? try KeysetWindow.top(limit: inboxPageSize, using: inboxPager)
            : try KeysetWindow.bottom(limit: inboxPageSize, total: inbox.total, using: inboxPager)
        return inbox
    }

    func loadedFeedback() throws -> FeedbackReport {
        let days = Int64(state.inbox.period.days)
        return try store.feedback(by: state.inbox.grouping, since: state.now - days * 86_400, until: state.now + 1)
    }

    func loadedReference() throws -> ReferenceData {
        ReferenceData(
            rejectReasons: try store.reasons(.reject), lostReasons: try store.reasons(.lost), members: try store.members(),
            campaigns: try store.campaignIDs(), sources: state.reference.sources, currency: try store.currency(),
            permissions: try store.permissions())
    }

    /// The cards' notes facts, for the stale flag: one read for the whole column.
    func withActivity(_ column: ColumnState) -> ColumnState {
        withActivity([column])[0]
    }

    /// The same for every column of leads at once, in one read: a reload of the board is one
    /// round trip for all its cards' notes, not one per column. The customer band's columns keep
    /// their accounts' own activity.
    func withActivity(_ columns: [ColumnState]) -> [ColumnState] {
        let ids = columns.filter { !$0.isCustomer }.flatMap { $0.rows.map(\.id) }
        let activity = (try? store.activity(leadIDs: ids)) ?? [:]
        return columns.map { column in
            if column.isCustomer { return column }
            var column = column
            column.activity = Dictionary(
                column.rows.map { ($0.id, activity[$0.id] ?? LeadActivity()) }, uniquingKeysWith: { first, _ in first })
            return column
        }
    }
}
