import HandoffCore

extension AppState {
    /// Keys of the meeting mode. Stepping, the selected line and the layout are local; what the
    /// meeting records (discussed, decisions and notes, action items, attendees, the close) goes
    /// to the store. A screen that follows the chair's takes no keys but its layout and leaving.
    mutating func performMeeting(_ action: UserAction) -> [Effect] {
        if action == .openMeeting {
            if meeting == nil { meeting = MeetingState(now: now) }
            return [.loadMeeting]
        }
        guard var current = meeting else { return [] }
        if let followed = current.following, ![.leaveMeeting, .toggleLargeText].contains(action) {
            status = StatusMessage(followed.name.map { strings(.followIgnored, $0) } ?? strings(.followWaiting))
            return []
        }
        defer { if meeting != nil { meeting = current } }
        let count = current.agenda?.items.count ?? 0
        switch action {
        case .leaveMeeting:
            meeting = nil
            return showingDashboard()
        case .nextItem, .previousItem, .firstItem, .lastItem:
            let last = max(0, count - 1)
            let target: Int
            switch action {
            case .nextItem: target = min(last, current.selected + 1)
            case .previousItem: target = max(0, current.selected - 1)
            case .firstItem: target = 0
            default: target = last
            }
            current.select(target, now: now)
        case .scrollUp, .scrollDown:
            let lines = current.selectedItem.map { current.lines(of: $0).count } ?? 0
            current.line = max(0, min(max(0, lines - 1), current.line + (action == .scrollDown ? 1 : -1)))
        case .toggleLargeText:
            current.large.toggle()
        case .toggleTimebox:
            current.timebox = current.timebox == nil ? (lastTimebox ?? MeetingState.defaultTimebox) : nil
            current.itemSince = now
            status = StatusMessage(current.timebox.map { strings(.timeboxOn, MeetingView.clock($0)) } ?? strings(.timeboxOff))
        case .toggleDiscussed:
            guard let item = current.selectedItem else { return [] }
            if let refusal = refusal(.runMeeting) { return refuse(refusal) }
            return [.meeting(.discussed(item: item.key, !(current.agenda?.discussed.contains(item.key) ?? false)))]
        case .openLine:
            return openLine(current)
        case .deleteLine:
            return deleteLine(current)
        case .writeNote:
            guard let item = current.selectedItem else { return [] }
            if let refusal = refusal(.runMeeting) { return refuse(refusal) }
            let kinds = [
                FormField.Choice(code: MeetingNote.Kind.decision.rawValue, label: strings(.noteKindDecision)),
                FormField.Choice(code: MeetingNote.Kind.note.rawValue, label: strings(.noteKindNote)),
            ]
            overlay = .form(
                FormState(
                    title: strings(.noteFormTitle, item.title),
                    fields: [
                        FormField(name: "kind", label: strings(.noteKind), value: kinds[0].code, choices: kinds),
                        FormField(name: "text", label: strings(.noteText)),
                    ],
                    purpose: .meetingNote(item: item.key), focus: 1))
        case .editAttendees:
            if let refusal = refusal(.runMeeting) { return refuse(refusal) }
            guard !reference.members.isEmpty else {
                status = StatusMessage(strings(.actionNoMembers), tone: .error)
                return []
            }
            let attending = Set(current.agenda?.attendees ?? [])
            let choices = reference.members.map { member in
                FormField.Choice(
                    code: member.login,
                    label: strings(attending.contains(member.login) ? .attendeeAttending : .attendeeNotListed, member.name))
            }
            let first = reference.members.first { !attending.contains($0.login) }?.login ?? choices[0].code
            overlay = .form(
                FormState(
                    title: strings(.attendeesTitle),
                    fields: [FormField(name: "who", label: strings(.attendeesWho), value: first, choices: choices)],
                    purpose: .attendance, note: strings(.attendeesNote)))
        case .addActionItem:
            if let refusal = refusal(.runMeeting) { return refuse(refusal) }
            guard !reference.members.isEmpty else {
                status = StatusMessage(strings(.actionNoMembers), tone: .error)
                return []
            }
            overlay = .form(
                actionItemForm(
                    title: current.selectedItem.map { strings(.actionFormOn, $0.title) } ?? strings(.actionFormTitle),
                    action: nil, purpose: .actionItem(item: current.selectedItem?.key)))
        case .markActionDone:
            if let refusal = refusal(.runMeeting) { return refuse(refusal) }
            let open = current.agenda?.openActionItems ?? []
            guard let first = open.first else {
                status = StatusMessage(strings(.actionDoneNone))
                return []
            }
            let names = current.agenda?.names ?? [:]
            let choices = open.map { action in
                FormField.Choice(
                    code: String(action.id),
                    label: strings(.agendaActionNumber, action.id) + " " + action.body + " · " + (names[action.owner] ?? action.owner))
            }
            // The action item on the selected line, when it is open; else the first.
            let chosen = open.first { $0.id == current.selectedActionID } ?? first
            overlay = .form(
                FormState(
                    title: strings(.actionDoneTitle),
                    fields: [
                        FormField(
                            name: "action", label: strings(.actionDoneWhich),
                            value: String(chosen.id), choices: choices)
                    ],
                    purpose: .actionDone))
        case .closeMeeting:
            if let refusal = refusal(.runMeeting) { return refuse(refusal) }
            var note = current.agenda.map { strings(.closeMeetingQuestion, strings.dateTime($0.since)) } ?? strings(.closeMeetingNoAgenda)
            if let agenda = current.agenda {
                let left = agenda.items.count - agenda.discussedCount
                note +=
                    " "
                    + (left == 0
                        ? strings(.closeMeetingAllDiscussed)
                        : strings(.closeMeetingUndiscussed, strings.integer(left), strings.integer(agenda.items.count)))
            }
            note += "\n" + strings(.closeMeetingFileHint)
            overlay = .form(
                FormState(
                    title: strings(.closeMeetingShort), fields: [FormField(name: "minutes", label: strings(.closeMeetingFile))],
                    purpose: .closeMeeting, note: note))
        default:
            break
        }
        return []
    }

    /// Enter on a line: the lead's detail, with the keys that act on it; an action item's form.
    private mutating func openLine(_ current: MeetingState) -> [Effect] {
        switch current.selectedLine {
        case let .entry(entry):
            if let lead = entry.leadID { return [.loadDetail(leadID: lead)] }
            if let id = entry.actionID { return editAction(id, current) }
            return []
        case let .action(action):
            return editAction(action.id, current)
        case .note:
            status = StatusMessage(strings(.actionNotOpenable))
            return []
        case nil:
            return []
        }
    }

    private mutating func editAction(_ id: Int64, _ current: MeetingState) -> [Effect] {
        if let refusal = refusal(.runMeeting) { return refuse(refusal) }
        guard let action = ((current.agenda?.followUps ?? []) + (current.agenda?.actionItems ?? [])).first(where: { $0.id == id }) else {
            return []
        }
        overlay = .form(actionItemForm(title: strings(.actionEditTitle, id), action: action, purpose: .editActionItem(id)))
        return []
    }

    /// `x` on a line: delete its action item, or take back its decision or note, once confirmed.
    private mutating func deleteLine(_ current: MeetingState) -> [Effect] {
        if let refusal = refusal(.runMeeting) { return refuse(refusal) }
        let names = current.agenda?.names ?? [:]
        if let id = current.selectedActionID,
            let action = ((current.agenda?.followUps ?? []) + (current.agenda?.actionItems ?? [])).first(where: { $0.id == id })
        {
            overlay = .form(
                FormState(
                    title: strings(.deleteActionTitle), fields: [], purpose: .deleteActionItem(id),
                    note: strings(.deleteActionQuestion, strings(.agendaActionNumber, id), action.summary(strings, names: names))))
            return []
        }
        if case let .note(note) = current.selectedLine {
            overlay = .form(
                FormState(
                    title: strings(.removeNoteTitle), fields: [], purpose: .removeMeetingNote(note.id),
                    note: strings(.removeNoteQuestion, note.body)))
            return []
        }
        status = StatusMessage(strings(.nothingToDelete))
        return []
    }

    /// The form of a new action item, or of one being changed: what, who (a member), when due.
    func actionItemForm(title: String, action: ActionItem?, purpose: FormPurpose) -> FormState {
        let owners = reference.members.map { FormField.Choice(code: $0.login, label: "\($0.name) (\($0.login))") }
        let prompt = FormField.Choice(code: "", label: strings(.choosePrompt))
        let due = action?.due.map { strings.dateTime($0) } ?? ""
        let fields = [
            FormField(name: "body", label: strings(.actionWhat), value: action?.body ?? ""),
            FormField(name: "owner", label: strings(.actionWho), value: action?.owner ?? "", choices: [prompt] + owners),
            FormField(name: "due", label: strings(.actionBy), value: due),
        ]
        return FormState(title: title, fields: fields, purpose: purpose, note: strings(.actionFormNote))
    }

    /// The meeting re-reads its agenda while it is open, as the board does its columns.
    func meetingEffects() -> [Effect] { meeting == nil ? [] : [.loadMeeting] }

    /// The clock the `T` key starts with: the one the meeting was opened with.
    var lastTimebox: Int64? { meeting?.openedTimebox }

    /// Where the meeting's keys start in the help panel.
    var meetingHelpLine: Int {
        let width = min(HelpView.maxWidth, self.width - 4) - 4
        let title = strings(.helpMeeting)
        return HelpView.lines(for: keyMap, strings: strings, glyphs: glyphs, width: width).firstIndex { $0.text == title } ?? 0
    }

    /// A screen that follows the chair's shows its item, line and open lead; its own layout stays.
    mutating func follow(_ position: MeetingPosition?) -> [Effect] {
        guard var current = meeting, current.following != nil else { return [] }
        guard let position else {
            current.following?.live = false
            meeting = current
            return []
        }
        current.following = FollowedScreen(name: position.name, live: true, position: position)
        current.stand(at: position)
        meeting = current
        switch (position.detailLead, overlay) {
        case let (lead?, .detail(open)) where open.lead.id == lead:
            var scrolled = open
            scrolled.scroll = position.detailScroll
            overlay = .detail(scrolled)
        case let (lead?, .none), let (lead?, .detail):
            return [.loadDetail(leadID: lead)]
        case (nil, .detail):
            overlay = nil
        default:
            break
        }
        return []
    }

    /// Where this screen stands in the meeting, for the screens that follow it; nil when it does
    /// not lead (no meeting, following another, or not allowed to run the meeting).
    public var meetingPosition: MeetingPosition? {
        guard let meeting, meeting.following == nil, let item = meeting.selectedItem, refusal(.runMeeting) == nil else { return nil }
        var lead: Int64?, scroll = 0
        if case let .detail(detail) = overlay {
            lead = detail.lead.id
            scroll = detail.scroll
        } else if case .form = overlay, let detail = detailUnderForm {
            // Typing into a form over the lead: the room keeps seeing the lead.
            lead = detail.lead.id
            scroll = detail.scroll
        }
        return MeetingPosition(
            login: user, name: member?.name ?? user, item: item.key, index: meeting.selected, line: meeting.line, large: meeting.large,
            timebox: meeting.timebox, itemSince: meeting.itemSince, detailLead: lead, detailScroll: scroll)
    }

    mutating func submitActionItem(_ item: String?, form: inout FormState) -> [Effect] {
        guard let (body, owner, due) = actionItemValues(&form) else { return [] }
        return [.meeting(.actionItem(item: item, body: body, owner: owner, due: due))]
    }

    mutating func submitEditAction(_ id: Int64, form: inout FormState) -> [Effect] {
        guard let (body, owner, due) = actionItemValues(&form, keeping: meetingAction(id)?.due) else { return [] }
        return [.meeting(.editAction(id: id, body: body, owner: owner, due: due))]
    }

    private func meetingAction(_ id: Int64) -> ActionItem? {
        ((meeting?.agenda?.followUps ?? []) + (meeting?.agenda?.actionItems ?? [])).first { $0.id == id }
    }

    /// What, who and when of an action item form, or nil with the refusals marked on it. A due
    /// date that has passed is refused as an action item's (unless it is the one it had).
    private func actionItemValues(_ form: inout FormState, keeping unchanged: Int64? = nil) -> (String, String, Int64?)? {
        let body = form.value("body").trimmingCharacters(in: .whitespaces)
        let owner = form.value("owner")
        var due: Int64?
        // Refused last field first, so the focus ends on the first field to fix.
        let dueText = form.value("due").trimmingCharacters(in: .whitespaces)
        if let unchanged, dueText == strings.dateTime(unchanged) {
            due = unchanged
        } else if !dueText.isEmpty {
            switch DueDate.parse(dueText, now: now, language: strings.language, forActionItem: true) {
            case let .success(value): due = value
            case let .failure(error): form.refuse("due", strings.error(error))
            }
        }
        if owner.isEmpty { form.refuse("owner", strings(.actionNeedsWho)) }
        if body.isEmpty { form.refuse("body", strings(.actionNeedsWhat)) }
        if form.fields.contains(where: { $0.error != nil }) { return nil }
        return (body, owner, due)
    }

    mutating func submitMeetingNote(_ item: String, form: inout FormState) -> [Effect] {
        let text = form.value("text").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            form.refuse("text", strings(.noteNeedsText))
            return []
        }
        return [.meeting(.note(item: item, kind: MeetingNote.Kind(rawValue: form.value("kind")) ?? .note, body: text))]
    }

    mutating func submitAttendance(form: inout FormState) -> [Effect] {
        let login = form.value("who")
        guard !login.isEmpty else { return [] }
        return [.meeting(.attendance(login: login, !(meeting?.agenda?.attendees.contains(login) ?? false)))]
    }

    mutating func submitClose(form: inout FormState) -> [Effect] {
        let path = form.value("minutes").trimmingCharacters(in: .whitespaces)
        return [.meeting(.close(minutesPath: path.isEmpty ? nil : path))]
    }
}

extension MeetingState {
    /// The clock `T` starts when the meeting was opened without `--timebox`: five minutes an item.
    static let defaultTimebox: Int64 = 300

    /// Another item: its first line, and its clock from now.
    mutating func select(_ index: Int, now: Int64) {
        guard index != selected else { return }
        selected = index
        line = 0
        itemSince = now
    }

    /// A fresh agenda, keeping the same item on screen when it is still there.
    mutating func show(_ agenda: MeetingAgenda, now: Int64) {
        let key = selectedItem?.key
        self.agenda = agenda
        if let key, let index = agenda.items.firstIndex(where: { $0.key == key }) {
            selected = index
        } else {
            // The item on screen is gone (a list emptied): the one now in its place starts afresh.
            if key != nil {
                line = 0
                itemSince = now
            }
            selected = min(selected, max(0, agenda.items.count - 1))
        }
        if let position = following?.position { stand(at: position) }
        if let item = selectedItem { line = min(line, max(0, lines(of: item).count - 1)) }
    }

    /// Where the chair's screen stands: its item (by key, else by place), line and clock.
    mutating func stand(at position: MeetingPosition) {
        let items = agenda?.items ?? []
        selected = items.firstIndex { $0.key == position.item } ?? min(position.index, max(0, items.count - 1))
        line = position.line
        timebox = position.timebox
        itemSince = position.itemSince
    }
}
