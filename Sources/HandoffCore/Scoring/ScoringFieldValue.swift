/// A lead's value for a field a rule reads: text from the data (numbers in text are compared as
/// numbers by numeric rules), or a number field of the lead.
public enum ScoringFieldValue: Sendable, Equatable {
    case text(String)
    case number(Double)
}
