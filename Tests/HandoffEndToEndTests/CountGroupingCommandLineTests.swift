import Foundation
import HandoffCore
import HandoffTestSupport
import Testing

/// Every count a command prints is grouped the way the language writes numbers, whichever command
/// prints it: `12,000` in English, `12.000` in Spanish (which leaves four digits alone: `1500`).
@Suite struct CountGroupingCommandLineTests {
    /// A generated board of twelve thousand leads, so that most counts reach five digits.
    func generatedBoard() throws -> TemporaryBoard {
        let board = TemporaryBoard()
        let made = try HandoffBinary.run(["generate", "--leads", "12000", "--until", "2026-11-20", "--db", board.path])
        #expect(made.status == 0, "\(made.error)")
        return board
    }

    func run(_ board: TemporaryBoard, _ arguments: [String], language: String = "en") throws -> HandoffBinary.Result {
        try HandoffBinary.run(arguments + ["--db", board.path, "--lang", language], as: "elena")
    }

    /// Numbers of `minimum` digits or more written without grouping, ignoring those inside dates,
    /// times, paths and amounts with decimals.
    func ungrouped(_ text: String, minimum: Int) -> [String] {
        let pattern = "(?<![0-9A-Za-z.,/:_-])[0-9]{\(minimum),}(?![0-9A-Za-z.,/:_-])"
        let expression = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test func checkBackupInitLogAndTheKPIsGroupTheirCounts() throws {
        let board = try generatedBoard()
        let check = try run(board, ["check"])
        #expect(check.status == 0, "\(check.error)")
        let header = try #require(check.output.split(separator: "\n").first.map(String.init))
        #expect(header.hasPrefix("Checked \(board.path): 12,000 leads, ") && header.hasSuffix(" events"), "\(header)")
        #expect(ungrouped(header, minimum: 4).isEmpty, "\(header)")
        let spanish = try run(board, ["check"], language: "es")
        #expect(spanish.output.hasPrefix("Comprobado \(board.path): 12.000 leads, "), "\(spanish.output)")

        let backup = try run(board, ["backup", board.folder + "/copy.db"])
        #expect(backup.output.hasPrefix("Backed up 12,000 leads and ") && ungrouped(backup.output, minimum: 4).isEmpty, "\(backup.output)")
        let initialized = try run(board, ["init"])
        #expect(initialized.output.contains("(12,000 leads)"), "\(initialized.output)")
        let log = try run(board, ["log", "--limit", "3"])
        #expect(log.error.hasPrefix("(the latest 3 of ") && ungrouped(log.error, minimum: 4).isEmpty, "\(log.error)")

        let kpi = try run(board, ["kpi"])
        #expect(kpi.status == 0, "\(kpi.error)")
        #expect(kpi.output.contains("Leads created 12,000"), "\(kpi.output)")
        for line in kpi.output.split(separator: "\n") where !line.contains("-") {
            #expect(ungrouped(String(line), minimum: 4).isEmpty, "\(line)")
        }
        let kpiSpanish = try run(board, ["kpi"], language: "es")
        for line in kpiSpanish.output.split(separator: "\n") where !line.contains("-") {
            #expect(ungrouped(String(line), minimum: 5).isEmpty, "\(line)")
        }
        let report = try run(board, ["report"])
        for line in report.output.split(separator: "\n") where line.contains("more") {
            #expect(ungrouped(String(line), minimum: 4).isEmpty, "\(line)")
        }
    }

    @Test func calibrationGroupsItsTableAndItsSummary() throws {
        let board = try generatedBoard()
        let definition = board.folder + "/rules.txt"
        try "threshold 40\n[fit]\nemployees >= 50 -> 30\nindustry = \"software\" -> 20\n".write(
            toFile: definition, atomically: true, encoding: .utf8)
        let loaded = try HandoffBinary.run(["scoring", "load", definition, "--db", board.path], as: "lucia")
        #expect(loaded.status == 0, "\(loaded.error)")
        for line in loaded.output.split(separator: "\n") where !line.hasPrefix("  ") {
            #expect(ungrouped(String(line), minimum: 4).isEmpty, "\(line)")
        }
        let calibration = try run(board, ["scoring", "calibrate"])
        #expect(calibration.status == 0, "\(calibration.error)")
        let lines = calibration.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(" leads with a known outcome") == true)
        for line in lines {
            // A band's label (`0-9`) is a range of scores, not a count.
            #expect(ungrouped(line, minimum: 4).isEmpty, "\(line)")
        }
        #expect(lines.contains { $0.range(of: #"[0-9],[0-9]{3}"#, options: .regularExpression) != nil }, "\(lines)")
        let spanish = try run(board, ["scoring", "calibrate"], language: "es")
        #expect(spanish.output.split(separator: "\n").allSatisfy { ungrouped(String($0), minimum: 5).isEmpty }, "\(spanish.output)")
    }
}
