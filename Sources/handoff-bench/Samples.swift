import Foundation

/// Repeated timings (or sizes) of one measure, in the order they were taken.
struct Samples: Sendable {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) {
        self.values = values
    }

    mutating func add(_ value: Double) { values.append(value) }

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }
    var median: Double { percentile(50) }
    var worst: Double { values.max() ?? 0 }
    var mean: Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }

    /// The nearest-rank percentile: the smallest value that at least `p`% of the samples do not
    /// exceed (p99 of 1,000 moves is the 990th fastest), so a reported figure was really observed.
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// Seconds taken by `body`, on the monotonic clock.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        try timeWithCPU(body).wall
    }

    /// Seconds taken by `body` on the monotonic clock, and seconds this thread spent on a CPU
    /// meanwhile: on a loaded machine the difference is time spent waiting for a core or the disk.
    static func timeWithCPU(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let cpuStart = threadCPUNanoseconds()
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (wall, Double(threadCPUNanoseconds() - cpuStart) / 1e9)
    }

    private static func threadCPUNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
