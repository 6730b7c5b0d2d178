import Foundation
import HandoffCore

/// The customer band's keys. On a column of the band the board's keys act on the selected account
/// (`H` `L` move it, `Enter` opens it, `e` edits it, `c` plans a follow-up); in the account's panel
/// `s` records an answer, `c` plans a follow-up, `t` ticks one off, `e` edits, `n` opens a new deal.
extension AppState {
    public var selectedAccount: Account? {
        columns.indices.contains(selectedColumn) ? columns[selectedColumn].selectedAccount : nil
    }

    /// The account the keys act on: the one whose panel is open, else the board's card.
    public var focusedAccount: Account? {
        if case let .account(detail) = overlay { return detail.account }
        return view == .board ? selectedAccount : nil
    }

    /// True while the board's selection is on a column of the customer band.
    var onCustomerColumn: Bool {
        overlay == nil && meeting == nil && view == .board && columns.indices.contains(selectedColumn) && columns[selectedColumn].isCustomer
    }

    /// A board key pressed on a column of the customer band, as it applies to accounts; nil for
    /// keys that mean the same there as anywhere (moving around, switching views).
    mutating func performOnAccount(_ action: UserAction) -> [Effect]? {
        guard onCustomerColumn else { return nil }
        switch action {
        case .moveBack, .moveForward:
            return moveSelectedAccount(step: action == .moveForward ? 1 : -1)
        case .openDetail:
            guard let account = selectedAccount else { return noAccount() }
            return [.loadAccount(accountID: account.id)]
        case .editLead:
            return performAccountAction(.editAccount)
        case .addNote:
            return performAccountAction(.addFollowUp)
        case .markWon, .markLost, .accept, .acceptFor, .reject, .referLead:
            status = StatusMessage(strings(.accountNotALead), tone: .error)
            return []
        default:
            return nil
        }
    }

    private mutating func noAccount() -> [Effect] {
        status = StatusMessage(strings(.noAccountSelected), tone: .error)
        return []
    }

    private mutating func moveSelectedAccount(step: Int) -> [Effect] {
        guard let account = selectedAccount else { return noAccount() }
        do {
            let target = try pipeline.neighbour(of: account.stage, step: step)
            return moveAccount(account, to: target)
        } catch {
            status = StatusMessage(strings.error(error), tone: .error)
            return []
        }
    }

    /// `H`/`L` and `:move` on an account.
    mutating func moveAccount(_ account: Account, to target: Stage) -> [Effect] {
        if let refusal = refusal(.moveAccounts) { return refuse(refusal) }
        do { _ = try pipeline.validateAccountMove(from: account.stage, to: target.id) } catch { return refuse(error.message) }
        return [
            .runAccount(
                .move(accountID: account.id, toStage: target.id, expectedVersion: account.version),
                successMessage: strings(.msgAccountMoved, account.name, target.title))
        ]
    }

    /// The keys of an account's panel (and the board keys that lead to them).
    mutating func performAccountAction(_ action: UserAction) -> [Effect] {
        guard let account = focusedAccount else { return noAccount() }
        let ref = AccountRef(account)
        let opened = overlay
        defer { if case let .account(detail) = opened, case .form = overlay { accountUnderForm = detail } }
        switch action {
        case .recordSatisfaction:
            if let refusal = refusal(.recordSatisfaction) { return refuse(refusal) }
            overlay = .form(
                FormState(
                    title: strings(.formSatisfactionTitle, account.name),
                    fields: [
                        FormField(name: "score", label: strings(.labelScore)), FormField(name: "comment", label: strings(.labelComment)),
                    ],
                    purpose: .satisfaction(ref), note: strings(.formSatisfactionNote)))
        case .addFollowUp:
            if let refusal = refusal(.followUp) { return refuse(refusal) }
            let owner = account.owner ?? user
            overlay = .form(
                FormState(
                    title: strings(.formFollowUpTitle, account.name),
                    fields: [
                        FormField(name: "body", label: strings(.labelWhat)), FormField(name: "due", label: strings(.labelDue)),
                        FormField(name: "owner", label: strings(.labelWho), value: owner, choices: memberChoices(including: owner)),
                    ],
                    purpose: .followUp(ref)))
        case .followUpDone:
            if let refusal = refusal(.followUp) { return refuse(refusal) }
            guard case let .account(detail) = overlay, !detail.openFollowUps.isEmpty else {
                status = StatusMessage(strings(.followUpNoneOpen))
                return []
            }
            let choices = detail.openFollowUps.map { FormField.Choice(code: String($0.id), label: "#\($0.id) " + followUpLine($0)) }
            overlay = .form(
                FormState(
                    title: strings(.formFollowUpDoneTitle, account.name),
                    fields: [FormField(name: "followUp", label: strings(.labelFollowUp), value: choices[0].code, choices: choices)],
                    purpose: .followUpDone(ref)))
        case .editAccount:
            if let refusal = refusal(.editAccounts) { return refuse(refusal) }
            let owner = account.owner ?? ""
            let nobody = [FormField.Choice(code: "", label: strings(.nobody))]
            overlay = .form(
                FormState(
                    title: strings(.formEditAccountTitle, account.name),
                    fields: [
                        FormField(
                            name: "owner", label: strings(.labelManager), value: owner, choices: nobody + memberChoices(including: nil)),
                        FormField(name: "renewal", label: strings(.labelRenewal), value: account.renewalAt.map(strings.date) ?? ""),
                    ],
                    purpose: .editAccount(ref), note: strings(.formEditAccountNote)))
        case .newDeal:
            if let refusal = refusal(.openDeal) { return refuse(refusal) }
            let kinds = DealKind.allCases.map { FormField.Choice(code: $0.rawValue, label: strings($0.titleKey)) }
            let reps = reference.salesReps.isEmpty ? reference.members : reference.salesReps
            let owners =
                [FormField.Choice(code: "", label: strings(.nobody))]
                + reps.map { FormField.Choice(code: $0.login, label: "\($0.name) (\($0.login))") }
            let start = reps.contains { $0.login == user } ? user : ""
            overlay = .form(
                FormState(
                    title: strings(.formNewDealTitle, account.name),
                    fields: [
                        FormField(name: "kind", label: strings(.labelKind), value: kinds[0].code, choices: kinds),
                        FormField(name: "name", label: strings(.fieldName), value: account.name + ": "),
                        FormField(name: "value", label: strings(.labelValue, reference.currency)),
                        FormField(name: "owner", label: strings(.labelRep), value: start, choices: owners),
                    ],
                    purpose: .newDeal(ref), focus: 1))
        default:
            break
        }
        return []
    }

    /// `R` on a lead: the customer that referred it.
    mutating func askForReferral() -> [Effect] {
        guard let lead = focusedLead else {
            status = StatusMessage(strings(.noLeadSelected), tone: .error)
            return []
        }
        if let stage = pipeline.stage(lead.stage), let refusal = refusal(Ability.forEdit(in: stage)) { return refuse(refusal) }
        let opened = overlay
        overlay = .form(
            FormState(
                title: strings(.formReferralTitle, lead.name), fields: [FormField(name: "account", label: strings(.labelReferredBy))],
                purpose: .referral(LeadRef(lead)), note: strings(.formReferralNote)))
        if case let .detail(detail) = opened { detailUnderForm = detail }
        return []
    }

    /// Members to choose from, with `login` first among them when it is not one (an owner removed
    /// since keeps showing until someone changes it).
    private func memberChoices(including login: String?) -> [FormField.Choice] {
        var choices = reference.members.map { FormField.Choice(code: $0.login, label: "\($0.name) (\($0.login))") }
        if let login, !login.isEmpty, !choices.contains(where: { $0.code == login }) {
            choices.insert(FormField.Choice(code: login, label: login), at: 0)
        }
        return choices
    }

    /// `Kick-off · due 2026-11-25 12:00 · sam`, as the panel and the forms list a follow-up.
    func followUpLine(_ followUp: FollowUp) -> String {
        let due =
            followUp.isOpen
            ? strings(.dueAt, strings.dateTime(followUp.due)) : strings(.followUpDoneOn, strings.date(followUp.doneAt ?? followUp.due))
        return [followUp.title(strings), due, followUp.owner ?? ""].filter { !$0.isEmpty }.joined(separator: " \(glyphs.separator) ")
    }

    // MARK: The forms, submitted

    mutating func submitAccountForm(_ purpose: FormPurpose, form: inout FormState) -> [Effect] {
        switch purpose {
        case let .satisfaction(ref):
            let text = form.value("score").trimmingCharacters(in: .whitespaces)
            guard let score = Int(text), NPSCategory.range.contains(score) else {
                form.refuse("score", strings(.refuseScore))
                return []
            }
            let comment = form.value("comment").trimmingCharacters(in: .whitespaces)
            let message =
                NPSCategory(score: score) == .detractor
                ? strings(.msgDetractor, ref.name, score) : strings(.msgSatisfaction, ref.name, score)
            return [.runAccount(.recordSatisfaction(accountID: ref.id, score: score, comment: comment), successMessage: message)]
        case let .followUp(ref):
            let body = form.value("body").trimmingCharacters(in: .whitespaces)
            if body.isEmpty { form.refuse("body", strings(.refuseEmptyFollowUp)) }
            var due: Int64?
            switch DueDate.parse(form.value("due"), now: now, language: strings.language) {
            case let .success(value): due = value
            case let .failure(error): form.refuse("due", strings.error(error))
            }
            guard let due, form.fields.allSatisfy({ $0.error == nil }) else { return [] }
            let owner = form.value("owner")
            return [
                .runAccount(
                    .addFollowUp(accountID: ref.id, body: body, due: due, owner: owner.isEmpty ? nil : owner),
                    successMessage: strings(.msgFollowUpAdded, ref.name, strings.date(due)))
            ]
        case let .followUpDone(ref):
            guard let id = Int64(form.value("followUp")) else {
                form.refuse("followUp", strings(.followUpNoneOpen))
                return []
            }
            return [.runAccount(.setFollowUpDone(followUpID: id, done: true), successMessage: strings(.msgFollowUpDone, id, ref.name))]
        case let .editAccount(ref):
            let owner = form.value("owner")
            var renewal: Int64?
            let text = form.value("renewal").trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                guard let moment = DateInput.moment(text, language: strings.language) else {
                    form.refuse("renewal", strings(.refuseRenewalDate))
                    return []
                }
                renewal = moment.seconds
            }
            return [
                .runAccount(
                    .edit(accountID: ref.id, owner: owner.isEmpty ? nil : owner, renewalAt: renewal, expectedVersion: ref.version),
                    successMessage: strings(.msgAccountSaved, ref.name))
            ]
        case let .newDeal(ref):
            let name = form.value("name").trimmingCharacters(in: .whitespaces)
            if name.isEmpty || name.count > 200 { form.refuse("name", strings(.refuseDealName)) }
            var value: Double?
            let valueText = form.value("value").trimmingCharacters(in: .whitespaces)
            if !valueText.isEmpty {
                switch MoneyInput.parse(valueText, language: strings.language, allowZero: true) {
                case let .success(amount): value = amount
                case let .failure(error): form.refuse("value", strings.error(error))
                }
            }
            guard form.fields.allSatisfy({ $0.error == nil }), let kind = DealKind(rawValue: form.value("kind")) else { return [] }
            let owner = form.value("owner")
            let draft = DealDraft(kind: kind, name: name, value: value, owner: owner.isEmpty ? nil : owner)
            return [
                .run(.openDeal(accountID: ref.id, draft), successMessage: strings(.msgDealOpened, name, strings(kind.titleKey), ref.name))
            ]
        case let .referral(ref):
            let text = form.value("account").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                form.refuse("account", strings(.refuseReferralAccount))
                return []
            }
            return [.referLead(leadID: ref.id, account: text, expectedVersion: ref.version, leadName: ref.name)]
        default:
            return []
        }
    }

    // MARK: Results

    mutating func accountLoaded(_ detail: AccountDetailState) -> [Effect] {
        var loaded = detail
        // The same account read again keeps its place in the panel.
        if case let .account(open) = overlay, open.account.id == detail.account.id { loaded.scroll = open.scroll }
        overlay = .account(loaded)
        return []
    }

    mutating func accountCommandSucceeded(_ change: AccountChange, message: String) -> [Effect] {
        submittedForm = nil
        status = StatusMessage(message, tone: .success)
        var detail: [Effect] = []
        if case let .account(open) = overlay { detail = [.loadAccount(accountID: open.account.id)] }
        return [.reloadBoard(followingAccount: change.account.id)] + dashboardEffects() + meetingEffects() + inboxEffects(feedback: false)
            + detail
    }
}
