/// Why one row of an imported file cannot be imported as it is: the column and the reason.
public struct ImportProblem: Sendable, Equatable {
    public var column: String
    public var reason: Message
    /// For a stage value the board does not know: the value, so the report can list them all and
    /// suggest a `--stage-map`.
    public var unknownStage: String?
    /// The option that would get the row in as it is (`--decimal-comma`, `--map id=ProspectID`),
    /// when one would.
    public var fix: String?

    public init(column: String, reason: Message, unknownStage: String? = nil, fix: String? = nil) {
        self.column = column
        self.reason = reason
        self.unknownStage = unknownStage
        self.fix = fix
    }
}
