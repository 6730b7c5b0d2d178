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
}
