import HandoffCore
import HandoffStore

extension AppState {
    /// The one place the state changes. Pure: anything that needs the database is returned as an
    /// effect for the runtime, whose results come back as actions.
    public mutating func update(_ action: Action) -> [Effect] {
        switch action {
        case let .key(key):
            if key == .resize { return [] }
            guard let userAction = keyMap.action(for: key, in: keyContext) else {
                if case var .form(form) = overlay, case let .character(character) = key {
                    form.type(character)
                    overlay = .form(form)
                    return []
                }
                if keyContext == .board { status = StatusMessage("\(key.label) does nothing here; press ? for the keys") }
                return []
            }
            return perform(userAction)
        case let .tick(now):
            self.now = now
            return []
        case let .resized(width, height):
            self.width = width
            self.height = height
            return [.reloadColumns] + inboxEffects(feedback: false)
        case let .columnsLoaded(loaded, totals):
            columns = loaded
            totalLeads = totals.values.reduce(0) { $0 + $1.leads }
            selectedColumn = min(selectedColumn, max(0, columns.count - 1))
            return scoringFollowsSelection()
        case let .columnLoaded(index, column):
            if columns.indices.contains(index) { columns[index] = column }
            return scoringFollowsSelection()
        case let .located(index, column):
            if columns.indices.contains(index) {
                columns[index] = column
                selectedColumn = index
                view = .board
            }
            return []
        case let .detailLoaded(detail):
            overlay = .detail(detail)
            return []
        case let .commandSucceeded(event, message):
            status = StatusMessage(message, tone: .success)
            if let target = event.toStage, let index = columns.firstIndex(where: { $0.stage.id == target }) {
                // The selection follows the card, so pressing L again keeps pushing the same lead.
                selectedColumn = index
                return [.reloadColumns, .jumpToTop(column: index)] + inboxEffects(feedback: event.changesFeedback) + scoringEffects()
            }
            return [.reloadColumns] + inboxEffects(feedback: event.changesFeedback) + scoringEffects()
        case let .commandFailed(error):
            status = StatusMessage(error.description, tone: .error)
            return [.reloadColumns] + inboxEffects(feedback: false)
        case let .inboxLoaded(loaded):
            inbox = loaded
            return []
        case let .feedbackLoaded(report):
            inbox.feedback = report
            return []
        case let .referenceLoaded(reference):
            self.reference = reference
            return []
        case let .scoringLoaded(overview):
            scoring.overview = overview
            return []
        case let .leadScoreLoaded(score):
            scoring.lead = score
            return []
        }
    }

    private mutating func perform(_ action: UserAction) -> [Effect] {
        switch action {
        case .quit:
            shouldQuit = true
            return [.quit]
        case .back:
            overlay = nil
            return []
        case .showHelp:
            overlay = .help(scroll: 0)
            return []
        case .scrollUp, .scrollDown:
            scrollOverlay(by: action == .scrollUp ? -1 : 1)
            return []
        case .columnLeft:
            selectedColumn = max(0, selectedColumn - 1)
            return scoringFollowsSelection()
        case .columnRight:
            selectedColumn = min(columns.count - 1, selectedColumn + 1)
            return scoringFollowsSelection()
        case .leadDown, .leadUp, .firstLead, .lastLead, .pageUp, .pageDown:
            return view == .inbox ? moveInboxSelection(action) : moveSelection(action) + scoringFollowsSelection()
        case .moveBack, .moveForward:
            return moveSelectedLead(step: action == .moveForward ? 1 : -1)
        case .openDetail:
            guard let lead = focusedLead else { return [] }
            return [.loadDetail(leadID: lead.id)]
        case .showBoard:
            view = .board
            return []
        case .nextView, .previousView:
            view = view.cycled(by: action == .nextView ? 1 : -1)
            return inboxEffects() + scoringEffects()
        case .openCommandLine:
            overlay = .form(FormState(title: "Command", fields: [FormField(name: "command", label: ":")], purpose: .commandLine))
            return []
        case .submitForm, .cancelForm, .nextField, .previousField, .previousChoice, .nextChoice, .deleteBackward:
            return editForm(action)
        case .showInbox, .toggleMark, .clearMarks, .cycleInboxFilter, .cycleFeedbackPeriod, .toggleFeedbackGrouping:
            return performInbox(action)
        case .accept, .acceptFor, .reject, .markWon, .markLost, .addNote, .newLead, .editLead, .undo, .redo:
            return performLeadAction(action)
        case .showScoring, .raiseWhatIf, .lowerWhatIf, .resetWhatIf:
            return performScoring(action)
        }
    }

    private mutating func moveSelection(_ action: UserAction) -> [Effect] {
        guard columns.indices.contains(selectedColumn) else { return [] }
        let index = selectedColumn
        var column = columns[index]
        defer { columns[index] = column }
        let lastRow = max(0, column.rows.count - 1)
        switch action {
        case .leadDown:
            if column.selected < lastRow { column.selected += 1 }
            else if column.hasMoreBelow { return [.scroll(column: index, delta: 1, select: .last)] }
        case .leadUp:
            if column.selected > 0 { column.selected -= 1 }
            else if column.firstRank > 0 { return [.scroll(column: index, delta: -1, select: .first)] }
        case .firstLead:
            if column.firstRank == 0 { column.selected = 0 } else { return [.jumpToTop(column: index)] }
        case .lastLead:
            if column.hasMoreBelow { return [.jumpToBottom(column: index)] }
            column.selected = lastRow
        case .pageDown:
            if column.hasMoreBelow { return [.scroll(column: index, delta: cardsPerColumn, select: .same)] }
            column.selected = lastRow
        case .pageUp:
            if column.firstRank > 0 { return [.scroll(column: index, delta: -cardsPerColumn, select: .same)] }
            column.selected = 0
        default:
            break
        }
        return []
    }

    private mutating func moveSelectedLead(step: Int) -> [Effect] {
        guard let lead = selectedLead else {
            status = StatusMessage("no lead selected", tone: .error)
            return []
        }
        do {
            let target = try pipeline.neighbour(of: lead.stage, step: step)
            let message = "Moved \(lead.name) to \(target.title)"
            return [.run(.move(leadID: lead.id, toStage: target.id, expectedVersion: lead.version), successMessage: message)]
        } catch {
            status = StatusMessage(error.description, tone: .error)
            return []
        }
    }

    private mutating func scrollOverlay(by delta: Int) {
        switch overlay {
        case let .help(scroll):
            overlay = .help(scroll: max(0, scroll + delta))
        case var .detail(detail):
            detail.scroll = max(0, detail.scroll + delta)
            overlay = .detail(detail)
        case .form, nil:
            break
        }
    }
}
