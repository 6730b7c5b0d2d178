/// A command line that could not be understood: exit code 2, with the usage to fix it.
public struct UsageError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public var usage: String

    public init(_ message: String, usage: String) {
        self.message = message
        self.usage = usage
    }

    public var description: String { "error: \(message)\n\n\(usage)" }
}
