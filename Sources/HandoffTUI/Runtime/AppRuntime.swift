import HandoffCore
import HandoffStore

/// Carries out effects against the store and feeds the results back through `update`. The TUI loop,
/// `handoff snapshot`, the benchmark and the tests all drive the app through this one type.
public final class AppRuntime {
    /// How often the loop looks for other terminals' changes when no key is pressed. With the
    /// reload itself, a change shows on every open board well within 300 ms.
    public static let pollMilliseconds: Int32 = 100

    public let store: Store
    public let actor: String
    public private(set) var state: AppState
    private var lastDataVersion: Int64 = 0
    /// Another terminal's change is known (the data version moved) but reading it failed: it is
    /// read again on every tick until a read succeeds, never forgotten.
    public private(set) var hasChangesToRead = false
    /// The board's server was found out of reach and has not answered since.
    public private(set) var serverUnreachable = false
    /// Where `:theme` finds theme files.
    public let themes: ThemeCatalog
    /// This session's heartbeat and the others' names; nil for one-shot renders and tests.
    let presence: Presence?
    private var lastBeat: Int64 = 0
    private var lastPresenceVersion: Int64 = -1
    /// What this screen last published of its meeting position, followed, and noted as present.
    var meetingLink = MeetingLink()
    /// The last event this screen looked at for wins to celebrate.
    var celebratedUpTo: Int64 = 0

    public init(
        store: Store, actor: String, width: Int, height: Int, now: Int64 = Timestamp.now(), options: AppOptions = AppOptions(),
        presence: Presence? = nil
    ) {
        self.store = store
        self.actor = actor
        self.presence = presence
        themes = options.themes
        let name = store.displayName
        state = AppState(
            pipeline: store.pipeline, width: width, height: height, now: now, databaseName: name, user: actor, readOnly: store.readOnly)
        state.strings = options.strings
        state.glyphs = options.glyphs
        state.theme = options.theme
        state.themeNames = options.themes.names
        state.mouseEnabled = options.mouse
        state.status = options.startupMessage
        state.quiet = options.quiet
        celebratedUpTo = (try? store.lastEventID()) ?? 0
        // The reference data first (in reloadEverything): it says whether this person may write.
        reloadEverything()
        if !store.readOnly, state.writeRefusal != nil {
            send(.notice(StatusMessage(state.strings(.joinHint, actor), tone: .error)))
        }
        refreshPresence()
    }

    /// A runtime that takes over `state` (its view, its columns' windows and selections, its open
    /// panel) and reads everything shown afresh from `store`: what a board opened anew at the same
    /// place shows. The tests compare it with a long-running board to prove the screen never
    /// drifts from the store.
    public init(store: Store, actor: String, resuming resumed: AppState, options: AppOptions = AppOptions()) {
        self.store = store
        self.actor = actor
        presence = nil
        themes = options.themes
        state = resumed
        celebratedUpTo = (try? store.lastEventID()) ?? 0
        reloadEverything()
    }

    /// Every part of the screen read again where it is: the stages, the lists behind the forms,
    /// the view's panel, every column's window and selection, and an open lead's detail.
    public func reloadEverything() {
        lastDataVersion = (try? store.dataVersion()) ?? lastDataVersion
        refreshPanels()
        if let columns = loadedColumns() { send(columns) } else { hasChangesToRead = true }
        if case let .detail(open) = state.overlay, var detail = try? loadedDetail(open.lead.id) {
            detail.scroll = open.scroll
            send(.detailLoaded(detail))
        }
        if case let .account(open) = state.overlay, let detail = try? loadedAccount(open.account.id) { send(.accountLoaded(detail)) }
        reloadPiecePanel()
    }

    /// The `/` filter as the store evaluates it, for the person looking, at the screen's time.
    var search: LeadSearch? { state.filter.map { LeadSearch(filter: $0, user: actor, now: state.now) } }

    /// Draws a frame at once, while an effect holds the loop (a long import); set by the loop.
    public var drawFrame: ((ScreenBuffer) -> Void)?

    /// Applies an action that needs no effect and draws the result now.
    private func showing(_ action: Action) {
        send(action)
        drawFrame?(render())
    }

    /// Applies an action and every effect it leads to, in order.
    ///
    /// Depth first: the results of one effect are applied before the next effect runs, so no effect
    /// ever works from a state that an earlier effect of the same action has already made stale
    /// (a column re-read and then overwritten by a copy taken before the re-read).
    public func send(_ action: Action) {
        for effect in state.update(action) {
            for result in perform(effect) { send(result) }
        }
    }

    /// Called on every tick of the loop: notices commits by other processes and reloads what is on
    /// screen, keeping each column's place and the selection (which follows a lead someone else
    /// moved); says what happened to the focused lead; keeps presence fresh. Returns true when the
    /// board's data changed.
    @discardableResult
    public func pollForChanges(now: Int64 = Timestamp.now()) -> Bool {
        send(.tick(now: now))
        refreshPresence()
        let version: Int64
        do {
            version = try store.dataVersion()
        } catch {
            // The server is out of reach: said once on the status line, tried again on every tick
            // (the connection waits longer between tries each time); what is on screen stays.
            if let problem = store.connectionProblem, !serverUnreachable {
                serverUnreachable = true
                send(.notice(StatusMessage(state.strings(problem), tone: .error)))
            }
            return false
        }
        if serverUnreachable {
            serverUnreachable = false
            send(.notice(StatusMessage(state.strings(.serverReconnected, store.displayName))))
        }
        guard version != lastDataVersion || hasChangesToRead else { return false }
        lastDataVersion = version
        let focused = state.focusedLead
        if let about = state.status?.leadID, let lead = try? store.lead(id: about) {
            send(.leadChanged(id: lead.id, version: lead.version))
        }
        refreshPanels()
        guard let columns = loadedColumns() else {
            if !hasChangesToRead { send(.notice(StatusMessage(state.strings(.readFailedRetrying), tone: .error))) }
            hasChangesToRead = true
            return false
        }
        if hasChangesToRead, state.status?.text == state.strings(.readFailedRetrying) {
            send(.notice(StatusMessage(state.strings(.readRecovered))))
        }
        hasChangesToRead = false
        send(columns)
        celebrateWins()
        if let focused { noticeChange(to: focused) }
        if case let .detail(open) = state.overlay, var detail = try? loadedDetail(open.lead.id) {
            detail.scroll = open.scroll
            send(.detailLoaded(detail))
        }
        if case let .account(open) = state.overlay, let detail = try? loadedAccount(open.account.id) { send(.accountLoaded(detail)) }
        reloadPiecePanel()
        return true
    }

    /// Work kept off the path from a key to the screen, done when the loop has waited a whole poll
    /// for a key: the board's write-ahead log checkpointed (see `Store.checkpoint`).
    public func idle() {
        store.checkpoint()
        publishMeetingPosition()
    }

    /// One line about the focused lead when someone else changed it, so a selection that jumped
    /// to another column, or a row that left the inbox, is explained.
    private func noticeChange(to before: Lead) {
        guard let after = try? store.lead(id: before.id), after.version != before.version,
            let event = try? store.events(leadID: before.id, limit: 1).first, event.actor != actor
        else { return }
        let who = (try? store.displayName(login: event.actor)) ?? event.actor
        send(.notice(StatusMessage(state.strings(.leadChangedBy, after.name, who, state.strings(event.summary(pipeline: store.pipeline))))))
    }

    /// Heartbeat once a second; re-read who else is here when a session joined, left or beat, or a
    /// heartbeat is due (someone may have gone silent).
    private func refreshPresence() {
        guard let presence else { return }
        let now = Presence.clock()
        let due = now - lastBeat >= Presence.heartbeatMilliseconds
        if due {
            try? presence.beat(at: now)
            lastBeat = now
        }
        let version = (try? presence.dataVersion()) ?? lastPresenceVersion
        // A screen that follows the chair reads the chair's position on every tick: one small row.
        followChair(presence, at: now)
        guard due || version != lastPresenceVersion else { return }
        lastPresenceVersion = version
        if let others = try? presence.others(at: now), others != state.presence { send(.presenceLoaded(others)) }
        noteAttendance()
    }

    public func render() -> ScreenBuffer { AppRenderer.render(state) }

    /// Every column re-read, the board's total, and what the filter matches; nil when the totals
    /// cannot be read, so a failed read never shows an empty board in place of the last good one.
    private func loadedColumns(following chosen: Int64? = nil, followingAccount: Int64? = nil) -> Action? {
        guard let all = try? store.stageTotals() else { return nil }
        let search = search
        // One aggregate over the matches serves both the columns' headers and the status bar.
        guard let matching = search == nil ? all : try? store.stageTotals(matching: search) else { return nil }
        // The customer band's headers count accounts; the status bar's counts stay leads.
        guard let accounts = try? accountTotals() else { return nil }
        let loaded = loadColumns(
            totals: matching.merging(accounts) { lead, _ in lead }, following: chosen, followingAccount: followingAccount)
        return .columnsLoaded(
            loaded.columns, totalLeads: all.values.reduce(0) { $0 + $1.leads },
            matchingLeads: search == nil ? nil : matching.values.reduce(0) { $0 + $1.leads }, selecting: loaded.selectedColumn)
    }

    /// The inbox, its feedback panel and the forms' lists, re-read after a change by anyone.
    private func refreshPanels() {
        if (try? store.reloadPipeline()) != nil, store.pipeline != state.pipeline { send(.pipelineLoaded(store.pipeline)) }
        for effect in [Effect.loadReference] + state.inboxEffects() + state.scoringEffects() + state.dashboardEffects()
            + state.meetingEffects()
            + [.loadContent] + state.insightsEffects()
        {
            for action in perform(effect) { send(action) }
        }
    }

    func perform(_ effect: Effect) -> [Action] {
        do {
            if let actions = try performAccountEffect(effect) { return actions }
            switch effect {
            case .quit:
                return []
            case let .reloadColumns(following):
                // A failed read keeps what is on screen; the next tick reads again.
                guard let columns = loadedColumns(following: following) else {
                    hasChangesToRead = true
                    return []
                }
                return [columns]
            case let .scroll(index, delta, select):
                var column = state.columns[index]
                column.window = try column.window.scrolled(
                    by: delta, select: select, limit: state.cardsPerColumn, using: pager(stage: column.stage.id))
                return [.columnLoaded(index: index, withActivity(column))]
            case let .jumpToTop(index):
                var column = state.columns[index]
                column.window = try KeysetWindow.top(limit: state.cardsPerColumn, using: pager(stage: column.stage.id))
                return [.columnLoaded(index: index, withActivity(column))]
            case let .jumpToBottom(index):
                var column = state.columns[index]
                column.window = try KeysetWindow.bottom(
                    limit: state.cardsPerColumn, total: column.total.leads, using: pager(stage: column.stage.id))
                return [.columnLoaded(index: index, withActivity(column))]
            case let .run(command, message):
                // The clock the screen shows (ticked every loop), so what is drawn and what is
                // stored agree, and tests can fix the time.
                let event = try store.apply(command, actor: actor, at: state.now)
                return [.commandSucceeded(command, event, leadName: try store.lead(id: event.leadID)?.name, message: message)] + newWins()
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
            case .loadSelectedLeadScore:
                guard let lead = state.selectedLead else { return [.leadScoreLoaded(nil)] }
                return [.leadScoreLoaded(try store.leadScore(id: lead.id, now: state.now))]
            case let .previewImport(path, options):
                return [.importPreviewLoaded(try store.previewImport(at: path, options: options))]
            case let .runImport(path, options):
                // The loop is busy until the import ends: each report of progress is drawn at once.
                var totalBytes = 0
                if case let .importPanel(panel) = state.overlay { totalBytes = panel.preview.bytes }
                showing(.importProgress(ImportProgress(rows: 0, bytes: 0, totalBytes: totalBytes, seconds: 0)))
                let report = try store.importCSV(at: path, options: options, actor: actor, now: state.now) { [weak self] progress in
                    self?.showing(.importProgress(progress))
                }
                return [.importFinished(report)]
            case .loadSources:
                return [.sourcesLoaded(try store.sources())]
            case let .loadTheme(name):
                switch themes.load(name, strings: state.strings) {
                case let .success(theme): return [.themeLoaded(theme)]
                case let .failure(error): return [.notice(StatusMessage(error.message, tone: .error))]
                }
            case let .locate(leadID):
                let lead = try store.requireLead(id: leadID)
                guard let index = state.columns.firstIndex(where: { $0.stage.id == lead.stage }) else {
                    throw HandoffError.invalidInput(Message(.leadIsInWhich, "\(leadID)", "\(lead.stage)"))
                }
                // The lead on the window's first row, or lower when the column ends soon after it:
                // the same full window a reload would read there.
                guard let column = try window(showing: lead, in: state.columns[index], atRow: 0) else {
                    return [.filterHides(leadID: leadID)]
                }
                return [.located(column: index, withActivity(column))]
            case let .loadDashboard(period):
                return [.dashboardLoaded(try store.kpiReport(period: period, now: state.now))]
            case .loadMeeting:
                return [.meetingLoaded(try store.meetingAgenda(now: state.now, strings: state.strings))]
            case let .meeting(change):
                let (message, closed) = try record(change)
                return [.meetingChanged(try store.meetingAgenda(now: state.now, strings: state.strings), message: message, closed: closed)]
            case let .loadDetail(leadID):
                return [.detailLoaded(try loadedDetail(leadID))]
            case let .reloadBoard(accountID):
                guard let columns = loadedColumns(followingAccount: accountID) else {
                    hasChangesToRead = true
                    return []
                }
                return [columns]
            case .loadAccount, .runAccount, .referLead:
                return []
            case .loadContent, .loadReach, .loadPiece, .runContent, .loadInsights:
                return try performContent(effect)
            }
        } catch let error as HandoffError {
            // The server out of reach fails every read and write alike: said once, and what is on
            // screen (an open form with what was typed) stays until it is back. A failure here
            // must not ask for the reads that just failed, over and over.
            if let problem = store.connectionProblem {
                hasChangesToRead = true
                serverUnreachable = true
                return [.serverUnreachable(state.strings(problem))]
            }
            return [.commandFailed(error)]
        } catch {
            return [.commandFailed(.storage(Message(verbatim: String(describing: error))))]
        }
    }

    private func loadedDetail(_ leadID: Int64) throws -> DetailState {
        let lead = try store.requireLead(id: leadID)
        let attributes = try store.attributes(leadID: leadID).map { DetailState.Attribute(name: $0.name, value: $0.value) }
        return DetailState(
            lead: lead, attributes: attributes, history: try store.events(leadID: leadID), notes: try store.notes(leadID: leadID),
            score: try store.leadScore(id: leadID, now: state.now),
            activity: try store.activity(leadID: leadID, limit: DetailState.activityShown),
            activityCount: try store.activityCount(leadID: leadID))
    }

    /// Re-reads every column's window in place: same position, the same selected lead. A selected
    /// lead still in its column but pushed out of the window is brought back at its row. Then the
    /// selection goes to `chosen` (the lead a change of this person's was about) or else to the
    /// lead that was selected, in whichever column it is now; when the board does not show that
    /// lead (lost, or hidden by the filter) the selection stays where it was. `totals` are the
    /// columns' counts (of the matches, while a filter is active).
    private func loadColumns(totals: [String: StageTotal], following chosen: Int64?, followingAccount: Int64? = nil) -> (
        columns: [ColumnState], selectedColumn: Int
    ) {
        let firstPages = firstPagesOfColumns()
        let firstAccountPages = firstPagesOfAccountColumns()
        // A lead looked up by id is read once per reload: the selected lead is usually the one
        // followed, and each read is a round trip on a server.
        var looked: [Int64: Lead?] = [:]
        func lead(_ id: Int64) -> Lead? {
            if let known = looked[id] { return known }
            let found = try? store.lead(id: id)
            looked[id] = found
            return found
        }
        var columns = state.columns.enumerated().map { index, old in
            if old.isCustomer {
                return reloadedAccounts(
                    old, total: totals[old.stage.id] ?? StageTotal(leads: 0, value: 0), firstPage: firstAccountPages?[index])
            }
            var column = reloaded(old, total: totals[old.stage.id] ?? StageTotal(leads: 0, value: 0), firstPage: firstPages?[index])
            if let selected = old.selectedLead {
                if let row = column.rows.firstIndex(where: { $0.id == selected.id }) {
                    column.selected = row
                } else {
                    column.selected = min(old.selected, max(0, column.rows.count - 1))
                    if let lead = lead(selected.id), lead.stage == old.stage.id {
                        column = (try? window(showing: lead, in: column, atRow: old.selected)) ?? column
                    }
                }
            }
            return column
        }
        columns = withActivity(columns)
        // An account the person changed, or the one selected, is followed across the band.
        if chosen == nil, let accountID = followingAccount ?? (state.selectedLead == nil ? state.selectedAccount?.id : nil) {
            return following(account: accountID, in: columns) ?? (columns, state.selectedColumn)
        }
        guard let followedID = chosen ?? state.selectedLead?.id, let lead = lead(followedID),
            let index = columns.firstIndex(where: { $0.stage.id == lead.stage })
        else { return (columns, state.selectedColumn) }
        if let row = columns[index].rows.firstIndex(where: { $0.id == lead.id }) {
            columns[index].selected = row
        } else if let shown = try? window(showing: lead, in: columns[index], atRow: columns[index].selected) {
            columns[index] = withActivity(shown)
        } else {
            return (columns, state.selectedColumn)
        }
        return (columns, index)
    }

    /// A column's leads, a page at a time, as the filter shows them.
    private func pager(stage: String) -> KeysetWindow<Lead>.Pager {
        let store = store, search = search
        return KeysetWindow.Pager(
            cursor: { BoardCursor(enteredAt: $0.enteredAt, id: $0.id) },
            after: { try store.page(stage: stage, after: $0, limit: $1, search: search) },
            from: { try store.page(stage: stage, from: $0, limit: $1, search: search) },
            before: { try store.page(stage: stage, before: $0, limit: $1, search: search) },
            rank: { try store.rank(stage: stage, cursor: $0, search: search) })
    }

    /// The first page of every column of leads, by the column's index, read in one statement (a
    /// reload is then one round trip for all the windows, not one per column); nil when the read
    /// failed.
    private func firstPagesOfColumns() -> [Int: [Lead]]? {
        let indices = state.columns.indices.filter { !state.columns[$0].isCustomer }
        let requests = indices.map { index in
            let column = state.columns[index]
            let anchor = column.window.reloadAnchor(using: pager(stage: column.stage.id))
            return ColumnPageRequest(stage: column.stage.id, start: anchor.map { .from($0) } ?? .top, limit: state.cardsPerColumn)
        }
        guard let pages = try? store.pages(requests, search: search) else { return nil }
        return Dictionary(zip(indices, pages), uniquingKeysWith: { first, _ in first })
    }

    /// One column's window re-read from where it started, from its first page read with the
    /// others' (nil when that read failed).
    private func reloaded(_ old: ColumnState, total: StageTotal, firstPage: [Lead]?) -> ColumnState {
        var column = old
        column.total = total
        do {
            guard let firstPage else { return old }
            column.window = try old.window.reloaded(limit: state.cardsPerColumn, firstPage: firstPage, using: pager(stage: old.stage.id))
        } catch {
            // A read that failed (the board busy for a moment) keeps what was on screen; the next
            // change read in full brings it up to date.
            return old
        }
        return column
    }

    /// The window of `column` that shows `lead` on screen row `row` (or as near as the column's
    /// ends allow), with the lead selected. Nil when the filter hides the lead.
    private func window(showing lead: Lead, in column: ColumnState, atRow row: Int) throws -> ColumnState? {
        guard
            let window = try KeysetWindow.showing(
                BoardCursor(enteredAt: lead.enteredAt, id: lead.id), atRow: row, limit: state.cardsPerColumn,
                isRow: { $0.id == lead.id }, using: pager(stage: lead.stage))
        else { return nil }
        var column = column
        column.window = window
        return column
    }
}
