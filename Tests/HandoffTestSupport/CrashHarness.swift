import Foundation
import HandoffCore
import HandoffStore

/// Kills a worker process with SIGKILL at random moments, again and again, and audits the board
/// after every kill: it opens, SQLite finds no damage, Handoff's rules hold, every acknowledged
/// write is there with its events, and the write the kill interrupted left all of its events or
/// none. SIGKILL gives the process no chance to clean up: what survives is what SQLite committed.
public struct CrashHarness {
    public var board: String
    public var operations: [String]
    public var seed: UInt64
    /// The longest a worker runs before it is killed, once it is ready.
    public var longestRun: Double = 0.2

    public init(board: String, operations: [String] = WorkloadOperation.all.map(\.name), seed: UInt64) {
        self.board = board
        self.operations = operations
        self.seed = seed
    }

    public struct Report: CustomStringConvertible {
        public var kills = 0
        /// Kills that landed between a write's announcement and its acknowledgement.
        public var killsMidWrite = 0
        public var acknowledgedWrites = 0
        public var acknowledgedEvents = 0
        public var problems: [String] = []

        public var description: String {
            "\(kills) kills (\(killsMidWrite) mid-write), \(acknowledgedWrites) writes acknowledged (\(acknowledgedEvents) events), \(problems.count) problems"
        }
    }

    public func run(kills: Int, progress: (Report) -> Void = { _ in }) -> Report {
        var report = Report()
        var random = SeededRandom(seed: seed)
        var allAcks: [WorkerLog.Ack] = []
        // Sequences restart in each worker: round * 1,000,000 + sequence names a write uniquely.
        var allIntents: [Int: WorkerLog.Intent] = [:]
        for round in 1...kills {
            let floor: Int64
            do {
                floor = try Store(path: board).connection.scalar("SELECT coalesce(max(id), 0) FROM events") ?? 0
            } catch {
                report.problems.append("round \(round): the board does not open before the worker starts: \(error)")
                return report
            }
            var log = WorkerLog()
            let worker: SpawnedProcess
            do {
                worker = try SpawnedProcess([
                    HandoffBinary.stressPath, "worker", "--db", board, "--seed", String(seed &+ UInt64(round)),
                    "--operations", operations.joined(separator: ","), "--seconds", "60",
                ])
            } catch {
                report.problems.append("round \(round): \(error)")
                return report
            }
            // Now and then a kill during start-up, while the board is being opened; otherwise
            // somewhere in the write loop.
            let startTime = Date()
            if random.chance(0.1) {
                let delay = Double.random(in: 0...0.05, using: &random)
                while let line = worker.readLine(until: startTime.addingTimeInterval(delay)) { log.read(line) }
            } else {
                while !log.ready, let line = worker.readLine(until: startTime.addingTimeInterval(20)) { log.read(line) }
                let killAt = Date().addingTimeInterval(Double.random(in: 0.002...longestRun, using: &random))
                while let line = worker.readLine(until: killAt) { log.read(line) }
            }
            worker.send(SIGKILL)
            let status = worker.wait(until: Date().addingTimeInterval(20))
            for line in worker.remainingLines(until: Date().addingTimeInterval(1)) { log.read(line) }
            if status != 128 + SIGKILL {
                report.problems.append(
                    "round \(round): the worker ended with \(status.map(String.init) ?? "nothing") before the kill: \(worker.errorText)")
            }
            report.kills += 1
            if log.unacknowledged != nil { report.killsMidWrite += 1 }
            report.acknowledgedWrites += log.acks.count
            report.acknowledgedEvents += log.acknowledgedEvents.count
            report.problems += log.errors.map { "round \(round): \($0)" }
            for (sequence, intent) in log.intents { allIntents[round * 1_000_000 + sequence] = intent }
            allAcks += log.acks.map { ack in
                var renumbered = ack
                renumbered.sequence = round * 1_000_000 + ack.sequence
                return renumbered
            }
            // This kill's writes now; every write acknowledged so far every 25 kills and at the end,
            // so a write lost later is still caught without the audit growing with every round.
            let everything = round % 25 == 0 || round == kills
            let renumbered = Array(allAcks.suffix(log.acks.count))
            report.problems += audit(round: round, log: log, floor: floor, acks: everything ? allAcks : renumbered, intents: allIntents)
            progress(report)
            if !report.problems.isEmpty { return report }
        }
        return report
    }

    private func audit(round: Int, log: WorkerLog, floor: Int64, acks: [WorkerLog.Ack], intents: [Int: WorkerLog.Intent]) -> [String] {
        var problems = BoardAudit.soundness(path: board)
        do {
            let store = try Store(path: board)
            problems += try BoardAudit.acknowledged(acks, intents: intents, in: store)
            problems += try BoardAudit.rowsMatchHistory(in: store)
            let lastAcked = log.acknowledgedEvents.max() ?? floor
            problems += try BoardAudit.interrupted(log.unacknowledged, after: max(floor, lastAcked), in: store)
        } catch {
            problems.append("the board does not open: \(error)")
        }
        return problems.map { "after kill \(round): \($0)" }
    }
}
