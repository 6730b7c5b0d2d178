import Foundation
import HandoffCore
import HandoffStore

/// `handoff scoring load` after a rule change: every open lead scored again, one `score_changes`
/// row per changed score under one board event, in one transaction. Two definitions that differ in one rule's points are
/// loaded in turn, so every load changes the scores of most open leads.
struct RescoringBench {
    let set: DataSet
    let tools: Tools
    let reference: SQLiteReference

    /// The rule that changes between the two definitions: most generated companies have 50
    /// employees or more.
    static func definition(points: Int) -> String {
        """
        # The benchmark's scoring: fit from the generated attributes, engagement from the source.
        threshold 60
        fit_minimum 20

        [fit]
        employees >= 50 -> \(points)
        employees >= 200 -> 10
        employees < 10 -> -10
        industry in ("software", "fintech", "logistics", "retail") -> 10
        country in ("US", "GB") -> 5
        source = "referral" -> 10
        cap 50

        [engagement]
        source in ("web", "webinar", "event") -> 20
        decay 60 days 50%
        cap 50

        """
    }

    func figure(on work: String, repetitions: Int) throws -> Figure {
        var files: [String] = []
        for points in [10, 12] {
            let file = tools.scratch + "/scoring-\(points).txt"
            try RescoringBench.definition(points: points).write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        var samples = Samples()
        var changed = 0
        for repetition in 0..<repetitions {
            let before = try scoreChanges(in: work)
            samples.add(try tools.handoff(["scoring", "load", files[repetition % 2], "--db", work, "--comment", "benchmark"]).seconds)
            changed = try scoreChanges(in: work) - before
        }
        let store = try Store(path: work, readOnly: true)
        let open = store.pipeline.stages.filter { !$0.isClosed }.map { "'\($0.id)'" }.joined(separator: ", ")
        let leads = try store.openLeadCount()
        // The same writes with the scores already known: every open lead's row of `lead_scores` written,
        // and as many `score_changes` rows as the last load wrote, under a new run.
        let statements = [
            "BEGIN IMMEDIATE",
            """
            UPDATE lead_scores SET score = score, score_fit = score_fit, score_version = score_version
            WHERE lead_id IN (SELECT id FROM leads WHERE stage IN (\(open)))
            """,
            "INSERT INTO board_events(at, actor, kind, subject, detail) VALUES (\(Timestamp.now()), '\(Tools.actor)', 'rescored', '9', '')",
            """
            INSERT INTO score_changes(run, lead_id, old_score, new_score, crossing)
                SELECT (SELECT max(id) FROM board_events), lead_id, score, score + 1, 0
                FROM lead_scores WHERE lead_id IN (SELECT id FROM leads WHERE stage IN (\(open))) LIMIT \(changed)
            """,
            "COMMIT",
        ]
        var references = Samples()
        for _ in 0..<repetitions { references.add(try reference.run(statements, on: work)) }
        return Figure(
            measure: .rescoring, leads: set.leads, samples: samples, reference: references,
            note: "\(MoneyFormat.whole(Double(leads))) open leads, \(MoneyFormat.whole(Double(changed))) scores changed")
    }

    private func scoreChanges(in path: String) throws -> Int {
        let store = try Store(path: path, readOnly: true)
        return Int(try store.connection.scalar("SELECT count(*) FROM score_changes") ?? 0)
    }
}
