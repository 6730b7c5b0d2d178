import Foundation
import HandoffCore
import HandoffStore

/// The loop a worker process runs: plan a write, announce it, make it, acknowledge it. One line
/// per step on stdout, written with one write(2) each, so a kill never leaves half a line that
/// looks whole:
///
///     ready PID
///     intent SEQ OPERATION leads=3,7 events=2 [tag=SOURCE rows=N]
///     ack SEQ OPERATION events=1201,1202
///     refused SEQ OPERATION message       (a rule said no; nothing was written)
///     error SEQ OPERATION message         (what a user would see as a failure)
///     done acked=N refused=N errors=N
public enum Worker {
    public static func run(
        path: String, operations: [WorkloadOperation], seed: UInt64, until deadline: Date, maxWrites: Int = .max,
        write: (String) -> Void
    ) throws -> Int32 {
        var random = SeededRandom(seed: seed)
        let store = try Store(path: path)
        write("ready \(getpid())")
        var acked = 0, refused = 0, errors = 0, sequence = 0
        while Date() < deadline && acked < maxWrites {
            let operation = WorkloadOperation.choose(from: operations, random: &random)
            guard let plan = try operation.plan(store, &random) else {
                // Nothing of this kind to do now (its stage is empty): give the others the CPU.
                usleep(500)
                continue
            }
            sequence += 1
            let rows = plan.tag.map { " tag=\($0) rows=\(plan.rows)" } ?? ""
            write(
                "intent \(sequence) \(operation.name) leads=\(plan.leads.map(String.init).joined(separator: ",")) events=\(plan.events)\(rows)"
            )
            do {
                let events = try plan.perform(store)
                acked += 1
                write("ack \(sequence) \(operation.name) events=\(events.map(String.init).joined(separator: ","))")
            } catch let error as HandoffError {
                if case .storage = error {
                    errors += 1
                    write("error \(sequence) \(operation.name) \(TerminalText.sanitize(error.description))")
                } else {
                    refused += 1
                    write("refused \(sequence) \(operation.name) \(TerminalText.sanitize(error.description))")
                }
            }
        }
        write("done acked=\(acked) refused=\(refused) errors=\(errors)")
        return errors == 0 ? 0 : 1
    }
}

/// A worker's output, read back by the harness.
public struct WorkerLog {
    public struct Intent {
        public var sequence: Int
        public var operation: String
        public var leads: [Int64]
        public var events: Int
        /// For an import: the source its new leads carry, and how many.
        public var tag: String?
        public var rows = 0
    }

    public struct Ack {
        public var sequence: Int
        public var operation: String
        public var events: [Int64]
    }

    public var intents: [Int: Intent] = [:]
    public var acks: [Ack] = []
    public var refused = 0
    public var errors: [String] = []
    public var ready = false
    public var done = false

    public init() {}

    public mutating func read(_ line: String) {
        let words = line.split(separator: " ", maxSplits: 3).map(String.init)
        func numbers(_ word: String) -> [Int64] {
            word.split(separator: "=").last.map { $0.split(separator: ",").compactMap { Int64($0) } } ?? []
        }
        switch words.first {
        case "ready": ready = true
        case "intent" where words.count == 4:
            let fields = words[3].split(separator: " ").map(String.init)
            guard let sequence = Int(words[1]), fields.count == 2 || fields.count == 4 else { return }
            var intent = Intent(
                sequence: sequence, operation: words[2], leads: numbers(fields[0]), events: Int(numbers(fields[1]).first ?? 0))
            if fields.count == 4 {
                intent.tag = String(fields[2].dropFirst("tag=".count))
                intent.rows = Int(numbers(fields[3]).first ?? 0)
            }
            intents[sequence] = intent
        case "ack" where words.count == 4:
            guard let sequence = Int(words[1]) else { return }
            acks.append(Ack(sequence: sequence, operation: words[2], events: numbers(words[3])))
        case "refused": refused += 1
        case "error": errors.append(line)
        case "done": done = true
        default: break
        }
    }

    /// The write announced last and never acknowledged: the one a kill interrupted, if any.
    public var unacknowledged: Intent? {
        guard let last = intents.keys.max(), !acks.contains(where: { $0.sequence == last }) else { return nil }
        return intents[last]
    }

    public var acknowledgedEvents: [Int64] { acks.flatMap(\.events) }
}
