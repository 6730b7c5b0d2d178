/// How far an import has got: for the progress line on stderr.
public struct ImportProgress: Sendable, Equatable {
    public var rows: Int
    public var bytes: Int
    public var totalBytes: Int
    public var seconds: Double
    /// Every row is committed and the server is tidying the tables for reading (a few seconds
    /// at a million rows), which no count of rows would show.
    public var settling: Bool

    public init(rows: Int, bytes: Int, totalBytes: Int, seconds: Double, settling: Bool = false) {
        self.rows = rows
        self.bytes = bytes
        self.totalBytes = totalBytes
        self.seconds = seconds
        self.settling = settling
    }

    public var rowsPerSecond: Int { seconds > 0 ? Int(Double(rows) / seconds) : 0 }

    /// How much of the file has been read, in whole percent.
    public var percent: Int { totalBytes > 0 ? min(100, bytes * 100 / totalBytes) : 100 }

    /// `412,000 rows, 38% of the file, 131,000 rows/s`
    public var text: Message {
        if settling { return Message(.savedPreparingTheBoard) }
        if rows == 1 { return Message(.oneRowOfThe, "\(percent)") }
        return Message(.rowsOfTheFile, "\(integer: rows)", "\(percent)", "\(integer: rowsPerSecond)")
    }
}
