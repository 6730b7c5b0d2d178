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
}
