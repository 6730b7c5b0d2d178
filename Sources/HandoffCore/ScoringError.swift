/// A scoring definition that cannot be used, with the place in the file that is wrong.
public struct ScoringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line and column (in characters) of what is wrong.
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }

    /// `FILE:LINE:COLUMN: message`, the form editors and terminals turn into a link.
    public func located(in file: String) -> String { "\(file):\(line):\(column): \(message)" }
}
