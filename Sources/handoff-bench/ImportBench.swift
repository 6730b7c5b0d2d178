import Foundation
import HandoffCore

/// Loading data: `handoff import` of the data set's CSV into a new board against `sqlite3 .import`
/// of the same file into a bare table, and `handoff generate`.
struct ImportBench {
    let set: DataSet
    let tools: Tools

    func importFigure(repetitions: Int) throws -> Figure {
        let board = tools.scratch + "/import.db"
        let table = tools.scratch + "/import-sqlite3.db"
        var samples = Samples(), references = Samples()
        for _ in 0..<repetitions {
            DataSet.remove(board)
            samples.add(try tools.handoff(["import", set.csv, "--db", board]).seconds)
            DataSet.remove(table)
            references.add(try tools.run(["sqlite3", "-batch", table, ".import --csv \(set.csv) leads"]).seconds)
        }
        DataSet.remove(board)
        DataSet.remove(table)
        let rate = Double(set.leads) / samples.median
        return Figure(measure: .importCSV, leads: set.leads, samples: samples, reference: references,
                      note: "\(MoneyFormat.whole(rate)) rows/s")
    }

    /// `handoff generate` into a new file; `built` is the time the data set itself took, when it
    /// was generated just now, and counts as the first repetition.
    func generateFigure(repetitions: Int, built: Double?) throws -> Figure {
        var samples = Samples(built.map { [$0] } ?? [])
        let scratch = tools.scratch + "/generate.db"
        while samples.count < repetitions {
            samples.add(try DataSet.generate(leads: set.leads, into: scratch, tools: tools))
        }
        DataSet.remove(scratch)
        return Figure(measure: .generate, leads: set.leads, samples: samples, note: "\(MoneyFormat.whole(Double(set.leads) / samples.median)) leads/s")
    }
}
