/// A row that was not imported: where it is in the file, which column, and why.
public struct ImportReject: Sendable, Equatable {
    /// The record number, counting the header as row 1, as a spreadsheet shows it.
    public var row: Int
    /// The line the row starts on; it differs from `row` after fields with line breaks.
    public var line: Int
    public var column: String
    public var reason: Message

    public init(row: Int, line: Int, column: String, reason: Message) {
        self.row = row
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `row 7 (line 9), column Amount: '12,5' is written with a decimal comma; pass --decimal-comma`
    public var message: Message {
        let place: Message = line == row ? Message(.row, "\(row)") : Message(.rowLine, "\(row)", "\(line)")
        return column.isEmpty ? Message(.labelAndValue, "\(place)", "\(reason)") : Message(.column, "\(place)", "\(column)", "\(reason)")
    }

    /// The same without the column, under a heading that names it.
    public var placeAndReason: Message {
        let place: Message = line == row ? Message(.row, "\(row)") : Message(.rowLine, "\(row)", "\(line)")
        return Message(.labelAndValue, "\(place)", "\(reason)")
    }

    public var description: String { message.description }
}
