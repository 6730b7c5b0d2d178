import HandoffCore

extension AppState {
    /// Sets the `/` filter from a query (an empty one clears it). Every column and the inbox start
    /// again from the top, read through the filter.
    mutating func applyFilter(_ query: String) -> LineCommand.Outcome {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            return .done(setFilter(nil, message: strings(.filterCleared)))
        }
        do {
            let parsed = try LeadFilter.parse(trimmed)
            return .done(setFilter(parsed, message: strings(.filterApplied, parsed.query)))
        } catch {
            return .refused(error.message(strings))
        }
    }

    private mutating func setFilter(_ newFilter: LeadFilter?, message: String) -> [Effect] {
        let changed = newFilter != filter
        filter = newFilter
        status = StatusMessage(message, tone: .success)
        guard changed else { return [] }
        if newFilter == nil { matchingLeads = nil }
        focusFirstMatch = newFilter != nil
        for index in columns.indices {
            columns[index].rows = []
            columns[index].firstRank = 0
            columns[index].selected = 0
        }
        inbox.rows = []
        inbox.firstRank = 0
        inbox.selected = 0
        return [.reloadColumns()] + inboxEffects(feedback: false)
    }

    /// `:goto` named a lead the filter hides: show everything, then go to it.
    mutating func dropFilter(showing leadID: Int64) -> [Effect] {
        setFilter(nil, message: strings(.filterCleared)) + [.locate(leadID: leadID)]
    }

    /// Esc clears the filter; `n`/`N` step through the matches, across columns.
    mutating func performFilter(_ action: UserAction) -> [Effect] {
        switch action {
        case .clearFilter:
            guard filter != nil else { return [] }
            return setFilter(nil, message: strings(.filterCleared))
        case .nextMatch, .previousMatch:
            if view == .inbox { return moveInboxSelection(action == .nextMatch ? .leadDown : .leadUp) }
            return stepMatch(forward: action == .nextMatch) + scoringFollowsSelection()
        default:
            return []
        }
    }

    /// The next (or previous) matching lead: within the column while there is one, then the first
    /// (or last) lead of the next column that has matches, wrapping around the board.
    private mutating func stepMatch(forward: Bool) -> [Effect] {
        guard columns.indices.contains(selectedColumn) else { return [] }
        let column = columns[selectedColumn]
        if forward && (column.selected < column.rows.count - 1 || column.hasMoreBelow) { return moveSelection(.leadDown) }
        if !forward && (column.selected > 0 || column.firstRank > 0) { return moveSelection(.leadUp) }
        let count = columns.count
        for step in 1...count {
            let index = ((selectedColumn + (forward ? step : -step)) % count + count) % count
            guard columns[index].total.leads > 0 else { continue }
            let wrapped = forward ? index <= selectedColumn : index >= selectedColumn
            if wrapped { status = StatusMessage(strings(.matchWrapped)) }
            selectedColumn = index
            return [forward ? .jumpToTop(column: index) : .jumpToBottom(column: index)]
        }
        status = StatusMessage(strings(.noMatches), tone: .error)
        return []
    }
}
