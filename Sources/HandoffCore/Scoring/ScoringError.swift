/// A scoring definition that cannot be used, with the place in the file that is wrong.
public struct ScoringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line and column (in characters) of what is wrong.
    public var line: Int
    public var column: Int
    public var message: Message

    public init(line: Int, column: Int, _ message: Message) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { text(.english) }

    /// `line 3, column 7: ...` in the person's language.
    public func text(_ strings: Strings) -> String { strings(Message(.lineColumn, "\(line)", "\(column)", "\(message)")) }

    /// `FILE:LINE:COLUMN: message`, the form editors and terminals turn into a link.
    public func located(in file: String) -> Message {
        Message(.labelAndValue, "\(Message(verbatim: "\(file):\(line):\(column)"))", "\(message)")
    }
}
