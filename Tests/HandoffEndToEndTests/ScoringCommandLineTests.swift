import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// `handoff scoring load|show|history|calibrate|auto-handoff` as a marketer or a script runs them.
@Suite(.enabled(if: SystemAccounts.available, "runs the binary as other users: needs root and unshare --mount, as in CI"))
struct ScoringCommandLineTests {
    /// Run as the member `actor`, logged in as that user.
    func run(_ board: TemporaryBoard, _ arguments: [String], as actor: String = "lucia") throws -> HandoffBinary.Result {
        try HandoffBinary.run(arguments + ["--db", board.path], as: actor)
    }

    func write(_ text: String, to name: String, in board: TemporaryBoard) throws -> String {
        let path = board.folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// `Rescored 4 open leads in 0.0 s: ...` with the time, which varies, taken out.
    func withoutTime(_ line: Substring) -> String {
        line.replacingOccurrences(of: #" in \d+\.\d s:"#, with: ":", options: .regularExpression)
    }

    @Test func loadShowAndHistoryRoundTrip() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let file = try write(TemporaryBoard.scoringText, to: "rules.txt", in: board)
        let loaded = try run(board, ["scoring", "load", file, "--comment", "first agreement"])
        #expect(loaded.status == 0, "\(loaded.error)")
        let lines = loaded.output.split(separator: "\n")
        #expect(
            lines.map(withoutTime) == [
                "Loaded scoring version 1 by lucia: threshold 50, fit minimum 10, 6 rules",
                "Rescored 4 open leads: 4 scores changed, 1 lead now qualifies, 1 no longer does",
                "Auto handoff is off: leads that now qualify stay where they are (handoff scoring auto-handoff on)",
                "  now qualifies: lead 1 (Rubén Santos), score 60, in New lead",
                "  no longer qualifies: lead 6 (Sam Carter), score 18, in New lead",
            ])
        #expect(try store.requireLead(id: 1).score == 60)

        let shown = try run(board, ["scoring", "show"])
        let definition = try TemporaryBoard.scoringDefinition()
        let header =
            "# Scoring version 1, loaded by lucia on \(Timestamp.short(try #require(try store.currentScoring()).at)) UTC: first agreement\n"
        #expect(shown.output == header + definition.text)
        #expect(try ScoringDefinition.parse(shown.output) == definition)

        // What show printed loads back as the same definition: a new version that changes no score.
        let again = try run(board, ["scoring", "load", try write(shown.output, to: "shown.txt", in: board)], as: "elena")
        #expect(
            again.output.split(separator: "\n").map(withoutTime).prefix(2) == [
                "Loaded scoring version 2 by elena: threshold 50, fit minimum 10, 6 rules",
                "Rescored 4 open leads: 0 scores changed, 0 leads now qualify, 0 no longer do",
            ])
        let history = try run(board, ["scoring", "history"]).output.split(separator: "\n").map(String.init)
        #expect(history.count == 4)
        #expect(history[0] == "VERSION  LOADED (UTC)      BY            THRESHOLD  RULES  COMMENT")
        #expect(history[1].hasPrefix("2        ") && history[1].contains("  elena        ") && history[1].hasSuffix("       50      6"))
        #expect(history[2].hasSuffix("       50      6  first agreement"))
        #expect(history[3] == "Version 2 is in force.")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(run(board, ["scoring", "history", "--json"]).output.utf8)) as? [[String: Any]])
        #expect(json.map { $0["version"] as? Int } == [2, 1] && json[1]["comment"] as? String == "first agreement")
        #expect(try run(board, ["scoring", "show", "1"]).output.hasPrefix("# Scoring version 1, loaded by lucia"))
    }

    @Test func aBadFileNamesItsLineAndColumnAndChangesNothing() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let events = try store.eventCount()
        let cases: [(String, String)] = [
            (
                "threshold 60\n[fit]\nindustry < \"soft\" -> 5\n",
                "bad.txt:3:12: `<` compares numbers, but \"soft\" is text, in `industry < \"soft\" -> 5`; nothing was changed"
            ),
            (
                "threshold sixty\n[fit]\nvisits >= 5 -> 5\n",
                "bad.txt:1:11: the threshold must be a whole number, as in `threshold 60`; found `sixty`; nothing was changed"
            ),
            (
                "threshold 60\n[fit]\nvisits >= 5 -> 5\nindustri = \"software\" -> 10\n",
                "bad.txt:4:1: `industri` is neither a lead field nor an attribute any lead has, in rule `industri = \"software\" -> 10`; lead fields: name, company, email, phone, source, campaign, owner, stage, email_domain, value, age_days; attributes: demo_requested, employees, industry, role, visits; nothing was changed"
            ),
        ]
        for (text, message) in cases {
            let result = try run(board, ["scoring", "load", try write(text, to: "bad.txt", in: board)])
            #expect(result.status == 1)
            #expect(result.error == "handoff: \(board.folder)/\(message)\n")
            #expect(result.output.isEmpty)
        }
        #expect(try store.currentScoring() == nil && store.eventCount() == events)
        #expect(
            try run(board, ["scoring", "load", board.folder + "/missing.txt"]).error
                == "handoff: cannot read \(board.folder)/missing.txt: no such file, or not readable; nothing was changed\n")
        let usage = try run(board, ["scoring"])
        #expect(
            usage.status == 2 && usage.error.hasPrefix("error: 'scoring' needs a command: load, show, history, calibrate, auto-handoff\n"))
        #expect(
            try run(board, ["scoring", "calibrate"]).error
                == "handoff: no scoring definition yet; load one with handoff scoring load FILE\n")
    }

    @Test func calibrateAsATableAndAsJSON() throws {
        let board = TemporaryBoard()
        try board.seedScoringBoard()
        _ = try run(board, ["scoring", "load", try write(TemporaryBoard.scoringText, to: "rules.txt", in: board)])
        _ = try run(board, ["accept", "3"], as: "ana")
        let table = try run(board, ["scoring", "calibrate"]).output.split(separator: "\n").map(String.init)
        // Tomás accepted (60), Natalie won (34 when she closed), Kofi lost (0).
        #expect(table.first == "Scoring version 1 at threshold 50 (fit minimum 10): 3 leads with a known outcome")
        #expect(table[1] == "SCORE    LEADS   WON  LOST  WIN%  ACCEPTED  REJECTED ACCEPTANCE%")
        #expect(table[2] == "0-9          1     0     1    0%         0         0           -")
        #expect(table[5] == "30-39        1     1     0  100%         0         0           -")
        #expect(table.last == "At 50: 1 MQL · 0 won, 0 lost · precision (won) - · recall (won) 0% · precision (accepted) 100%")

        // One of anything is said in the singular, in Spanish too.
        let spanish = try run(board, ["scoring", "calibrate", "--threshold", "30", "--lang", "es"]).output.split(separator: "\n").map(
            String.init)
        #expect(spanish.last?.hasPrefix("Con 30: 2 MQLs · 1 ganado, 0 perdidos · ") == true, "\(spanish)")

        let whatIf = try run(board, ["scoring", "calibrate", "--threshold", "30", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(whatIf.output.utf8)) as? [String: Any])
        #expect(
            Set(report.keys) == [
                "version", "threshold", "fit_minimum", "leads", "mqls", "won", "lost", "accepted", "rejected", "won_total",
                "accepted_total", "precision_won", "recall_won", "precision_accepted", "recall_accepted", "bands",
            ])
        #expect(report["version"] as? Int == 1 && report["threshold"] as? Int == 30 && report["mqls"] as? Int == 2)
        #expect(report["won"] as? Int == 1 && report["lost"] as? Int == 0 && report["precision_won"] as? Double == 1)
        #expect(report["recall_won"] as? Double == 1 && report["precision_accepted"] as? Double == 1)
        let bands = try #require(report["bands"] as? [[String: Any]])
        #expect(bands.count == 7 && bands[0]["min"] as? Int == 0 && bands[0]["max"] as? Int == 9)
        #expect(bands[0]["win_rate"] as? Double == 0 && bands[0]["acceptance_rate"] is NSNull && bands[1]["win_rate"] is NSNull)
        #expect(Set(bands[0].keys) == ["min", "max", "leads", "won", "lost", "win_rate", "accepted", "rejected", "acceptance_rate"])
        let atFifty = try #require(
            try JSONSerialization.jsonObject(with: Data(run(board, ["scoring", "calibrate", "--json"]).output.utf8)) as? [String: Any])
        #expect(atFifty["precision_won"] is NSNull && atFifty["recall_won"] as? Double == 0)
    }

    @Test func theCommandLineGivesTheNumbersThePanelShows() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let json = try run(board, ["scoring", "calibrate", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let panel = try run(board, ["snapshot", "--view", "scoring", "--width", "120", "--height", "40"]).output
        func percent(_ key: String) -> String {
            (report[key] as? Double).map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
        }
        let threshold = try #require(report["threshold"] as? Int)
        let row = try #require(panel.split(separator: "\n").first { $0.contains("│ \(threshold) in force") }, "\(panel)")
        let cells = row.split(separator: "│").last!.split(separator: " ").map(String.init)
        // 60 in force MQLs Won% Recall Acc% Open
        #expect(cells[3] == String(try #require(report["mqls"] as? Int)))
        #expect(Array(cells[4...6]) == [percent("precision_won"), percent("recall_won"), percent("precision_accepted")], "\(row)")
        #expect(panel.contains("CALIBRATION  \(try #require(report["leads"] as? Int)) leads with a known outcome"))
        for band in try #require(report["bands"] as? [[String: Any]]) {
            let label = "\(band["min"]!)-\(band["max"]!)"
            let line = try #require(
                panel.split(separator: "\n").first { $0.split(separator: "│").last?.hasPrefix(" " + label + " ") == true })
            let numbers = line.split(separator: "│").last!.split(separator: " ").dropFirst().map(String.init)
            #expect(numbers.prefix(3) == ["\(band["leads"]!)", "\(band["won"]!)", "\(band["lost"]!)"], "\(label)")
            #expect(numbers[4...5] == ["\(band["accepted"]!)", "\(band["rejected"]!)"], "\(label)")
        }
    }

    @Test func autoHandoffMovesLeadsThatNowQualifyToSales() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        #expect(
            try run(board, ["scoring", "auto-handoff"]).output
                == "Auto handoff is off: leads that reach the threshold when a definition is loaded are flagged and stay in marketing.\n")
        #expect(try run(board, ["scoring", "auto-handoff", "on"]).status == 0)
        let loaded = try run(board, ["scoring", "load", try write(TemporaryBoard.scoringText, to: "rules.txt", in: board)])
        #expect(
            loaded.output.split(separator: "\n").map(withoutTime).suffix(3) == [
                "Handed off 1 lead to sales (auto handoff is on)",
                "  now qualifies: lead 1 (Rubén Santos), score 60, handed off",
                "  no longer qualifies: lead 6 (Sam Carter), score 18, in New lead",
            ])
        let lead = try store.requireLead(id: 1)
        #expect(lead.stage == "mql" && lead.owner == "ana")
        #expect(try store.events(leadID: 1).first?.detail == "scoring version 1: 60 reaches the threshold 50; routed to ana (round robin)")
    }

    /// The summary counts both directions, so both are listed: a lead that stops qualifying is news
    /// to marketing as much as one that starts, in either language.
    @Test func loadListsTheLeadsThatNoLongerQualifyToo() throws {
        let board = TemporaryBoard()
        try board.seedScoringBoard()
        let file = try write(TemporaryBoard.scoringText, to: "rules.txt", in: board)
        let spanish = try HandoffBinary.run(["scoring", "load", file, "--db", board.path, "--lang", "es"], as: "lucia")
        #expect(spanish.status == 0, "\(spanish.error)")
        let lines = spanish.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasSuffix("1 lead cualifica ahora, 1 ya no") }, "\(lines)")
        #expect(
            lines.suffix(2) == [
                "  ahora cualifica: lead 1 (Rubén Santos), puntuación 60, en New lead",
                "  ya no cualifica: lead 6 (Sam Carter), puntuación 18, en New lead",
            ])
    }
}
