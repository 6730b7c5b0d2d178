import Foundation

/// Where and when the figures were taken: they mean little without the machine and its load.
struct Machine: Sendable {
    var processors = ProcessInfo.processInfo.activeProcessorCount
    var cpu = Machine.field("model name", in: "/proc/cpuinfo") ?? "unknown"
    var memoryMegabytes =
        (Machine.field("MemTotal", in: "/proc/meminfo").flatMap { Int($0.split(separator: " ").first ?? "") } ?? 0) / 1_024
    var sqlite = ""
    var commit = ""
    var date = ISO8601DateFormatter().string(from: Date())

    init(tools: Tools) {
        sqlite = ((try? tools.run(["sqlite3", "--version"]).output) ?? "").split(separator: " ").first.map(String.init) ?? "unknown"
        commit = ((try? tools.run(["git", "rev-parse", "--short", "HEAD"]).output) ?? "unknown").trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// The 1-minute load average now: the figures are only comparable when it was low.
    static func load() -> Double {
        Double((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "") ?? 0
    }

    static func field(_ name: String, in file: String) -> String? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }

    var summary: String {
        "\(processors) CPUs (\(cpu)), \(memoryMegabytes) MB RAM, SQLite \(sqlite), commit \(commit), \(date)"
    }

    var json: [String: Any] {
        ["processors": processors, "cpu": cpu, "memory_mb": memoryMegabytes, "sqlite": sqlite, "commit": commit, "date": date]
    }
}
