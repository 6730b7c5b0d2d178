/// A command line that could not be understood: exit code 2, with the usage to fix it.
public struct UsageError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: Message
    public var usage: String

    public init(_ message: Message, usage: String) {
        self.message = message
        self.usage = usage
    }

    public var description: String { text(.english) }

    /// `error: ...` and the usage, in the person's language (the usage is already in it).
    public func text(_ strings: Strings) -> String {
        strings(Message(.error, "\(message)")) + "\n\n" + usage
    }

    /// A usage written by hand: each form of the command on its own line, aligned under the first,
    /// then where to find the options.
    public static func forms(_ forms: [String], help command: String, _ strings: Strings) -> String {
        let first = strings(Message(.usageForm, "\(forms[0])"))
        let indent = String(repeating: " ", count: first.count - forms[0].count)
        return ([first] + forms.dropFirst().map { indent + $0 } + ["", strings(Message(.runHelpForTheOptions, "\(command)"))])
            .joined(separator: "\n")
    }
}
