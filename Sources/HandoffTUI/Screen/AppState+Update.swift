import HandoffCore
import HandoffStore

extension AppState {
    /// The one place the state changes. Pure: anything that needs the database is returned as an
    /// effect for the runtime, whose results come back as actions.
    public mutating func update(_ action: Action) -> [Effect] {
        switch action {
        case let .key(key):
            if key == .resize { return [] }
            guard let userAction = keyMap.action(for: key, in: keyContexts) else {
                if case let .character(character) = key, type(character) { return [] }
                if keyContext == .board { status = StatusMessage(strings(.keyDoesNothing, key.label(strings))) }
                return []
            }
            return perform(userAction)
        case let .mouse(event):
            return mouse(event)
        case let .tick(now):
            self.now = now
            if let shown = celebration, now >= shown.until { celebration = nil }
            return []
        case let .resized(width, height):
            self.width = width
            self.height = height
            keepSelectedFigureInView()
            return [.reloadColumns()] + inboxEffects(feedback: false)
        case let .columnsLoaded(loaded, total, matching, selecting):
            columns = loaded
            totalLeads = total
            matchingLeads = filter == nil ? nil : matching
            selectedColumn = min(selecting ?? selectedColumn, max(0, columns.count - 1))
            if focusFirstMatch {
                focusFirstMatch = false
                if columns.indices.contains(selectedColumn), columns[selectedColumn].total.leads == 0,
                    let first = columns.firstIndex(where: { $0.total.leads > 0 })
                {
                    selectedColumn = first
                }
            }
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
        case let .filterHides(leadID):
            return dropFilter(showing: leadID)
        case let .detailLoaded(detail):
            // The same lead read again keeps its place in the panel.
            var loaded = detail
            if case let .detail(open) = overlay, open.lead.id == detail.lead.id { loaded.scroll = open.scroll }
            overlay = .detail(loaded)
            return []
        case let .commandSucceeded(command, event, leadName, message):
            submittedForm = nil
            status = StatusMessage(
                command == .undo || command == .redo ? reverted(undo: command == .undo, event: event, leadName: leadName) : message,
                tone: .success)
            // The selection follows the lead the change was about (moved, won, restored by undo,
            // just created), so the next key acts on the lead the person chose, never a neighbour.
            // A lead's detail left open (a key acted on it from there) shows the lead as it is now.
            var detail: [Effect] = []
            if case let .detail(open) = overlay { detail = [.loadDetail(leadID: open.lead.id)] }
            if case let .account(open) = overlay { detail = [.loadAccount(accountID: open.account.id)] }
            return [.reloadColumns(following: event.leadID)] + inboxEffects(feedback: event.changesFeedback) + scoringEffects()
                + dashboardEffects()
                + meetingEffects() + contentEffects() + insightsEffects() + detail
        case let .commandFailed(error):
            status = StatusMessage(strings.error(error), tone: .error)
            if case let .conflict(conflict) = error {
                status?.leadID = conflict.leadID
                status?.leadVersion = conflict.version
                if reopenAfterConflict(conflict) { status = nil }
            }
            submittedForm = nil
            // A detail open (or back from its form) shows the lead as it is, whatever failed.
            var detail: [Effect] = []
            if case let .detail(open) = overlay { detail = [.loadDetail(leadID: open.lead.id)] }
            if case let .account(open) = overlay { detail = [.loadAccount(accountID: open.account.id)] }
            return [.reloadColumns()] + inboxEffects(feedback: false) + detail
        case let .leadChanged(id, version):
            // A line about this lead's present state that is no longer true goes.
            if let about = status?.leadID, about == id, status?.leadVersion != version { status = nil }
            return []
        case let .inboxLoaded(loaded):
            inbox = loaded
            return []
        case let .feedbackLoaded(report):
            inbox.feedback = report
            return []
        case let .referenceLoaded(reference):
            self.reference = reference
            return []
        case let .pipelineLoaded(stages):
            // Titles and settings change in place; which stages are columns stays as it opened.
            pipeline = stages
            for index in columns.indices {
                if let stage = stages.stage(columns[index].stage.id) { columns[index].stage = stage }
            }
            return []
        case let .scoringLoaded(overview):
            scoring.overview = overview
            return []
        case let .leadScoreLoaded(score):
            scoring.lead = score
            return []
        case let .importPreviewLoaded(preview):
            overlay = .importPanel(ImportPanel(preview: preview))
            return []
        case let .importFinished(report):
            return importFinished(report)
        case let .accountLoaded(detail):
            return accountLoaded(detail)
        case let .accountCommandSucceeded(_, change, message):
            return accountCommandSucceeded(change, message: message)
        case let .importProgress(progress):
            if case var .importPanel(panel) = overlay, panel.awaitsConfirmation {
                panel.progress = progress
                overlay = .importPanel(panel)
            }
            return []
        case let .themeLoaded(theme):
            self.theme = theme
            let separator = " \(glyphs.separator) "
            status = StatusMessage(
                strings(.themeSwitched, theme.name) + (theme.description.isEmpty ? "" : separator + theme.description), tone: .success)
            // The projector layout fits fewer, larger cards: fetch the windows again.
            return [.reloadColumns()] + inboxEffects(feedback: false)
        case let .sourcesLoaded(sources):
            reference.sources = sources
            return []
        case let .notice(message):
            status = message
            return []
        case let .serverUnreachable(text):
            status = StatusMessage(text, tone: .error)
            if var form = submittedForm {
                submittedForm = nil
                form.message = text + ". " + strings(.formServerRetry)
                form.selectsAll = false
                overlay = .form(form)
            }
            return []
        case let .presenceLoaded(others):
            presence = others
            return []
        case let .dashboardLoaded(report):
            // A report for a period the user has already stepped away from is dropped.
            if report.period == dashboard.period { dashboard.report = report }
            keepSelectedFigureInView()
            return []
        case let .meetingLoaded(agenda):
            meeting?.show(agenda, now: now)
            return []
        case let .meetingChanged(agenda, message, closed):
            status = StatusMessage(message, tone: .success)
            if closed { meeting = nil } else { meeting?.show(agenda, now: now) }
            return []
        case let .startMeeting(large, timebox, follow):
            meeting = MeetingState(large: large, timebox: timebox, following: follow, now: now)
            return [.loadMeeting]
        case let .followed(position):
            return follow(position)
        case let .celebrate(win, currency):
            if !quiet { celebration = CelebrationBanner(win: win, currency: currency, until: now + CelebrationBanner.seconds) }
            return []
        case .contentLoaded, .reachLoaded, .pieceLoaded, .contentChanged, .insightsLoaded:
            return contentResult(action)
        }
    }

    /// A character typed into whatever takes text: a form's field, the `:` or `/` line, the
    /// palette's search. False when nothing takes it.
    private mutating func type(_ character: Character) -> Bool {
        switch overlay {
        case var .form(form):
            form.type(character)
            recheck(&form)
            overlay = .form(form)
        case var .prompt(prompt):
            prompt.type(character)
            overlay = .prompt(prompt)
        case var .palette(palette):
            palette.query.append(character)
            palette.selected = 0
            overlay = .palette(palette)
        default:
            return false
        }
        return true
    }

    mutating func perform(_ action: UserAction) -> [Effect] {
        if let effects = performOnAccount(action) { return effects }
        switch action {
        case .quit:
            shouldQuit = true
            return [.quit]
        case .back:
            overlay = nil
            return []
        case .showHelp:
            // In the meeting, help opens on the meeting's keys.
            overlay = .help(scroll: overlay == nil && meeting != nil ? meetingHelpLine : 0)
            return []
        case .scrollUp, .scrollDown:
            if overlay == nil, meeting != nil { return performMeeting(action) }
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
            return inboxEffects() + scoringEffects() + showingDashboard() + contentEffects() + insightsEffects()
        case .openCommandLine:
            overlay = .prompt(PromptState(kind: .command))
            return [.loadSources]
        case .openFilter:
            overlay = .prompt(PromptState(kind: .filter, text: filter?.query ?? ""))
            return [.loadSources]
        case .openPalette:
            overlay = .palette(PaletteState())
            return []
        case .submitForm, .cancelForm, .deleteBackward, .clearLine, .deleteWord:
            if case .prompt = overlay { return editPrompt(action) }
            if case .palette = overlay { return editPalette(action) }
            return editForm(action)
        case .nextField, .previousField, .previousChoice, .nextChoice:
            return editForm(action)
        case .complete, .completeBack, .historyPrevious, .historyNext:
            return editPrompt(action)
        case .paletteUp, .paletteDown:
            return editPalette(action)
        case .clearFilter, .nextMatch, .previousMatch:
            return performFilter(action)
        case .showInbox, .toggleMark, .clearMarks, .cycleInboxFilter, .cycleFeedbackPeriod, .toggleFeedbackGrouping:
            return performInbox(action)
        case .accept, .acceptFor, .reject, .markWon, .markLost, .addNote, .newLead, .editLead, .undo, .redo:
            return keepingDetail { $0.performLeadAction(action) }
        case .showScoring, .raiseWhatIf, .lowerWhatIf, .resetWhatIf:
            return performScoring(action)
        case .confirmImport:
            return confirmImport()
        case .showDashboard, .previousPeriod, .nextPeriod, .cyclePeriod, .customPeriod, .nextFigure, .previousFigure, .firstFigure,
            .lastFigure,
            .sortReps, .sortCampaigns, .showFormula:
            return performDashboard(action)
        case .openMeeting, .nextItem, .previousItem, .firstItem, .lastItem, .toggleDiscussed, .addActionItem, .markActionDone,
            .closeMeeting, .toggleLargeText,
            .leaveMeeting, .openLine, .writeNote, .deleteLine, .editAttendees, .toggleTimebox:
            return performMeeting(action)
        case .reassign:
            return keepingDetail { $0.performLeadAction(action) }
        case .recordSatisfaction, .addFollowUp, .followUpDone, .editAccount, .newDeal:
            return performAccountAction(action)
        case .referLead:
            return askForReferral()
        case .addInsight, .sendContent:
            return keepingDetail { $0.performInsightAction(action) }
        case .showContent, .pieceLeft, .pieceRight, .pieceUp, .pieceDown, .firstPiece, .lastPiece, .movePieceBack, .movePieceForward,
            .openPiece,
            .newPiece, .editPiece, .approvePiece, .addCoAuthor, .linkInsight:
            return performContent(action)
        case .showInsights, .themeUp, .themeDown, .firstTheme, .lastTheme, .cycleInsightGrouping, .cycleInsightPeriod, .openTheme,
            .closeTheme,
            .leaveTheme, .markAnswered:
            return performInsights(action)
        }
    }

    /// A key that acts on the lead whose detail is open and opens a form: the detail waits under
    /// the form and comes back when it closes.
    private mutating func keepingDetail(_ body: (inout AppState) -> [Effect]) -> [Effect] {
        let before = overlay
        let effects = body(&self)
        if case let .detail(detail) = before, case .form = overlay { detailUnderForm = detail }
        return effects
    }

    mutating func moveSelection(_ action: UserAction) -> [Effect] {
        guard columns.indices.contains(selectedColumn) else { return [] }
        let index = selectedColumn
        var column = columns[index]
        defer { columns[index] = column }
        let lastRow = max(0, column.count - 1)
        switch action {
        case .leadDown:
            if column.selected < lastRow {
                column.selected += 1
            } else if column.hasMoreBelow {
                return [.scroll(column: index, delta: 1, select: .last)]
            }
        case .leadUp:
            if column.selected > 0 {
                column.selected -= 1
            } else if column.firstRank > 0 {
                return [.scroll(column: index, delta: -1, select: .first)]
            }
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
            status = StatusMessage(strings(.noLeadSelected), tone: .error)
            return []
        }
        do {
            let target = try pipeline.neighbour(of: lead.stage, step: step)
            return move(lead, to: target, message: strings(.msgMoved, lead.name, target.title))
        } catch {
            status = StatusMessage(strings.error(error), tone: .error)
            return []
        }
    }

    mutating func scrollOverlay(by delta: Int) {
        switch overlay {
        case let .help(scroll):
            overlay = .help(scroll: max(0, scroll + delta))
        case var .detail(detail):
            detail.scroll = max(0, detail.scroll + delta)
            overlay = .detail(detail)
        case let .formula(id, scroll):
            overlay = .formula(id: id, scroll: max(0, scroll + delta))
        case var .importPanel(panel):
            panel.scroll = max(0, panel.scroll + delta)
            overlay = .importPanel(panel)
        case var .account(detail):
            detail.scroll = max(0, detail.scroll + delta)
            overlay = .account(detail)
        case var .piece(detail):
            detail.scroll = max(0, detail.scroll + delta)
            overlay = .piece(detail)
        case .form, .prompt, .palette, nil:
            break
        }
    }
}
