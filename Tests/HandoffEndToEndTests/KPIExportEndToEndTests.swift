import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// `handoff export --kind kpi`: the dashboard's figures as a time series for BI tools, each row the
/// same numbers `handoff kpi --json` gives for that period; leads and events as JSON Lines.
@Suite struct KPIExportEndToEndTests {
    @Test func everyWeeklyRowIsWhatKpiSaysOfThatWeek() throws {
        let board = try TemporaryBoard.withDemoData()
        let series = try HandoffBinary.run(["export", "--kind", "kpi", "--format", "json", "--db", board.path])
        #expect(series.status == 0, "\(series.error)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(series.output.utf8)) as? [[String: Any]])
        #expect(rows.count > 20)
        // Consecutive whole weeks, Monday to Monday.
        for (earlier, later) in zip(rows, rows.dropFirst()) {
            #expect(earlier["period_end"] as? String == later["period_start"] as? String)
        }
        for row in [rows[rows.count - 2], rows[rows.count / 2]] {
            let from = try #require(row["period_start"] as? String), to = try #require(row["period_end"] as? String)
            let kpi = try HandoffBinary.run(["kpi", "--from", from, "--to", to, "--json", "--db", board.path])
            let figures = try #require(try JSONSerialization.jsonObject(with: Data(kpi.output.utf8)) as? [String: Any])
            for name in [
                "leads_created", "mqls", "handoffs", "accepted", "rejected", "acceptance_rate", "deals_won", "revenue_won", "win_rate",
                "cpl",
            ] {
                #expect("\(row[name] ?? "missing")" == "\(figures[name] ?? "missing")", "\(name) for \(from)")
            }
        }
        let csv = try HandoffBinary.run(["export", "--kind", "kpi", "--period", "month", "--db", board.path])
        let lines = csv.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("period_start,period_end,leads_created,mqls,") == true)
        #expect(!lines[0].contains("pipeline_value"), "a snapshot of today is no history")
        #expect(
            lines.dropFirst().allSatisfy {
                $0.split(separator: ",", omittingEmptySubsequences: false).count == lines[0].split(separator: ",").count
            })
    }

    @Test func leadsAndEventsAsJSONLines() throws {
        let board = TemporaryBoard()
        try board.seedSmallBoard()
        let leads = try HandoffBinary.run(["export", "--format", "jsonl", "--db", board.path])
        let objects = leads.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count == 5)
        #expect(objects[0]["name"] as? String == "Lucía Fernández" && objects[0]["id"] as? String == "1")
        let events = try HandoffBinary.run(["export", "--kind", "events", "--format", "jsonl", "--db", board.path])
        #expect(events.output.split(separator: "\n").count == 5)
        let refused = try HandoffBinary.run(["export", "--format", "json", "--db", board.path])
        #expect(refused.status == 1 && refused.error.contains("--format json is for --kind kpi"))
    }
}
