import HandoffCore

/// What a form is for: decides how its values become a command when it is submitted.
public enum FormPurpose: Sendable, Equatable {
    /// A reason and a comment for rejecting one lead or several marked ones.
    case reject([LeadRef])
    /// The rep who takes the accepted leads.
    case acceptFor([LeadRef])
    case won(LeadRef)
    case lost(LeadRef)
    case note(LeadRef)
    case newLead
    case editLead(LeadRef)
    /// The dashboard's own period: from and until dates.
    case customPeriod
    /// An action item of the meeting, for the agenda item it was raised on.
    case actionItem(item: String?)
    /// Ticks off an open action item, chosen from the list.
    case actionDone
    /// Asks before closing the meeting, which cannot be undone; offers to write the minutes to a file.
    case closeMeeting
    /// A decision or a note on an agenda item.
    case meetingNote(item: String)
    case editActionItem(Int64)
    /// Asks before deleting an action item, or taking back a decision or note.
    case deleteActionItem(Int64)
    case removeMeetingNote(Int64)
    /// Puts a member on the meeting's attendance list, or takes them off.
    case attendance
    /// Gives a lead to another member (opened from its detail, as in the meeting).
    case reassign(LeadRef, LeadDraft)
    /// A customer's 0-10 answer and comment.
    case satisfaction(AccountRef)
    /// A follow-up written for an account: what, when, who.
    case followUp(AccountRef)
    /// Ticks off an open follow-up of the account, chosen from the list.
    case followUpDone(AccountRef)
    /// The account's manager and renewal date.
    case editAccount(AccountRef)
    /// A new deal for the account: upsell, renewal or cross-sell.
    case newDeal(AccountRef)
    /// The customer that referred a lead.
    case referral(LeadRef)
    /// What the lead said, heard by the person (`i`).
    case insight(LeadRef)
    /// A published piece sent to the lead (`s` in its detail).
    case sendContent(LeadRef)
    case newPiece
    case editPiece(ContentPiece)
    case coAuthor(ContentPiece)
    /// The insight that motivated the piece, chosen from the recent ones.
    case linkInsight(ContentPiece)
    /// The piece that answers an insight of the insights panel.
    case markAnswered(Insight)
}

extension FormPurpose {
    /// The same purpose applied to `leadID` as it is now, at `version`: after a conflict, the
    /// person has seen the change and submits again onto it.
    func rebased(leadID: Int64, version: Int) -> FormPurpose {
        func rebase(_ ref: LeadRef) -> LeadRef {
            guard ref.id == leadID else { return ref }
            var rebased = ref
            rebased.version = version
            return rebased
        }
        switch self {
        case let .reject(refs): return .reject(refs.map(rebase))
        case let .acceptFor(refs): return .acceptFor(refs.map(rebase))
        case let .won(ref): return .won(rebase(ref))
        case let .lost(ref): return .lost(rebase(ref))
        case let .note(ref): return .note(rebase(ref))
        case let .editLead(ref): return .editLead(rebase(ref))
        case let .reassign(ref, draft): return .reassign(rebase(ref), draft)
        case let .referral(ref): return .referral(rebase(ref))
        case .satisfaction, .followUp, .followUpDone, .editAccount, .newDeal: return self
        case let .insight(ref): return .insight(rebase(ref))
        case let .sendContent(ref): return .sendContent(rebase(ref))
        case .newPiece, .editPiece, .coAuthor, .linkInsight, .markAnswered: return self
        case .newLead, .customPeriod, .actionItem, .actionDone, .closeMeeting, .meetingNote, .editActionItem, .deleteActionItem,
            .removeMeetingNote,
            .attendance:
            return self
        }
    }

    /// The leads the form is about.
    var leadIDs: [Int64] {
        switch self {
        case let .reject(refs), let .acceptFor(refs): return refs.map(\.id)
        case let .won(ref), let .lost(ref), let .note(ref), let .editLead(ref), let .reassign(ref, _), let .referral(ref),
            let .insight(ref),
            let .sendContent(ref):
            return [ref.id]
        case .satisfaction, .followUp, .followUpDone, .editAccount, .newDeal, .newPiece, .editPiece, .coAuthor, .linkInsight, .markAnswered:
            return []
        case .newLead, .customPeriod, .actionItem, .actionDone, .closeMeeting, .meetingNote, .editActionItem, .deleteActionItem,
            .removeMeetingNote,
            .attendance:
            return []
        }
    }
}
