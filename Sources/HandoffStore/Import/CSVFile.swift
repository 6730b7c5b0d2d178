import Foundation
import HandoffCore
#if canImport(Glibc)
    import Glibc
#endif

/// A CSV file on disk, streamed through `CSVReader` one block at a time: a file of any size is
/// read in a fixed amount of memory. The delimiter is given or detected from the first line.
public final class CSVFile {
    public let path: String
    public let size: Int
    public let delimiter: UInt8
    private let descriptor: Int32
    private var first: [UInt8]

    static let blockSize = 1 << 20

    public init(path: String, delimiter: UInt8? = nil) throws {
        self.path = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw HandoffError.invalidInput(Message(.cannotRead, "\(path)", "\(String(cString: strerror(errno)))"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw HandoffError.invalidInput(Message(.isNotAFile, "\(path)")) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw HandoffError.invalidInput(Message(.cannotRead, "\(path)", "\(String(cString: strerror(errno)))"))
        }
        self.descriptor = descriptor
        size = Int(info.st_size)
        first = [UInt8](repeating: 0, count: CSVFile.blockSize)
        let count = CSVFile.readBlock(descriptor, into: &first)
        if count < 0 {
            close(descriptor)
            throw HandoffError.invalidInput(Message(.cannotRead, "\(path)", "\(String(cString: strerror(errno)))"))
        }
        first.removeSubrange(count...)
        self.delimiter = delimiter ?? first.withUnsafeBufferPointer { CSVReader.detectDelimiter($0) }
    }

    deinit { close(descriptor) }

    /// Streams every record to `emit` (header included) until the end or until `emit` returns false.
    /// Fields after the header lose the `'` an export put before a formula (see `FormulaGuard`).
    public func read(_ emit: (inout CSVRecord) throws -> Bool) throws {
        try readRecords { record in
            if record.number > 1 {
                for index in record.fields.indices where record.fields[index].utf8.first == UInt8(ascii: "'") {
                    record.fields[index] = FormulaGuard.unguarded(record.fields[index])
                }
            }
            return try emit(&record)
        }
    }

    /// The longest header line and record an import reads: a line that never ends (a file that is
    /// no CSV, or a quote left open) is refused once it passes them, not read whole into memory.
    public static let maximumHeaderBytes = 1 << 20
    public static let maximumRecordBytes = 16 << 20

    private func readRecords(_ emit: (inout CSVRecord) throws -> Bool) throws {
        var reader = CSVReader(delimiter: delimiter)
        var more = try first.withUnsafeBufferPointer { try reader.feed($0, emit) }
        first = []
        try checkLength(of: reader)
        var block = [UInt8](repeating: 0, count: CSVFile.blockSize)
        while more {
            let count = CSVFile.readBlock(descriptor, into: &block)
            if count < 0 { throw HandoffError.invalidInput(Message(.errorReading, "\(path)", "\(String(cString: strerror(errno)))")) }
            if count == 0 { break }
            more = try block.withUnsafeBufferPointer { try reader.feed(UnsafeBufferPointer(rebasing: $0[0..<count]), emit) }
            try checkLength(of: reader)
        }
        if more { try reader.finish(emit) }
    }

    private func checkLength(of reader: CSVReader) throws {
        if reader.recordsRead == 0 && reader.pendingBytes > CSVFile.maximumHeaderBytes {
            throw HandoffError.invalidInput(
                Message(.headerLineOfIs, "\(path)", "\(CSVFile.maximumHeaderBytes >> 20)"))
        }
        if reader.pendingBytes > CSVFile.maximumRecordBytes {
            throw HandoffError.invalidInput(
                Message(
                    .rowOfFromLine, "\(reader.recordsRead + 1)", "\(path)", "\(reader.pendingLine)", "\(CSVFile.maximumRecordBytes >> 20)"))
        }
    }

    /// Fills `buffer` as far as the file goes; returns the bytes read, or -1 on an error.
    private static func readBlock(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// A small file as dictionaries keyed by its header: for the demo's own data files.
    public static func table(_ path: String) throws -> [[String: String]] {
        var header: [String] = []
        var rows: [[String: String]] = []
        try CSVFile(path: path).read { record in
            if header.isEmpty {
                header = record.fields
                return true
            }
            var row: [String: String] = [:]
            for (index, name) in header.enumerated() where index < record.fields.count { row[name] = record.fields[index] }
            rows.append(row)
            return true
        }
        return rows
    }
}
