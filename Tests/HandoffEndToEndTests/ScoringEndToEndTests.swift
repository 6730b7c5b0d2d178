import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// A marketer opens the scoring panel of the demo in a real (tmux) terminal, sees why the selected
/// lead scores what it does, moves the what-if threshold, and sees a new version loaded from
/// another terminal appear with the old one beside it.
@Suite struct ScoringEndToEndTests {
    /// The cells of a summary row of the panel (`60 in force  62  69%  64%  100%  36`) after the label.
    func summary(_ label: String, in screen: String) -> [String]? {
        guard let row = screen.split(separator: "\n").first(where: { $0.contains("│ \(label)") }) else { return nil }
        let right = row.split(separator: "│").last.map(String.init) ?? ""
        return Array(right.replacingOccurrences(of: label, with: "").split(separator: " ").map(String.init).prefix(5))
    }

    @Test func theScoringPanelExplainsLeadsAndMovesTheWhatIfThreshold() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let store = try board.open(readOnly: true)
        let selected = try #require(try store.page(stage: "lead", after: nil, limit: 1).first)

        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path, "--as", "lucia"], width: 120, height: 40)
        #expect(try session.waitFor(timeout: 20) { $0.contains("MARKETING") }.matched)
        try session.send("3")
        let panel = try session.waitFor(timeout: 20) {
            $0.contains(" SCORING  version 1 by lucia") && $0.contains("60 in force") && $0.contains("LEAD ")
        }
        #expect(panel.matched, "screen was:\n\(panel.screen)")
        // The breakdown is the selected card's, and adds up to its stored score.
        #expect(panel.screen.contains("LEAD \(selected.id) \(selected.name)"), "screen was:\n\(panel.screen)")
        #expect(panel.screen.contains("total \(selected.score): "), "screen was:\n\(panel.screen)")
        #expect(panel.screen.contains("60 what if (+/-)"))

        let json = try HandoffBinary.run(["scoring", "calibrate", "--threshold", "65", "--json", "--db", board.path])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        func percent(_ key: String) -> String { (report[key] as? Double).map { "\(Int(($0 * 100).rounded()))%" } ?? "-" }
        let expected = ["\(report["mqls"]!)", percent("precision_won"), percent("recall_won"), percent("precision_accepted")]
        try session.send("+")
        // Waits for the whole row: on a loaded machine a capture can catch the frame half drawn,
        // the new threshold written and its figures not yet.
        let moved = try session.waitFor(timeout: 20) { self.summary("65 what if (+/-)", in: $0)?.prefix(4).map { $0 } == expected }
        #expect(moved.matched, "expected \(expected); screen was:\n\(moved.screen)")
        // The threshold in force is still there to compare with.
        #expect(summary("60 in force", in: moved.screen) != nil)

        // Another terminal loads a stricter definition: the panel shows it, and version 1 beside it.
        let stricter = board.folder + "/stricter.txt"
        let folder = try #require(DemoLoader.locate(executable: HandoffBinary.path, environment: ProcessInfo.processInfo.environment))
        let text = try String(contentsOfFile: folder + "/scoring.txt", encoding: .utf8)
        try text.replacingOccurrences(of: "threshold 60", with: "threshold 70").write(toFile: stricter, atomically: true, encoding: .utf8)
        let loaded = try HandoffBinary.run(["scoring", "load", stricter, "--comment", "only the best", "--db", board.path, "--as", "inigo"])
        #expect(loaded.status == 0, "\(loaded.error)")
        let updated = try session.waitFor(timeout: 20) {
            $0.contains(" SCORING  version 2 by inigo") && $0.contains("70 in force") && $0.contains("60 version 1")
        }
        #expect(updated.matched, "screen was:\n\(updated.screen)")

        try session.send("q")
        #expect(try session.waitUntilDead(timeout: 20))
    }
}
