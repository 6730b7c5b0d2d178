import HandoffCore
import HandoffStore

/// The customer band against the store: its columns read a keyset page at a time like the
/// pipeline's (over `accounts_board`), the selection kept on the account the person chose, an
/// account's panel read, and account commands carried out.
extension AppRuntime {
    /// A column of the band, a page at a time, as the filter shows it.
    func accountPager(stage: String) -> KeysetWindow<Account>.Pager {
        let store = store, search = search
        return KeysetWindow.Pager(
            cursor: { BoardCursor(enteredAt: $0.enteredAt, id: $0.id) },
            after: { try store.accountPage(stage: stage, after: $0, limit: $1, search: search) },
            from: { try store.accountPage(stage: stage, from: $0, limit: $1, search: search) },
            before: { try store.accountPage(stage: stage, before: $0, limit: $1, search: search) },
            rank: { try store.accountRank(stage: stage, cursor: $0, search: search) })
    }

    /// The band's column headers, by stage (the filter's matches while one is active).
    func accountTotals() throws -> [String: StageTotal] {
        try store.accountTotals(matching: search)
    }

    /// The first page of every column of the band, by the column's index, in one statement (see
    /// `firstPagesOfColumns`); nil when the read failed.
    func firstPagesOfAccountColumns() -> [Int: [Account]]? {
        let indices = state.columns.indices.filter { state.columns[$0].isCustomer }
        let requests = indices.map { index in
            let column = state.columns[index]
            let anchor = column.accountWindow.reloadAnchor(using: accountPager(stage: column.stage.id))
            return ColumnPageRequest(stage: column.stage.id, start: anchor.map { .from($0) } ?? .top, limit: state.cardsPerColumn)
        }
        guard let pages = try? store.accountPages(requests, search: search) else { return nil }
        return Dictionary(zip(indices, pages), uniquingKeysWith: { first, _ in first })
    }

    /// A column of the band re-read where it was, from its first page read with the others' (nil
    /// when that read failed), its selected account kept (brought back at its row when it is
    /// still in the column but was pushed out of the window).
    func reloadedAccounts(_ old: ColumnState, total: StageTotal, firstPage: [Account]?) -> ColumnState {
        var column = old
        column.total = total
        do {
            guard let firstPage else { return old }
            column.accountWindow = try old.accountWindow.reloaded(
                limit: state.cardsPerColumn, firstPage: firstPage,
                using: accountPager(stage: old.stage.id))
        } catch {
            return old
        }
        if let selected = old.selectedAccount {
            if let row = column.accounts.firstIndex(where: { $0.id == selected.id }) {
                column.selected = row
            } else {
                column.selected = min(old.selected, max(0, column.accounts.count - 1))
                if let account = try? store.account(id: selected.id), account.stage == old.stage.id {
                    column = (try? window(showing: account, in: column, atRow: old.selected)) ?? column
                }
            }
        }
        return withAccountActivity(column)
    }

    /// The window of `column` that shows `account` on row `row`, with it selected; nil when the
    /// filter hides it.
    func window(showing account: Account, in column: ColumnState, atRow row: Int) throws -> ColumnState? {
        guard
            let window = try KeysetWindow.showing(
                BoardCursor(enteredAt: account.enteredAt, id: account.id), atRow: row, limit: state.cardsPerColumn,
                isRow: { $0.id == account.id }, using: accountPager(stage: account.stage))
        else { return nil }
        var column = column
        column.accountWindow = window
        return withAccountActivity(column)
    }

    /// The selection on `accountID`, in whichever column of the band it is now; nil when the board
    /// does not show it (deleted, or hidden by the filter).
    func following(account accountID: Int64, in columns: [ColumnState]) -> (columns: [ColumnState], selectedColumn: Int)? {
        guard let account = try? store.account(id: accountID), let index = columns.firstIndex(where: { $0.stage.id == account.stage })
        else { return nil }
        var columns = columns
        if let row = columns[index].accounts.firstIndex(where: { $0.id == accountID }) {
            columns[index].selected = row
        } else if let shown = try? window(showing: account, in: columns[index], atRow: columns[index].selected) {
            columns[index] = shown
        } else {
            return nil
        }
        return (columns, index)
    }

    /// The follow-ups and answers of the accounts on screen, for the stale flag and the mark.
    func withAccountActivity(_ column: ColumnState) -> ColumnState {
        var column = column
        column.activity = (try? store.accountActivity(ids: column.accounts.map(\.id))) ?? [:]
        return column
    }

    /// Scrolls or jumps a column of the band, as the keys ask.
    func movedAccountWindow(_ effect: Effect) throws -> [Action] {
        switch effect {
        case let .scroll(index, delta, select):
            var column = state.columns[index]
            column.accountWindow = try column.accountWindow.scrolled(
                by: delta, select: select, limit: state.cardsPerColumn, using: accountPager(stage: column.stage.id))
            return [.columnLoaded(index: index, withAccountActivity(column))]
        case let .jumpToTop(index):
            var column = state.columns[index]
            column.accountWindow = try KeysetWindow.top(limit: state.cardsPerColumn, using: accountPager(stage: column.stage.id))
            return [.columnLoaded(index: index, withAccountActivity(column))]
        case let .jumpToBottom(index):
            var column = state.columns[index]
            column.accountWindow = try KeysetWindow.bottom(
                limit: state.cardsPerColumn, total: column.total.leads, using: accountPager(stage: column.stage.id))
            return [.columnLoaded(index: index, withAccountActivity(column))]
        default:
            return []
        }
    }

    func loadedAccount(_ accountID: Int64) throws -> AccountDetailState {
        let account = try store.requireAccount(id: accountID)
        return AccountDetailState(
            account: account, deals: try store.deals(accountID: accountID), dealKinds: try store.dealKinds(accountID: accountID),
            followUps: try store.followUps(accountID: accountID), answers: try store.satisfactionAnswers(accountID: accountID),
            referrals: try store.referrals(accountID: accountID), history: try store.accountHistory(accountID: accountID))
    }

    /// The effects of the customer band; nil for any other.
    func performAccountEffect(_ effect: Effect) throws -> [Action]? {
        switch effect {
        case let .loadAccount(accountID):
            return [.accountLoaded(try loadedAccount(accountID))]
        case let .runAccount(command, message):
            let change = try store.apply(command, actor: actor, at: state.now)
            return [.accountCommandSucceeded(command, change, message: message)]
        case let .referLead(leadID, text, version, name):
            let account = try store.findAccount(text)
            let command = Command.refer(leadID: leadID, accountID: account.id, expectedVersion: version)
            let event = try store.apply(command, actor: actor, at: state.now)
            return [.commandSucceeded(command, event, leadName: name, message: state.strings(.msgReferred, name, account.name))]
        case .scroll(let index, _, _), .jumpToTop(let index), .jumpToBottom(let index):
            guard state.columns.indices.contains(index), state.columns[index].isCustomer else { return nil }
            return try movedAccountWindow(effect)
        default:
            return nil
        }
    }
}
