import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// `handoff kpi`, `handoff report` and `handoff meeting close` as a script would run them.
@Suite struct KPICommandLineTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A JSON number or null, as the figure's value.
    func number(_ value: Any?) -> Double?? {
        if value is NSNull { return .some(nil) }
        guard let number = value as? NSNumber else { return nil }
        return .some(number.doubleValue)
    }

    @Test func kpiJSONHasEveryFigureWithTheStoresNumbers() throws {
        let board = TemporaryBoard()
        try board.seedKPIBoard()
        let result = try HandoffBinary.run(["kpi", "--json", "--from", "2026-11-02", "--to", "2026-11-09", "--db", board.path])
        #expect(result.status == 0, "\(result.error)")
        let object = try json(result.output)
        let report = try board.open(readOnly: true).kpiReport(period: TemporaryBoard.kpiWeek, now: Timestamp.now())
        for definition in KPIDefinition.figures {
            #expect(number(object[definition.id]) == .some(definition.value(in: report)), "\(definition.id)")
        }
        // The numbers worked out by hand for this week (see seedKPIBoard).
        #expect(object["leads_created"] as? Int == 5 && object["mqls"] as? Int == 5 && object["handoffs"] as? Int == 5)
        #expect(object["accepted"] as? Int == 2 && object["rejected"] as? Int == 2 && object["acceptance_rate"] as? Double == 0.5)
        #expect(object["sqls"] as? Int == 1 && object["mql_to_sql_rate"] as? Double == 0.2)
        #expect(object["deals_won"] as? Int == 2 && object["deals_lost"] as? Int == 1 && object["revenue_won"] as? Double == 30_000)
        #expect(object["avg_deal_size"] as? Double == 15_000 && object["median_cycle_days"] as? Double == 6.5)
        #expect(object["marketing_spend"] as? Double == 350 && object["cpl"] as? Double == 70)
        #expect(object["sla_compliance"] as? Double == 0.6 && object["median_response_hours"] as? Double == 12.5)
        #expect(
            object["lead_velocity_rate"] as? Double == 4 && object["pipeline_value"] as? Double == 8_000
                && object["weighted_pipeline"] as? Double == 4_000)
        #expect(object["scoring_version"] is NSNull)
        let period = try #require(object["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-11-02" && period["to"] as? String == "2026-11-09")
        let previous = try #require(object["previous"] as? [String: Any])
        #expect(previous["leads_created"] as? Int == 2 && previous["win_rate"] is NSNull)
    }

    @Test func theDashboardShowsTheNumbersOfKPIJSON() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let snapshot = try HandoffBinary.run(["snapshot", "--view", "dashboard", "--width", "160", "--height", "80", "--db", board.path])
        let result = try HandoffBinary.run(["kpi", "--json", "--period", "last_30_days", "--db", board.path])
        #expect(snapshot.status == 0 && result.status == 0, "\(snapshot.error) \(result.error)")
        let object = try json(result.output)
        let lines = snapshot.output.split(separator: "\n").map(String.init)
        for definition in KPIDefinition.figures {
            let row = try #require(lines.first { $0.contains(" \(definition.title) ") }, "\(definition.title) is not on the dashboard")
            let half =
                row.firstIndex(of: "│").map {
                    row.range(of: " \(definition.title) ")!.lowerBound < $0 ? String(row[..<$0]) : String(row[row.index(after: $0)...])
                } ?? row
            let cells = half.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let shown = KPIFormat.value(number(object[definition.id]) ?? nil, unit: definition.unit)
            #expect(cells.count > 1 && cells[1] == shown, "\(definition.id): dashboard \(cells), json \(shown)")
        }
    }

    @Test func badPeriodsAreRefusedWithWhatToDo() throws {
        let board = TemporaryBoard()
        try board.seedKPIBoard()
        let month = try HandoffBinary.run(["kpi", "--from", "2026-13-01", "--db", board.path])
        #expect(month.status == 1 && month.error.contains("--from takes a date written YYYY-MM-DD (a whole UTC day), not '2026-13-01'"))
        let reversed = try HandoffBinary.run(["kpi", "--from", "2026-11-09", "--to", "2026-11-02", "--db", board.path])
        #expect(reversed.status == 1 && reversed.error.contains("the period must end after it starts"))
        let both = try HandoffBinary.run(["kpi", "--period", "month", "--to", "2026-11-02", "--db", board.path])
        #expect(both.status == 1 && both.error.contains("--period cannot be combined"))
        let unknown = try HandoffBinary.run(["kpi", "--since", "x", "--db", board.path])
        #expect(unknown.status == 2 && unknown.error.contains("unknown option '--since' for 'kpi'"))
        // Written as `log --since 7d` is: the last thirty days, the same figures as the preset.
        let days = try HandoffBinary.run(["kpi", "--json", "--period", "30d", "--db", board.path])
        let preset = try HandoffBinary.run(["kpi", "--json", "--period", "last_30_days", "--db", board.path])
        #expect(days.status == 0, "\(days.error)")
        var lastDays = try json(days.output), lastPreset = try json(preset.output)
        // The moment each run read the board may differ by a second.
        lastDays["as_of"] = nil
        lastPreset["as_of"] = nil
        #expect(NSDictionary(dictionary: lastDays).isEqual(to: lastPreset))
        let weeks = try HandoffBinary.run(["kpi", "--period", "2w", "--db", board.path])
        #expect(weeks.status == 0 && weeks.output.hasPrefix("KPIs for 14 days: "), "\(weeks.output)\(weeks.error)")
        let help = try HandoffBinary.run(["kpi", "--help"])
        #expect(help.status == 0 && help.output.contains("Acceptance rate = accepted / (accepted + rejected) handoffs."))
    }

    @Test func kpiTextNeverCarriesEscapesFromTheData() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        try store.connection.execute("UPDATE campaigns SET name = 'Spring' || char(27) || '[2J' WHERE id = 'spring'")
        try store.connection.execute("UPDATE leads SET source = 'web' || char(27) || ']0;owned' || char(7) WHERE id = 1")
        let result = try HandoffBinary.run(["kpi", "--db", board.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.contains("\u{1B}") && !result.output.contains("\u{07}"))
        #expect(result.output.contains("Spring␛[2J") && result.output.contains("web␛]0;owned␇ 1"))
        let report = try HandoffBinary.run(["report", "--since", "2026-11-02", "--db", board.path])
        #expect(!report.output.contains("\u{1B}") && report.output.contains("Spring␛\\[2J"))
    }

    @Test func reportWritesTheAgendaAndKPIsForTheMinutes() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let closed = TemporaryBoard.kpiWeekStart + 2 * 86_400 + 12 * 3_600
        try store.addActionItem(
            item: "rejected", body: "Ask sales what a student lead looks like", owner: "lucia", due: closed + 86_400,
            actor: "ana", now: closed - 60)
        try store.closeMeeting(actor: "ana", now: closed)
        let markdown = try HandoffBinary.run(["report", "--db", board.path])
        #expect(markdown.status == 0, "\(markdown.error)")
        #expect(markdown.output.hasPrefix("# Weekly meeting: 2026-11-04 12:00 – "))
        for section in [
            "## KPIs", "| Acceptance rate |", "## Follow-ups from the last meeting", "## Won: Acme Foods",
            "Sourced by **Lucía Fernández** (campaign Spring webinar), closed by **Ana López**.", "## Rejected handoffs, and why",
            "## Action items", "## How the figures are computed",
        ] {
            #expect(markdown.output.contains(section), "missing \(section)")
        }
        let json = try HandoffBinary.run(["report", "--format", "json", "--since", "2026-11-02", "--db", board.path])
        let object = try self.json(json.output)
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(
            items.compactMap { $0["key"] as? String }.prefix(2) == [
                "kpis", "win:\(try #require(try store.events(leadID: 1).first { $0.kind == "won" }?.id))",
            ])
        // The meeting closed inside the window is part of it: what it agreed is one of the window's
        // action items, never a follow-up of itself.
        #expect(
            (object["action_items"] as? [[String: Any]])?.compactMap { $0["body"] as? String } == [
                "Ask sales what a student lead looks like"
            ])
        #expect((object["follow_ups"] as? [Any])?.isEmpty == true)
        #expect((object["kpis"] as? [String: Any])?["leads_created"] != nil)
        let bad = try HandoffBinary.run(["report", "--since", "yesterday", "--db", board.path])
        #expect(
            bad.status == 1 && bad.error.contains("--since takes last-meeting, a date (YYYY-MM-DD or YYYY-MM-DD HH:MM, UTC) or Nd / Nw"))
        let format = try HandoffBinary.run(["report", "--format", "pdf", "--db", board.path])
        #expect(format.status == 1 && format.error.contains("--format must be markdown or json, not 'pdf'"))
    }

    @Test(.enabled(if: SystemAccounts.available, "runs the binary as other users: needs root and unshare --mount, as in CI"))
    func meetingCloseRecordsTheMeeting() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        try store.addActionItem(item: "kpis", body: "Check the spend split", owner: "lucia", due: nil, actor: "ana", now: Timestamp.now())
        let closed = try HandoffBinary.run(["meeting", "close", "--db", board.path], as: "ana")
        #expect(closed.status == 0, "\(closed.error)")
        #expect(
            closed.output.contains("0 items discussed, 1 action item.")
                && closed.output.contains("  - Check the spend split · Lucía Fernández"))
        #expect(closed.output.contains("Its minutes are kept: handoff report --meeting 1. The next meeting's agenda starts from now."))
        #expect(try board.open(readOnly: true).lastClosedMeeting()?.closedBy == "ana")
        let wrong = try HandoffBinary.run(["meeting", "open", "--db", board.path])
        #expect(
            wrong.status == 2
                && wrong.error.contains("unknown meeting action 'open'; use close, list, add, actions, edit, delete, done or reopen"))
        let readOnly = try HandoffBinary.run(["meeting", "close", "--read-only", "--db", board.path], as: "ana")
        #expect(readOnly.status == 1 && readOnly.error.contains("read-only"))
        // Someone not on the board may look at the agenda, not record a meeting.
        let stranger = try HandoffBinary.run(["meeting", "close", "--db", board.path], as: "zoe")
        #expect(stranger.status == 1 && stranger.error.contains("zoe"))
        #expect(try board.open(readOnly: true).lastClosedMeeting()?.closedBy == "ana")
    }
}
