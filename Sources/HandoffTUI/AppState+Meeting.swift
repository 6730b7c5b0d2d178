import HandoffCore

extension AppState {
    /// Keys of the meeting mode. Stepping and the layout are local; what the meeting records
    /// (discussed, action items, the close) goes to the store.
    mutating func performMeeting(_ action: UserAction) -> [Effect] {
        if action == .openMeeting {
            if meeting == nil { meeting = MeetingState() }
            return [.loadMeeting]
        }
        guard var current = meeting else { return [] }
        defer { if meeting != nil { meeting = current } }
        let count = current.agenda?.items.count ?? 0
        switch action {
        case .leaveMeeting:
            meeting = nil
            return showingDashboard()
        case .nextItem, .previousItem, .firstItem, .lastItem:
            let last = max(0, count - 1)
            switch action {
            case .nextItem: current.selected = min(last, current.selected + 1)
            case .previousItem: current.selected = max(0, current.selected - 1)
            case .firstItem: current.selected = 0
            default: current.selected = last
            }
            current.scroll = 0
        case .scrollUp, .scrollDown:
            current.scroll = max(0, current.scroll + (action == .scrollDown ? 1 : -1))
        case .toggleLargeText:
            current.large.toggle()
        case .toggleDiscussed:
            guard let item = current.selectedItem else { return [] }
            return [.meeting(.discussed(item: item.key, !(current.agenda?.discussed.contains(item.key) ?? false)))]
        case .addActionItem:
            let owners = reference.members.map { FormField.Choice(code: $0.login, label: "\($0.name) (\($0.login))") }
            guard !owners.isEmpty else {
                status = StatusMessage(strings(.actionNoMembers), tone: .error)
                return []
            }
            let prompt = FormField.Choice(code: "", label: strings(.choosePrompt))
            let fields = [FormField(name: "body", label: strings(.actionWhat)),
                          FormField(name: "owner", label: strings(.actionWho), value: "", choices: [prompt] + owners),
                          FormField(name: "due", label: strings(.actionBy))]
            overlay = .form(FormState(title: current.selectedItem.map { strings(.actionFormOn, $0.title) } ?? strings(.actionFormTitle), fields: fields,
                                      purpose: .actionItem(item: current.selectedItem?.key)))
        case .markActionDone:
            let open = current.agenda?.openActionItems ?? []
            guard let first = open.first else {
                status = StatusMessage(strings(.actionDoneNone))
                return []
            }
            let choices = open.map { action in
                FormField.Choice(code: String(action.id), label: strings(.agendaActionNumber, action.id) + " " + action.body + " · " + action.owner)
            }
            overlay = .form(FormState(title: strings(.actionDoneTitle), fields: [FormField(name: "action", label: strings(.actionDoneWhich),
                                                                                      value: String(first.id), choices: choices)],
                                      purpose: .actionDone))
        case .closeMeeting:
            let title = current.agenda.map { strings(.closeMeetingTitle, strings.dateTime($0.since)) } ?? strings(.closeMeetingNoAgenda)
            overlay = .form(FormState(title: title, fields: [], purpose: .closeMeeting))
        default:
            break
        }
        return []
    }

    /// The meeting re-reads its agenda while it is open, as the board does its columns.
    func meetingEffects() -> [Effect] { meeting == nil ? [] : [.loadMeeting] }

    mutating func submitActionItem(_ item: String?, form: inout FormState) -> [Effect] {
        let body = form.value("body").trimmingCharacters(in: .whitespaces)
        let owner = form.value("owner")
        var due: Int64?
        // Refused last field first, so the focus ends on the first field to fix.
        let dueText = form.value("due").trimmingCharacters(in: .whitespaces)
        if !dueText.isEmpty {
            switch DueDate.parse(dueText, now: now, language: strings.language) {
            case let .success(value): due = value
            case let .failure(error): form.refuse("due", strings.error(error))
            }
        }
        if owner.isEmpty { form.refuse("owner", strings(.actionNeedsWho)) }
        if body.isEmpty { form.refuse("body", strings(.actionNeedsWhat)) }
        if form.fields.contains(where: { $0.error != nil }) { return [] }
        return [.meeting(.actionItem(item: item, body: body, owner: owner, due: due))]
    }
}

extension MeetingState {
    /// A fresh agenda, keeping the same item on screen when it is still there.
    mutating func show(_ agenda: MeetingAgenda) {
        let key = selectedItem?.key
        self.agenda = agenda
        if let key, let index = agenda.items.firstIndex(where: { $0.key == key }) {
            selected = index
        } else {
            selected = min(selected, max(0, agenda.items.count - 1))
        }
    }
}
