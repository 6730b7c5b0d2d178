import Foundation
import HandoffCore

/// Reads and checks the rows of an imported file on a thread of its own while the calling thread
/// writes the previous ones to SQLite: on two cores an import takes about as long as its slower
/// half instead of both. The reading side is pure (CSV, mapping, `LeadRowReader`); everything that
/// touches the database stays on the caller's thread.
final class RecordStream {
    enum Message: Sendable {
        case header(CSVRecord, ImportMapping)
        case rows([ParsedRecord])
        /// A date column read in the one order all its dates fit.
        case dates(ImportReport.DateReading)
        case failed(HandoffError)
        case end
    }

    private let channel = Channel<Message>(capacity: 8)
    /// Chunks the writer is done with go back to be freed on the reading thread, which has time
    /// to spare: freeing a chunk's strings is a good part of the work per row.
    private let recycled = Channel<[ParsedRecord]>(capacity: 64)
    private let finished = DispatchSemaphore(value: 0)
    private var done = false

    static let chunkSize = 512

    /// Starts reading `file`; the stream owns it from now on.
    init(file: CSVFile, options: ImportOptions, pipeline: Pipeline, now: Int64) {
        let channel = channel
        let recycled = recycled
        let finished = finished
        let box = FileBox(file: file)
        let thread = Thread {
            RecordStream.produce(box.file, options: options, pipeline: pipeline, now: now, into: channel, recycled: recycled)
            finished.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The next message; after `.end` or `.failed` the reading thread has stopped.
    func next() -> Message {
        let message = channel.receive()
        switch message {
        case .end, .failed: waitForReader()
        case .header, .rows, .dates: break
        }
        return message
    }

    /// Hands a processed chunk back to be freed off the writing thread.
    func recycle(_ rows: [ParsedRecord]) {
        _ = recycled.send(rows, wait: false)
    }

    /// Stops the reading thread early (the import failed) and waits until it has.
    func cancel() {
        channel.close()
        waitForReader()
    }

    private func waitForReader() {
        if done { return }
        recycled.close()
        finished.wait()
        done = true
    }

    deinit { cancel() }

    private static func produce(
        _ file: CSVFile, options: ImportOptions, pipeline: Pipeline, now: Int64, into channel: Channel<Message>,
        recycled: Channel<[ParsedRecord]>
    ) {
        var reader: LeadRowReader?
        var mapping: ImportMapping?
        var duplicates = DuplicateRows(expectedRows: file.size / 150)
        var defaultStage = options.kind.entryStage(in: pipeline)?.id ?? ""
        var chunk: [ParsedRecord] = []
        chunk.reserveCapacity(chunkSize)
        var datesInferred = false
        do {
            try file.read { record in
                guard let header = mapping else {
                    let header = try ImportMapping(header: record.fields, options: options)
                    mapping = header
                    defaultStage = header.kind.entryStage(in: pipeline)?.id ?? ""
                    if options.kind.isLeads { reader = try LeadRowReader(mapping: header, options: options, pipeline: pipeline) }
                    return channel.send(.header(record, header))
                }
                var parsed = ParsedRecord(record: record)
                if reader != nil {
                    var row = LeadRow()
                    reader!.read(record, into: &row, problems: &parsed.problems)
                    if !datesInferred,
                        let readings = try DateOrderInference.apply(
                            to: &reader!, problems: parsed.problems, header: header,
                            path: file.path, delimiter: file.delimiter)
                    {
                        datesInferred = true
                        for reading in readings { _ = channel.send(.dates(reading)) }
                        parsed.problems.removeAll()
                        reader!.read(record, into: &row, problems: &parsed.problems)
                    }
                    if parsed.problems.isEmpty, let duplicate = duplicates.check(row, number: record.number, mapping: header) {
                        parsed.problems.append(duplicate)
                    }
                    if parsed.problems.isEmpty {
                        let (lead, extra) = row.newLead(defaultStage: defaultStage, pipeline: pipeline, now: now)
                        parsed.newLead = lead
                        parsed.extra = extra
                    }
                    parsed.row = row
                }
                chunk.append(parsed)
                if chunk.count == chunkSize {
                    guard channel.send(.rows(chunk)) else { return false }
                    chunk.removeAll(keepingCapacity: true)
                    while recycled.poll() != nil {}
                }
                return true
            }
            if !chunk.isEmpty { _ = channel.send(.rows(chunk)) }
            _ = channel.send(.end)
        } catch let error as HandoffError {
            _ = channel.send(.failed(error))
        } catch {
            _ = channel.send(.failed(.storage(HandoffCore.Message(verbatim: String(describing: error)))))
        }
    }

    /// The file moves to the reading thread and is used by it alone.
    private struct FileBox: @unchecked Sendable {
        let file: CSVFile
    }
}
