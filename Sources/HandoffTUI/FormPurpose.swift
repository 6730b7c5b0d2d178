/// What a form is for: decides how its values become a command when it is submitted.
public enum FormPurpose: Sendable, Equatable {
    /// The `:` command line.
    case commandLine
}
