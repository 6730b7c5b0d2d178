import HandoffCore

extension AppState {
    /// Keys that change leads. Quick answers run at once (they can be undone); the others open a
    /// form, checked before anything is sent to the store.
    mutating func performLeadAction(_ action: UserAction) -> [Effect] {
        switch action {
        case .undo, .redo:
            if let refusal = writeRefusal { return refuse(refusal) }
            return action == .undo ? [.run(.undo, successMessage: strings(.msgUndone))] : [.run(.redo, successMessage: strings(.msgRedone))]
        case .newLead:
            if let refusal = refusal(.createLead) { return refuse(refusal) }
            overlay = .form(leadForm(title: strings(.formNewTitle), draft: nil, purpose: .newLead))
            return []
        case .accept, .acceptFor, .reject:
            return answer(action)
        default:
            break
        }
        guard let lead = focusedLead else {
            status = StatusMessage(strings(.noLeadSelected), tone: .error)
            return []
        }
        let needed: Ability? =
            switch action {
            case .markWon, .markLost: .close
            case .addNote: .note
            case .editLead, .reassign: pipeline.stage(lead.stage).map(Ability.forEdit(in:))
            default: nil
            }
        if let needed, let refusal = refusal(needed) { return refuse(refusal) }
        switch action {
        case .markWon:
            return askToClose(lead, won: true)
        case .markLost:
            return askToClose(lead, won: false)
        case .addNote:
            let fields = [FormField(name: "note", label: strings(.labelNote)), FormField(name: "due", label: strings(.labelDue))]
            overlay = .form(
                FormState(
                    title: strings(.formNoteTitle, lead.name), fields: fields,
                    purpose: .note(LeadRef(lead))))
        case .editLead:
            overlay = .form(
                leadForm(title: strings(.formEditTitle, lead.id), draft: LeadDraft(lead: lead), purpose: .editLead(LeadRef(lead))))
        case .reassign:
            let people = reference.members.map { FormField.Choice(code: $0.login, label: "\($0.name) (\($0.login))") }
            let choices = [FormField.Choice(code: "", label: strings(.nobody))] + people
            overlay = .form(
                FormState(
                    title: strings(.reassignTitle, lead.name),
                    fields: [FormField(name: "owner", label: strings(.fieldOwner), value: lead.owner ?? "", choices: choices)],
                    purpose: .reassign(LeadRef(lead), LeadDraft(lead: lead))))
        default:
            break
        }
        return []
    }

    /// A move that is really a win, a loss or a rejection (`L` into Won, `:move lost`, `:move
    /// nurture` from the handoff) asks for what that step needs, exactly as `w`, `o` and `x` do.
    mutating func move(_ lead: Lead, to target: Stage, message: String) -> [Effect] {
        switch pipeline.intent(moving: lead, to: target) {
        case .move:
            if let refusal = refusal(toMove: lead, to: target) { return refuse(refusal) }
            return [.run(.move(leadID: lead.id, toStage: target.id, expectedVersion: lead.version), successMessage: message)]
        case .win:
            return askToClose(lead, won: true)
        case .lose:
            return askToClose(lead, won: false)
        case .reject:
            return answer(.reject, leads: [lead])
        }
    }

    /// The amount of a win or the reason of a loss, asked once the person may and the lead can.
    private mutating func askToClose(_ lead: Lead, won: Bool) -> [Effect] {
        if let refusal = refusal(.close) { return refuse(refusal) }
        do { _ = try pipeline.validateClose(lead, won: won) } catch { return refuse(error) }
        if won {
            let amount = FormField(
                name: "amount", label: strings(.labelAmount, reference.currency),
                value: lead.value.map { MoneyFormat.plain($0, strings.language) } ?? "")
            overlay = .form(FormState(title: strings(.formWonTitle, lead.name), fields: [amount], purpose: .won(LeadRef(lead))))
        } else {
            overlay = .form(
                FormState(
                    title: strings(.formLostTitle, lead.name), fields: [reasonField(reference.lostReasons)], purpose: .lost(LeadRef(lead))))
        }
        return []
    }

    /// Accept and reject act on the lead whose detail is open, else the marked leads in the
    /// inbox, else the lead under the cursor.
    private mutating func answer(_ action: UserAction) -> [Effect] {
        if case let .detail(detail) = overlay { return answer(action, leads: [detail.lead]) }
        return answer(action, leads: view == .inbox ? inbox.targets : (selectedLead.map { [$0] } ?? []))
    }

    private mutating func answer(_ action: UserAction, leads: [Lead]) -> [Effect] {
        guard !leads.isEmpty else {
            status = StatusMessage(strings(view == .inbox ? .inboxNothingToAnswer : .noLeadSelected), tone: .error)
            return []
        }
        // Checked before anything is sent, so a refusal is shown at once, not after typing a reason.
        if let refusal = refusal(action == .reject ? .reject : .accept) { return refuse(refusal) }
        do {
            for lead in leads { _ = action == .reject ? try pipeline.validateReject(lead) : try pipeline.validateAccept(lead) }
        } catch {
            return refuse(error)
        }
        let refs = leads.map(LeadRef.init)
        let who = refs.count == 1 ? refs[0].name : strings(.leadsCount, refs.count)
        switch action {
        case .accept:
            let commands = refs.map { Command.accept(leadID: $0.id, owner: nil, expectedVersion: $0.version) }
            return [.run(commands.count == 1 ? commands[0] : .batch(commands), successMessage: strings(.msgAcceptedYours, who))]
        case .acceptFor:
            let reps = reference.salesReps.isEmpty ? reference.members : reference.salesReps
            guard !reps.isEmpty else {
                status = StatusMessage(strings(.refuseNobody), tone: .error)
                return []
            }
            let choices = reps.map { FormField.Choice(code: $0.login, label: "\($0.name) (\($0.login))") }
            let preferred = leads.count == 1 ? leads[0].owner : nil
            let start = choices.first { $0.code == preferred }?.code ?? choices.first { $0.code == user }?.code ?? choices[0].code
            overlay = .form(
                FormState(
                    title: strings(.formAcceptForTitle, who),
                    fields: [FormField(name: "owner", label: strings(.labelRep), value: start, choices: choices)],
                    purpose: .acceptFor(refs)))
        default:
            let fields = [reasonField(reference.rejectReasons), FormField(name: "comment", label: strings(.labelComment))]
            overlay = .form(FormState(title: strings(.formRejectTitle, who), fields: fields, purpose: .reject(refs)))
        }
        return []
    }

    /// A reason choice that starts on a prompt, so a reason is always picked on purpose.
    func reasonField(_ reasons: [Reason]) -> FormField {
        let prompt = FormField.Choice(code: "", label: strings(.choosePrompt))
        return FormField(
            name: "reason", label: strings(.labelReason), value: "",
            choices: [prompt] + reasons.map { FormField.Choice(code: $0.code, label: $0.label) })
    }

    func leadForm(title: String, draft: LeadDraft?, purpose: FormPurpose) -> FormState {
        let values = draft?.texts(strings.language) ?? [:]
        let owners =
            [FormField.Choice(code: "", label: strings(.nobody))]
            + reference.members.map { FormField.Choice(code: $0.login, label: "\($0.name) (\($0.login))") }
        let labels = [
            "name": strings(.fieldName), "company": strings(.fieldCompany), "email": strings(.fieldEmail), "phone": strings(.fieldPhone),
            "source": strings(.fieldSource), "campaign": strings(.fieldCampaign), "value": strings(.labelValue, reference.currency),
            "owner": strings(.fieldOwner),
        ]
        let fields = LeadDraft.fieldNames.map { name in
            FormField(name: name, label: labels[name] ?? name, value: values[name] ?? "", choices: name == "owner" ? owners : [])
        }
        return FormState(title: title, fields: fields, purpose: purpose)
    }

    private mutating func refuse(_ error: HandoffError) -> [Effect] {
        refuse(error.message)
    }

    /// Undo and redo say what they took back or did again, on which lead, and where it is now,
    /// in one sentence per kind of change.
    func reverted(undo: Bool, event: LeadEvent, leadName: String?) -> String {
        let name = leadName ?? strings(.leadNumber, event.leadID)
        func title(_ stage: String?) -> String { stage.flatMap { pipeline.stage($0)?.title ?? $0 } ?? "" }
        // An undo names the kind it undid in its detail and leaves the stage the change went to;
        // a redo is recorded with the kind it repeats and arrives where the change went.
        let change = EventKind.change(
            undo ? event.detail : event.kind, lead: name, stage: title(undo ? event.fromStage : event.toStage), strings)
        return strings(undo ? .msgUndoneDetail : .msgRedoneDetail, change, title(event.toStage))
    }

    /// The lead given to another member: an edit of its owner, with the same checks and event.
    mutating func submitReassign(_ ref: LeadRef, draft: LeadDraft, form: inout FormState) -> [Effect] {
        var draft = draft
        let owner = form.value("owner")
        draft.owner = owner.isEmpty ? nil : owner
        let name = reference.members.first { $0.login == owner }?.name ?? strings(.nobody)
        return [.run(.edit(leadID: ref.id, draft, expectedVersion: ref.version), successMessage: strings(.msgReassigned, ref.name, name))]
    }
}
