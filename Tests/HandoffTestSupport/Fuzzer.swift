import Foundation
import HandoffCore

/// A deterministic fuzzer: from a seed, the same cases in the same order every time, so a
/// failure names its seed and case and can be replayed. Most cases mutate an input of the
/// target's corpus (flip, replace, insert a token, delete, duplicate, repeat, splice, truncate);
/// the rest are built from scratch out of tokens and random bytes.
public struct Fuzzer {
    public var seed: UInt64
    /// A case that takes longer than this counts as a hang.
    public var slowCase: Double

    public init(seed: UInt64, slowCase: Double = 5) {
        self.seed = seed
        self.slowCase = slowCase
    }

    public struct Failure: CustomStringConvertible {
        public var caseNumber: Int
        public var input: [UInt8]
        public var message: String

        public var description: String {
            let shown = String(decoding: input.prefix(200), as: UTF8.self).debugDescription
            return "case \(caseNumber): \(message); input (\(input.count) bytes): \(shown)"
        }
    }

    public struct Report: CustomStringConvertible {
        public var target: String
        public var seed: UInt64
        public var cases = 0
        public var accepted = 0
        public var refused = 0
        public var slowest = 0.0
        public var failures: [Failure] = []

        public var description: String {
            "\(target) (seed \(seed)): \(cases) cases, \(accepted) accepted, \(refused) refused, slowest \(String(format: "%.3f", slowest)) s, "
                + "\(failures.count) failures"
                + (failures.isEmpty ? "" : "\n  " + failures.prefix(5).map(\.description).joined(separator: "\n  "))
        }
    }

    /// Runs `cases` inputs through `target`, stopping early after five failures or at `deadline`.
    public func run(_ target: FuzzTarget, cases: Int, until deadline: Date = .distantFuture) -> Report {
        var random = SeededRandom(seed: seed)
        var report = Report(target: target.name, seed: seed)
        for number in 0..<cases {
            if Date() > deadline || report.failures.count >= 5 { break }
            let input = makeInput(for: target, random: &random)
            let started = Date()
            do {
                switch try target.run(input) {
                case .accepted:
                    report.accepted += 1
                case let .refused(message):
                    report.refused += 1
                    if message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                        report.failures.append(Failure(caseNumber: number, input: input, message: "refused without saying why"))
                    }
                }
            } catch {
                report.failures.append(Failure(caseNumber: number, input: input, message: "\(error)"))
            }
            let took = Date().timeIntervalSince(started)
            report.slowest = max(report.slowest, took)
            if took > slowCase {
                report.failures.append(Failure(caseNumber: number, input: input, message: "took \(String(format: "%.1f", took)) s"))
            }
            report.cases += 1
        }
        return report
    }

    func makeInput(for target: FuzzTarget, random: inout SeededRandom) -> [UInt8] {
        var input: [UInt8]
        if random.chance(0.15) {
            input = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                input += random.chance(0.5) ? random.pick(target.dictionary) : [UInt8.random(in: 0...255, using: &random)]
            }
        } else {
            input = random.pick(target.corpus)
            for _ in 0..<Int.random(in: 1...4, using: &random) { mutate(&input, target: target, random: &random) }
        }
        return Array(input.prefix(target.maximumLength))
    }

    func mutate(_ input: inout [UInt8], target: FuzzTarget, random: inout SeededRandom) {
        let position = Int.random(in: 0...input.count, using: &random)
        switch Int.random(in: 0..<8, using: &random) {
        case 0 where !input.isEmpty:
            input[min(position, input.count - 1)] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random)
        case 1 where !input.isEmpty:
            input[min(position, input.count - 1)] = UInt8.random(in: 0...255, using: &random)
        case 2:
            input.insert(contentsOf: random.pick(target.dictionary), at: position)
        case 3 where !input.isEmpty:
            let end = min(input.count, position + Int.random(in: 1...16, using: &random))
            input.removeSubrange(min(position, input.count - 1)..<end)
        case 4 where !input.isEmpty:
            let start = min(position, input.count - 1)
            let end = min(input.count, start + Int.random(in: 1...32, using: &random))
            input.insert(contentsOf: Array(input[start..<end]), at: start)
        case 5:
            // Long runs: the 10,000-character name, the line that never ends.
            let token = random.pick(target.dictionary)
            let times = Int.random(in: 2...max(2, target.maximumLength / max(1, token.count)), using: &random)
            input.insert(contentsOf: Array(Array(repeating: token, count: times).joined()), at: position)
        case 6:
            let other = random.pick(target.corpus)
            input = Array(input.prefix(position)) + Array(other.suffix(Int.random(in: 0...other.count, using: &random)))
        default:
            input = Array(input.prefix(position))
        }
    }
}
