import Foundation
import HandoffCore
import HandoffStore

/// `handoff scoring load` after a rule change: every open lead scored again, one `scored` event
/// per changed score, in one transaction. Two definitions that differ in one rule's points are
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
            let before = try scoredEvents(in: work)
            samples.add(try tools.handoff(["scoring", "load", files[repetition % 2], "--db", work, "--comment", "benchmark"]).seconds)
            changed = try scoredEvents(in: work) - before
        }
        let store = try Store(path: work, readOnly: true)
        let open = store.pipeline.stages.filter { !$0.isClosed }.map { "'\($0.id)'" }.joined(separator: ", ")
        let leads = try store.openLeadCount()
        // The same writes with the scores already known: every open lead's row rewritten with a new
        // version, and as many `scored` events as the last load wrote.
        let statements = [
            "BEGIN IMMEDIATE",
            "UPDATE leads SET score = score, score_fit = score_fit, version = version + 1, score_version = score_version WHERE stage IN (\(open))",
            """
            INSERT INTO events(lead_id, at, actor, kind, from_stage, to_stage, detail, reverts)
                SELECT id, \(Timestamp.now()), '\(Tools.actor)', 'scored', NULL, NULL, '48 -> 50 by scoring version 9', NULL
                FROM leads WHERE stage IN (\(open)) LIMIT \(changed)
            """,
            "COMMIT",
        ]
        var references = Samples()
        for _ in 0..<repetitions { references.add(try reference.run(statements, on: work)) }
        return Figure(
            measure: .rescoring, leads: set.leads, samples: samples, reference: references,
            note: "\(MoneyFormat.whole(Double(leads))) open leads, \(MoneyFormat.whole(Double(changed))) scores changed")
    }

    private func scoredEvents(in path: String) throws -> Int {
        let store = try Store(path: path, readOnly: true)
        return Int(try store.connection.scalar("SELECT count(*) FROM events WHERE kind = ?", .text(EventKind.scored)) ?? 0)
    }
}
