/// The first rows of a file as an import would read them, before anything is written: what the
/// board's `:import` shows for confirmation.
public struct ImportPreview: Sendable, Equatable {
    public var path: String
    public var options: ImportOptions
    public var delimiter: UInt8
    public var bytes: Int
    /// One line per column: what it is read into.
    public var mapping: [Message]
    /// The previewed fields and their values, row by row, as they would be stored.
    public var columns: [String]
    public var rows: [[String]]
    /// Problems in the previewed rows.
    public var problems: [ImportReject]

    public init(
        path: String, options: ImportOptions, delimiter: UInt8, bytes: Int, mapping: [Message], columns: [String], rows: [[String]],
        problems: [ImportReject]
    ) {
        self.path = path
        self.options = options
        self.delimiter = delimiter
        self.bytes = bytes
        self.mapping = mapping
        self.columns = columns
        self.rows = rows
        self.problems = problems
    }

    /// `,` `;` `tab` `|` as people name them.
    public var delimiterName: String { delimiter == UInt8(ascii: "\t") ? "tab" : String(UnicodeScalar(delimiter)) }
}
