import Foundation
import HandoffCore
import HandoffStore

/// Several writer processes and reader processes on one board for a bounded time, plus the real
/// `handoff note` command run again and again beside them, as a team would share a board. After
/// they stop: no write failed, every acknowledged write is there, the board holds exactly as many
/// new events as writes were acknowledged, and no reader ever saw a torn state.
public struct ConcurrencyHarness {
    public var board: String
    /// One list of operations per writer process.
    public var writers: [[String]]
    public var readers: Int
    public var seconds: Double
    public var seed: UInt64

    public init(board: String, writers: [[String]], readers: Int, seconds: Double, seed: UInt64) {
        self.board = board
        self.writers = writers
        self.readers = readers
        self.seconds = seconds
        self.seed = seed
    }

    public struct Report: CustomStringConvertible {
        public var acknowledgedWrites = 0
        public var acknowledgedEvents = 0
        public var refusedWrites = 0
        public var commandLineNotes = 0
        public var reads = 0
        public var tornReads = 0
        public var newEvents = 0
        public var problems: [String] = []

        public var description: String {
            "\(acknowledgedWrites) writes acknowledged (\(acknowledgedEvents) events, \(refusedWrites) refused by the rules), "
                + "\(commandLineNotes) notes by `handoff note`, \(newEvents) new events, \(reads) reads (\(tornReads) torn), \(problems.count) problems"
        }
    }

    public func run() -> Report {
        var report = Report()
        do {
            let before = try Store(path: board).eventCount()
            let deadline = Date().addingTimeInterval(seconds)
            var processes: [(name: String, process: SpawnedProcess)] = []
            for (index, operations) in writers.enumerated() {
                processes.append(
                    (
                        "writer \(index + 1)",
                        try SpawnedProcess([
                            HandoffBinary.stressPath, "worker", "--db", board, "--seed", String(seed &+ UInt64(index)),
                            "--operations", operations.joined(separator: ","), "--seconds", String(seconds),
                        ])
                    ))
            }
            for index in 0..<readers {
                processes.append(
                    (
                        "reader \(index + 1)",
                        try SpawnedProcess([HandoffBinary.stressPath, "reader", "--db", board, "--seconds", String(seconds)])
                    ))
            }
            let notes = writeNotesFromTheCommandLine(until: deadline, report: &report)
            var logs: [WorkerLog] = []
            for (name, process) in processes {
                guard let status = process.wait(until: deadline.addingTimeInterval(120)) else {
                    report.problems.append("\(name) did not stop in time")
                    continue
                }
                let lines = process.remainingLines(until: Date())
                if status != 0 {
                    report.problems.append(
                        "\(name) ended with status \(status): \(process.errorText.trimmingCharacters(in: .whitespacesAndNewlines))")
                }
                if name.hasPrefix("reader") {
                    guard let counts = TornStateReader.counts(in: lines) else {
                        report.problems.append("\(name) reported nothing")
                        continue
                    }
                    report.reads += counts.reads
                    report.tornReads += counts.torn
                    report.problems += lines.filter { $0.hasPrefix("torn") }.map { "\(name): \($0)" }
                } else {
                    var log = WorkerLog()
                    for line in lines { log.read(line) }
                    if !log.done { report.problems.append("\(name) did not finish its loop") }
                    report.problems += log.errors.map { "\(name): \($0)" }
                    report.acknowledgedWrites += log.acks.count
                    report.acknowledgedEvents += log.acknowledgedEvents.count
                    report.refusedWrites += log.refused
                    logs.append(log)
                }
            }
            let store = try Store(path: board)
            report.newEvents = try store.eventCount() - before
            if report.newEvents != report.acknowledgedEvents + report.commandLineNotes {
                report.problems.append(
                    "\(report.newEvents) new events for \(report.acknowledgedEvents) acknowledged events and \(report.commandLineNotes) notes"
                )
            }
            for log in logs { report.problems += try BoardAudit.acknowledged(log.acks, intents: log.intents, in: store) }
            for note in notes where try store.connection.scalar("SELECT count(*) FROM notes WHERE body = ?", .text(note)) != 1 {
                report.problems.append("the acknowledged note '\(note)' is not on the board once")
            }
            report.problems += try BoardAudit.rowsMatchHistory(in: store)
            report.problems += BoardAudit.soundness(path: board)
            if report.reads == 0 && readers > 0 { report.problems.append("the readers read nothing") }
        } catch {
            report.problems.append("\(error)")
        }
        return report
    }

    /// `handoff note` from a script, as a person would run it: each must succeed, whatever the
    /// writers are doing. Returns the text of every note acknowledged with exit status 0.
    private func writeNotesFromTheCommandLine(until deadline: Date, report: inout Report) -> [String] {
        var notes: [String] = []
        var random = SeededRandom(seed: seed ^ 0xC0FFEE)
        let store = try? Store(path: board)
        let leads = (try? store?.connection.prepare("SELECT id FROM leads ORDER BY id").rows([]) { $0.int64(0) }) ?? []
        guard !leads.isEmpty else { return [] }
        while Date() < deadline {
            let text = "from the command line \(notes.count + 1)"
            do {
                let process = try SpawnedProcess([
                    HandoffBinary.path, "note", String(random.pick(leads)), text, "--db", board, "--as",
                    random.pick(WorkloadOperation.sales),
                ])
                let status = process.wait(until: Date().addingTimeInterval(60))
                if status == 0 {
                    notes.append(text)
                } else {
                    report.problems.append("handoff note failed (\(status.map(String.init) ?? "timeout")): \(process.errorText)")
                }
            } catch {
                report.problems.append("\(error)")
            }
        }
        report.commandLineNotes = notes.count
        return notes
    }
}
