/// One record of a CSV file as `CSVReader` hands it over. The reader reuses one value for every
/// record, so a consumer that keeps `fields` gets a copy and the reader allocates nothing per row.
public struct CSVRecord: Sendable {
    public var fields: [String] = []
    /// 1-based position among the records; the header is record 1, as in a spreadsheet.
    public var number = 0
    /// The line of the file the record starts on; past a field with a newline it differs from `number`.
    public var line = 1
    /// Fields whose bytes are not valid UTF-8; they are decoded with U+FFFD in place of the bad bytes.
    public var invalidFields: [Int] = []
    /// A quoted field ran to the end of the file without its closing quote.
    public var unterminatedQuote = false
    /// Bytes of the input consumed up to the end of this record, for progress.
    public var offset = 0

    public init() {}
}
