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
    /// Asks before closing the meeting, which cannot be undone.
    case closeMeeting
}
