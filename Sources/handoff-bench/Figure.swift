import Foundation

/// One measure at one size: the samples, the same work done by the sqlite3 tool alone, and what
/// the figure says about its target.
struct Figure: Sendable {
    var measure: Measure
    var leads: Int
    var samples: Samples
    /// Seconds the sqlite3 tool takes for the same SQL (per key, per page, per run), when there is
    /// such a thing to compare with.
    var reference: Samples?
    /// What the figure is about: the column scrolled, the leads rescored, the rows per second.
    var note = ""
    /// For the measures timed in this process, the seconds on a CPU of each sample: a wall time far
    /// above it was spent waiting (for a core on a busy machine, or the disk).
    var cpu: Samples?

    /// The value judged against the target (see `Measure.judgedOnP99`).
    var judged: Double { measure.judgedOnP99 ? samples.percentile(99) : samples.median }

    /// Handoff's time over the sqlite3 tool's for the same work.
    var ratio: Double? {
        guard let reference, !reference.isEmpty, reference.median > 0 else { return nil }
        return samples.median / reference.median
    }

    /// Whether the target is met; nil below a million leads, where the targets do not apply.
    var met: Bool? {
        guard leads >= 1_000_000, let limit = measure.limit else { return nil }
        switch measure {
        case .importCSV:
            return Double(leads) / samples.median > 100_000 && (ratio ?? .infinity) <= 3
        default:
            return judged < limit
        }
    }

    var json: [String: Any] {
        var object: [String: Any] = [
            "measure": measure.rawValue, "leads": leads, "unit": measure.unit == .megabytes ? "bytes" : "seconds",
            "samples": samples.count, "median": samples.median, "p99": samples.percentile(99), "worst": samples.worst,
            "values": samples.values, "target": measure.targetText, "note": note,
        ]
        object["sqlite3"] = reference.map { $0.median } ?? NSNull()
        object["ratio"] = ratio ?? NSNull()
        object["met"] = met ?? NSNull()
        object["cpu_median"] = cpu.map { $0.median } ?? NSNull()
        object["cpu_p99"] = cpu.map { $0.percentile(99) } ?? NSNull()
        return object
    }
}
