import HandoffCore

extension AppState {
    /// Keys inside an open form. Submitting turns the values into effects through the form's purpose;
    /// a refusal keeps the form open with the reason beside the field.
    mutating func editForm(_ action: UserAction) -> [Effect] {
        guard case var .form(form) = overlay else { return [] }
        switch action {
        case .cancelForm:
            overlay = detailUnderForm.map(Overlay.detail) ?? accountUnderForm.map(Overlay.account)
            detailUnderForm = nil
            accountUnderForm = nil
            return []
        case .nextField: form.moveFocus(by: 1)
        case .previousField: form.moveFocus(by: -1)
        case .previousChoice:
            form.cycleChoice(by: -1)
            recheck(&form)
        case .nextChoice:
            form.cycleChoice(by: 1)
            recheck(&form)
        case .deleteBackward:
            form.deleteBackward()
            recheck(&form)
        case .clearLine:
            form.clearField()
            recheck(&form)
        case .deleteWord:
            form.deleteWord()
            recheck(&form)
        case .submitForm:
            form.clearErrors()
            let effects = submit(&form)
            if form.fields.contains(where: { $0.error != nil }) || form.message != nil {
                overlay = .form(form)
                return []
            }
            if case .form = overlay {
                overlay = detailUnderForm.map(Overlay.detail) ?? accountUnderForm.map(Overlay.account)
                detailUnderForm = nil
                accountUnderForm = nil
            }
            submittedForm =
                effects.contains { if case .run = $0 { true } else if case .runContent = $0 { true } else { false } } ? form : nil
            return effects
        default: break
        }
        overlay = .form(form)
        return []
    }

    /// After an edit, each refusal still shown is checked again with the submit's own rules, so
    /// it disappears as soon as its field is right; untouched fields get no new refusals.
    mutating func recheck(_ form: inout FormState) {
        guard form.fields.contains(where: { $0.error != nil }) || form.message != nil else { return }
        var probe = form
        probe.clearErrors()
        // A copy of the whole state: validation is pure, and nothing it would ask for is run.
        var scratch = self
        _ = scratch.submit(&probe)
        for index in form.fields.indices where form.fields[index].error != nil {
            form.fields[index].error = probe.fields[index].error
        }
        if form.message != nil { form.message = probe.message }
    }

    /// Validates a submitted form; on refusal marks fields on `form` and returns no effects.
    mutating func submit(_ form: inout FormState) -> [Effect] {
        switch form.purpose {
        case let .reject(leads):
            return submitReject(leads, form: &form)
        case let .acceptFor(leads):
            return submitAcceptFor(leads, form: &form)
        case let .won(lead):
            return submitWon(lead, form: &form)
        case let .lost(lead):
            return submitLost(lead, form: &form)
        case let .note(lead):
            return submitNote(lead, form: &form)
        case .newLead:
            return submitLead(nil, form: &form)
        case let .editLead(lead):
            return submitLead(lead, form: &form)
        case .customPeriod:
            return submitCustomPeriod(form: &form)
        case let .actionItem(item):
            return submitActionItem(item, form: &form)
        case .actionDone:
            guard let id = Int64(form.value("action")) else {
                form.refuse("action", strings(.actionDoneChoose))
                return []
            }
            return [.meeting(.actionDone(id))]
        case .closeMeeting:
            return submitClose(form: &form)
        case let .meetingNote(item):
            return submitMeetingNote(item, form: &form)
        case let .editActionItem(id):
            return submitEditAction(id, form: &form)
        case let .deleteActionItem(id):
            return [.meeting(.deleteAction(id))]
        case let .removeMeetingNote(id):
            return [.meeting(.removeNote(id))]
        case .attendance:
            return submitAttendance(form: &form)
        case let .reassign(lead, draft):
            return submitReassign(lead, draft: draft, form: &form)
        case .satisfaction, .followUp, .followUpDone, .editAccount, .newDeal, .referral:
            return submitAccountForm(form.purpose, form: &form)
        case let .insight(lead):
            return submitInsight(lead, form: &form)
        case let .sendContent(lead):
            return submitSend(lead, form: &form)
        case .newPiece:
            return submitPiece(nil, form: &form)
        case let .editPiece(piece):
            return submitPiece(piece, form: &form)
        case let .coAuthor(piece):
            return submitCoAuthor(piece, form: &form)
        case let .linkInsight(piece):
            return submitLinkInsight(piece, form: &form)
        case let .markAnswered(insight):
            return submitAnswered(insight, form: &form)
        }
    }

    /// A command from a form came second to someone else's change of the same lead: the form comes
    /// back with what was typed, says what changed, and Enter applies it to the lead as it is now.
    mutating func reopenAfterConflict(_ conflict: LeadConflict) -> Bool {
        guard var form = submittedForm, let version = conflict.version, form.purpose.leadIDs.contains(conflict.leadID) else { return false }
        submittedForm = nil
        form.purpose = form.purpose.rebased(leadID: conflict.leadID, version: version)
        form.message = strings(conflict.message) + " " + strings(.formConflictRetry)
        form.selectsAll = false
        overlay = .form(form)
        return true
    }
}
