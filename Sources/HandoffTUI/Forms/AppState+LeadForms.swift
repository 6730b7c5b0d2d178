import Foundation
import HandoffCore

extension AppState {
    mutating func submitReject(_ leads: [LeadRef], form: inout FormState) -> [Effect] {
        let reason = form.value("reason")
        let comment = form.value("comment").trimmingCharacters(in: .whitespaces)
        if reason.isEmpty {
            form.refuse("reason", strings(.refuseChooseReason))
        } else if reason == "other" && comment.isEmpty {
            form.refuse("comment", strings(.refuseSayWhy))
        }
        if form.fields.contains(where: { $0.error != nil }) { return [] }
        let commands = leads.map { Command.reject(leadID: $0.id, reason: reason, comment: comment, expectedVersion: $0.version) }
        let who = leads.count == 1 ? leads[0].name : strings(.leadsCount, leads.count)
        return [.run(commands.count == 1 ? commands[0] : .batch(commands), successMessage: strings(.msgRejected, who, reason))]
    }

    mutating func submitAcceptFor(_ leads: [LeadRef], form: inout FormState) -> [Effect] {
        let owner = form.value("owner")
        let commands = leads.map { Command.accept(leadID: $0.id, owner: owner, expectedVersion: $0.version) }
        let who = leads.count == 1 ? leads[0].name : strings(.leadsCount, leads.count)
        return [.run(commands.count == 1 ? commands[0] : .batch(commands), successMessage: strings(.msgAcceptedFor, who, owner))]
    }

    mutating func submitWon(_ lead: LeadRef, form: inout FormState) -> [Effect] {
        switch MoneyInput.parse(form.value("amount"), language: strings.language) {
        case let .success(amount):
            return [
                .run(
                    .won(leadID: lead.id, amount: amount, expectedVersion: lead.version),
                    successMessage: strings(.msgWon, lead.name, strings.exactMoney(amount), reference.currency))
            ]
        case let .failure(error):
            form.refuse("amount", strings.error(error))
            return []
        }
    }

    mutating func submitLost(_ lead: LeadRef, form: inout FormState) -> [Effect] {
        let reason = form.value("reason")
        guard !reason.isEmpty else {
            form.refuse("reason", strings(.refuseChooseReason))
            return []
        }
        return [
            .run(
                .lost(leadID: lead.id, reason: reason, expectedVersion: lead.version), successMessage: strings(.msgLost, lead.name, reason))
        ]
    }

    mutating func submitNote(_ lead: LeadRef, form: inout FormState) -> [Effect] {
        let body = form.value("note").trimmingCharacters(in: .whitespaces)
        if body.isEmpty { form.refuse("note", strings(.refuseEmptyNote)) }
        var due: Int64?
        let dueText = form.value("due").trimmingCharacters(in: .whitespaces)
        if !dueText.isEmpty {
            switch DueDate.parse(dueText, now: now, language: strings.language) {
            case let .success(value): due = value
            case let .failure(error): form.refuse("due", strings.error(error))
            }
        }
        if form.fields.contains(where: { $0.error != nil }) { return [] }
        let message = due.map { strings(.msgNextStep, lead.name, strings.date($0)) } ?? strings(.msgNoteAdded, lead.name)
        return [.run(.note(leadID: lead.id, body: body, due: due), successMessage: message)]
    }

    /// New or edited lead: every field is checked at once; nothing is sent until all are valid.
    mutating func submitLead(_ lead: LeadRef?, form: inout FormState) -> [Effect] {
        var values: [String: String] = [:]
        for field in form.fields { values[field.name] = field.value }
        switch LeadDraft.parse(
            values, campaigns: Set(reference.campaigns), members: Set(reference.members.map(\.login)), language: strings.language)
        {
        case let .success(draft):
            if let lead {
                return [.run(.edit(leadID: lead.id, draft, expectedVersion: lead.version), successMessage: strings(.msgSaved, draft.name))]
            }
            return [
                .run(
                    .create(draft),
                    successMessage: strings(.msgCreated, draft.name, pipeline.visibleStages.first?.title ?? strings(.firstStage)))
            ]
        case let .failure(errors):
            // Refuse in form order, so the focus lands on the first field to fix.
            for name in LeadDraft.fieldNames.reversed() {
                if let message = errors.messages[name] { form.refuse(name, strings(message)) }
            }
            return []
        }
    }
}
