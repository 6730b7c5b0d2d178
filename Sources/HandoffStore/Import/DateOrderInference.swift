import HandoffCore

/// Dates in neither ISO nor a `--date-format` pattern: at the first row whose date the reader
/// could not place, every date column of the file is read whole, once, and each takes the one
/// order (day or month first) that all its dates fit. The import and the `:import` preview both
/// read dates this way, so the preview never refuses what the import would take.
enum DateOrderInference {
    /// The readings now applied to `reader`, or nil when the row's problems name no date column
    /// (or a pattern was given): then nothing was read and nothing changed.
    static func apply(
        to reader: inout LeadRowReader, problems: [ImportProblem], header: ImportMapping,
        path: String, delimiter: UInt8
    ) throws -> [ImportReport.DateReading]? {
        guard !reader.hasDatePattern, !problems.isEmpty else { return nil }
        let dateColumns = reader.dateColumns
        let named = Set(dateColumns.map { header.header[$0] })
        guard problems.contains(where: { named.contains($0.column) }) else { return nil }
        var applied: [ImportReport.DateReading] = []
        for (column, reading) in try readings(path: path, delimiter: delimiter, columns: dateColumns).sorted(by: { $0.key < $1.key }) {
            guard let pattern = reading.pattern else { continue }
            reader.readDates(try DateReader(pattern: pattern), column: column)
            applied.append(ImportReport.DateReading(column: header.header[column], pattern: pattern, example: reading.deciding ?? ""))
        }
        return applied
    }

    /// Every value of the date columns of the file, each column's readings narrowed to those all
    /// its dates fit.
    private static func readings(path: String, delimiter: UInt8, columns: [Int]) throws -> [Int: DateColumnReading] {
        var readings = Dictionary(uniqueKeysWithValues: columns.map { ($0, DateColumnReading()) })
        var first = true
        try CSVFile(path: path, delimiter: delimiter).read { record in
            if first {
                first = false
                return true
            }
            for column in columns where column < record.fields.count { readings[column]!.add(record.fields[column]) }
            return true
        }
        return readings
    }
}
