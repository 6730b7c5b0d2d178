import HandoffCore
import HandoffStore

/// Carries out effects against the store and feeds the results back through `update`. The TUI loop,
/// `handoff snapshot`, the benchmark and the tests all drive the app through this one type.
public final class AppRuntime {
    public let store: Store
    public let actor: String
    public private(set) var state: AppState
    private var lastDataVersion: Int64 = 0

    public init(store: Store, actor: String, width: Int, height: Int, now: Int64 = Timestamp.now()) {
        self.store = store
        self.actor = actor
        let name = store.path.split(separator: "/").last.map(String.init) ?? store.path
        state = AppState(pipeline: store.pipeline, width: width, height: height, now: now, databaseName: name, user: actor)
        lastDataVersion = (try? store.dataVersion()) ?? 0
        send(.columnsLoaded(loadColumns(), totals: (try? store.stageTotals()) ?? [:]))
        refreshPanels()
    }

    /// Applies an action and every effect it leads to, in order.
    public func send(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in state.update(next) {
                queue.append(contentsOf: perform(effect))
            }
        }
    }

    /// Called on every tick of the loop: notices commits by other processes and reloads what is on
    /// screen. Returns true when something changed.
    @discardableResult
    public func pollForChanges(now: Int64 = Timestamp.now()) -> Bool {
        send(.tick(now: now))
        guard let version = try? store.dataVersion(), version != lastDataVersion else { return false }
        lastDataVersion = version
        send(.columnsLoaded(loadColumns(), totals: (try? store.stageTotals()) ?? [:]))
        refreshPanels()
        return true
    }

    public func render() -> ScreenBuffer { AppRenderer.render(state) }

    /// The inbox, its feedback panel and the forms' lists, re-read after a change by anyone.
    private func refreshPanels() {
        for effect in [Effect.loadReference] + state.inboxEffects() + state.scoringEffects() {
            for action in perform(effect) { send(action) }
        }
    }

    private func perform(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case .quit:
                return []
            case .reloadColumns:
                return [.columnsLoaded(loadColumns(), totals: try store.stageTotals())]
            case let .scroll(index, delta, select):
                return [.columnLoaded(index: index, withActivity(try scrolled(state.columns[index], by: delta, select: select)))]
            case let .jumpToTop(index):
                var column = state.columns[index]
                column.rows = try store.page(stage: column.stage.id, after: nil, limit: state.cardsPerColumn)
                column.firstRank = 0
                column.selected = 0
                return [.columnLoaded(index: index, withActivity(column))]
            case let .jumpToBottom(index):
                var column = state.columns[index]
                column.rows = try store.page(stage: column.stage.id, before: nil, limit: state.cardsPerColumn)
                column.firstRank = max(0, column.total.leads - column.rows.count)
                column.selected = max(0, column.rows.count - 1)
                return [.columnLoaded(index: index, withActivity(column))]
            case let .run(command, message):
                // The clock the screen shows (ticked every loop), so what is drawn and what is
                // stored agree, and tests can fix the time.
                let event = try store.apply(command, actor: actor, at: state.now)
                return [.commandSucceeded(event, message: try outcome(of: command, event: event, fallback: message))]
            case .reloadInbox:
                return [.inboxLoaded(try reloadedInbox())]
            case let .scrollInbox(delta, select):
                return [.inboxLoaded(try scrolledInbox(by: delta, select: select))]
            case let .jumpInbox(toTop):
                return [.inboxLoaded(try jumpedInbox(toTop: toTop))]
            case .loadFeedback:
                return [.feedbackLoaded(try loadedFeedback())]
            case .loadReference:
                return [.referenceLoaded(try loadedReference())]
            case .loadScoring:
                return [.scoringLoaded(try store.scoringOverview(now: state.now, reusing: state.scoring.overview))]
            case let .loadLeadScore(leadID):
                return [.leadScoreLoaded(try store.leadScore(id: leadID, now: state.now))]
            case let .locate(leadID):
                let lead = try store.requireLead(id: leadID)
                guard let index = state.columns.firstIndex(where: { $0.stage.id == lead.stage }) else {
                    throw HandoffError.invalidInput("lead \(leadID) is in \(lead.stage), which is not on the board")
                }
                var column = state.columns[index]
                let cursor = BoardCursor(enteredAt: lead.enteredAt, id: lead.id)
                column.rows = try store.page(stage: lead.stage, from: cursor, limit: state.cardsPerColumn)
                column.firstRank = try store.rank(stage: lead.stage, cursor: cursor)
                column.selected = 0
                return [.located(column: index, withActivity(column))]
            case let .loadDetail(leadID):
                let lead = try store.requireLead(id: leadID)
                let attributes = try store.attributes(leadID: leadID).map { DetailState.Attribute(name: $0.name, value: $0.value) }
                return [.detailLoaded(DetailState(lead: lead, attributes: attributes, history: try store.events(leadID: leadID),
                                                  notes: try store.notes(leadID: leadID), score: try store.leadScore(id: leadID, now: state.now)))]
            }
        } catch let error as HandoffError {
            return [.commandFailed(error)]
        } catch {
            return [.commandFailed(.storage(String(describing: error)))]
        }
    }

    /// Re-reads every column's window in place: same position, same selected lead if it is still there.
    private func loadColumns() -> [ColumnState] {
        let totals = (try? store.stageTotals()) ?? [:]
        let limit = state.cardsPerColumn
        return state.columns.map { old in
            var column = old
            column.total = totals[old.stage.id] ?? StageTotal(leads: 0, value: 0)
            let selectedID = old.selectedLead?.id
            do {
                if let anchor = old.anchor, old.firstRank > 0 {
                    column.rows = try store.page(stage: old.stage.id, from: anchor, limit: limit)
                    if column.rows.count < limit {
                        // The end of the column moved up past the window: fill from above.
                        let above = try store.page(stage: old.stage.id, before: column.rows.first.map { BoardCursor(enteredAt: $0.enteredAt, id: $0.id) } ?? anchor, limit: limit - column.rows.count)
                        column.rows = above + column.rows
                    }
                    column.firstRank = column.rows.first.map { (try? store.rank(stage: old.stage.id, cursor: BoardCursor(enteredAt: $0.enteredAt, id: $0.id))) ?? 0 } ?? 0
                } else {
                    column.rows = try store.page(stage: old.stage.id, after: nil, limit: limit)
                    column.firstRank = 0
                }
            } catch {
                column.rows = []
            }
            if let selectedID, let index = column.rows.firstIndex(where: { $0.id == selectedID }) {
                column.selected = index
            } else {
                column.selected = min(old.selected, max(0, column.rows.count - 1))
            }
            return withActivity(column)
        }
    }

    private func scrolled(_ old: ColumnState, by delta: Int, select: Effect.Selection) throws -> ColumnState {
        var column = old
        let limit = state.cardsPerColumn
        if delta > 0, let last = old.rows.last {
            let next = try store.page(stage: old.stage.id, after: BoardCursor(enteredAt: last.enteredAt, id: last.id), limit: delta)
            let combined = old.rows + next
            let dropped = max(0, combined.count - limit)
            column.rows = Array(combined.dropFirst(dropped))
            column.firstRank = old.firstRank + dropped
        } else if delta < 0, let first = old.rows.first {
            let previous = try store.page(stage: old.stage.id, before: BoardCursor(enteredAt: first.enteredAt, id: first.id), limit: -delta)
            column.rows = Array((previous + old.rows).prefix(limit))
            column.firstRank = max(0, old.firstRank - previous.count)
        }
        switch select {
        case .same: column.selected = min(old.selected, max(0, column.rows.count - 1))
        case .first: column.selected = 0
        case .last: column.selected = max(0, column.rows.count - 1)
        }
        return column
    }
}
