import HandoffCore
import HandoffStore

/// The history's hash chains verified from their first entry (what `handoff check` and every
/// meeting report do), and the SHA-256 alone over a 64 MB buffer, in this process.
struct HistoryBench {
    let set: DataSet

    func figure(repetitions: Int) throws -> Figure {
        let store = try Store(path: set.database, readOnly: true)
        let events = try store.eventCount()
        var samples = Samples(), cpu = Samples()
        for _ in 0..<repetitions {
            var head: String?
            let seconds = try Samples.timeWithCPU { head = try store.verifiedHistoryHead().head }
            guard head != nil else { throw Tools.Failure(description: "the history of \(set.database) does not hold: run handoff check") }
            samples.add(seconds.wall)
            cpu.add(seconds.cpu)
        }
        let throughput = HistoryBench.sha256MegabytesPerSecond()
        return Figure(
            measure: .historyCheck, leads: set.leads, samples: samples,
            note: "\(MoneyFormat.whole(Double(events))) events hashed; SHA-256 alone: \(MoneyFormat.whole(throughput)) MB/s on a CPU",
            cpu: cpu)
    }

    /// The best of five passes of SHA-256 over 64 MB, in MB (10^6 bytes) per second on a CPU (the
    /// thread's own time: on a busy machine the wall clock also counts waiting for a core).
    static func sha256MegabytesPerSecond() -> Double {
        let bytes = [UInt8](repeating: 0x5A, count: 64 << 20)
        var best = 0.0
        for _ in 0..<5 {
            var digest = SHA256Digest.zero
            let seconds = Samples.timeWithCPU { digest = SHA256.digest(bytes) }.cpu
            precondition(digest != .zero)
            best = max(best, Double(bytes.count) / 1e6 / seconds)
        }
        return best
    }
}
