import Foundation
import HandoffCore

/// The figures as a table for people and as JSON for machines.
struct Report {
    var machine: Machine
    var figures: [Figure] = []
    /// The 1-minute load average when each size started and ended.
    var loads: [(leads: Int, before: Double, after: Double)] = []

    static let header = ["measure", "leads", "median", "p99", "worst", "sqlite3", "ratio", "target", "met", "note"]

    var rows: [[String]] {
        figures.map { figure in
            let unit = figure.measure.unit
            let many = figure.samples.count >= 100
            return [
                figure.measure.title, MoneyFormat.whole(Double(figure.leads)), Measure.format(figure.samples.median, unit),
                many ? Measure.format(figure.samples.percentile(99), unit) : "-", Measure.format(figure.samples.worst, unit),
                figure.reference.map { Measure.format($0.median, unit) } ?? "-",
                figure.ratio.map { String(format: "%.1f×", $0) } ?? "-",
                figure.measure.targetText, figure.met.map { $0 ? "yes" : "NO" } ?? "",
                TerminalText.sanitize(figure.note)
                    + (figure.cpu.map {
                        "; on a CPU: p50 " + Measure.format($0.median, unit) + ", p99 " + Measure.format($0.percentile(99), unit)
                    } ?? ""),
            ]
        }
    }

    var table: String {
        let all = [Report.header] + rows
        let widths = Report.header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let numeric: Set<Int> = [1, 2, 3, 4, 5, 6]
        var lines = all.map { row in
            row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                return numeric.contains(column) ? padding + row[column] : row[column] + padding
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        lines.insert(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)), at: 1)
        let load = loads.map {
            "\(MoneyFormat.whole(Double($0.leads))) leads: \(String(format: "%.2f", $0.before)) -> \(String(format: "%.2f", $0.after))"
        }
        return
            ([machine.summary] + lines + [
                "",
                "median, p99 (of 100 samples or more) and worst; sqlite3: the same SQL by the sqlite3 tool on "
                    + "the same file; ratio: Handoff / sqlite3; targets apply at 1,000,000 leads",
                "load average (1 min): " + load.joined(separator: "; "),
            ]).joined(separator: "\n")
    }

    func jsonText() throws -> String {
        let object: [String: Any] = [
            "machine": machine.json,
            "load": loads.map { ["leads": $0.leads, "before": $0.before, "after": $0.after] },
            "results": figures.map(\.json),
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
