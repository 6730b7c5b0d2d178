import Foundation
import HandoffCore

/// `--rejects FILE`: the rejected rows as CSV, each with where it was and why in front of its
/// original fields, so the file can be corrected and imported again (the import skips those columns).
final class RejectsFile {
    let path: String
    private let handle: FileHandle
    private var writer: CSVWriter

    init(path: String, header: [String], delimiter: UInt8) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw HandoffError.invalidInput(Message(.cannotWriteTheRejects, "\(path)"))
        }
        self.handle = handle
        // Rows people correct in a spreadsheet: formulas in them stay text there.
        writer = CSVWriter(delimiter: delimiter, guardingFormulas: true)
        writer.write(ImportMapping.rejectColumns + header)
    }

    func write(_ record: CSVRecord, problems: [ImportProblem]) throws {
        let columns = problems.map(\.column).filter { !$0.isEmpty }
        writer.write(
            [
                String(record.number), String(record.line), columns.joined(separator: "; "),
                problems.map(\.reason.description).joined(separator: "; "),
            ] + record.fields)
        if writer.bytes.count >= 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: writer.bytes)
        writer.bytes.removeAll(keepingCapacity: true)
    }
}
