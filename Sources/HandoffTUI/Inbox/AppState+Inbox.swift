import HandoffCore

extension AppState {
    /// Keys of the inbox view that do not change leads.
    mutating func performInbox(_ action: UserAction) -> [Effect] {
        switch action {
        case .showInbox:
            view = .inbox
            return inboxEffects()
        case .toggleMark:
            guard let lead = inbox.selectedItem?.lead else { return [] }
            if inbox.marked.removeValue(forKey: lead.id) == nil { inbox.marked[lead.id] = lead }
            // Marking moves on, so `v v v` marks three leads in a row.
            if inbox.selected < inbox.rows.count - 1 {
                inbox.selected += 1
            } else if inbox.hasMoreBelow {
                return [.scrollInbox(delta: 1, select: .last)]
            }
            return []
        case .clearMarks:
            // Esc clears the marks first; with none, it clears the filter as on the board.
            if inbox.marked.isEmpty { return performFilter(.clearFilter) }
            inbox.marked = [:]
            return []
        case .cycleInboxFilter:
            inbox.filter = inbox.filter.cycled()
            inbox.firstRank = 0
            inbox.selected = 0
            inbox.rows = []
            status = StatusMessage(strings(.inboxShowingStatus, InboxView.title(of: inbox.filter, strings)))
            return [.reloadInbox]
        case .cycleFeedbackPeriod:
            inbox.period = inbox.period.cycled()
            return [.loadFeedback]
        case .toggleFeedbackGrouping:
            inbox.grouping = inbox.grouping.toggled()
            return [.loadFeedback]
        default:
            return []
        }
    }

    /// The inbox and its feedback panel are read only while they are on screen: the feedback
    /// aggregates a period of answers, which the board has no use for.
    func inboxEffects(feedback: Bool = true) -> [Effect] {
        guard view == .inbox else { return [] }
        return feedback ? [.reloadInbox, .loadFeedback] : [.reloadInbox]
    }

    /// j/k, g/G and pages in the inbox: within the window when possible, else a keyset page.
    mutating func moveInboxSelection(_ action: UserAction) -> [Effect] {
        let lastRow = max(0, inbox.rows.count - 1)
        let page = InboxLayout(width: width, height: height, followUps: inbox.followUps.count).rowsPerPage
        switch action {
        case .leadDown:
            if inbox.selected < lastRow {
                inbox.selected += 1
            } else if inbox.hasMoreBelow {
                return [.scrollInbox(delta: 1, select: .last)]
            }
        case .leadUp:
            if inbox.selected > 0 { inbox.selected -= 1 } else if inbox.firstRank > 0 { return [.scrollInbox(delta: -1, select: .first)] }
        case .firstLead:
            if inbox.firstRank == 0 { inbox.selected = 0 } else { return [.jumpInbox(toTop: true)] }
        case .lastLead:
            if inbox.hasMoreBelow { return [.jumpInbox(toTop: false)] }
            inbox.selected = lastRow
        case .pageDown:
            if inbox.hasMoreBelow { return [.scrollInbox(delta: page, select: .same)] }
            inbox.selected = lastRow
        case .pageUp:
            if inbox.firstRank > 0 { return [.scrollInbox(delta: -page, select: .same)] }
            inbox.selected = 0
        default:
            break
        }
        return []
    }
}
