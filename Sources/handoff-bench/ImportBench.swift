import Foundation
import HandoffCore
import HandoffStore

/// Loading data: `handoff import` of the data set's CSV into a new board against `sqlite3 .import`
/// of the same file into a bare table, and `handoff generate`. The note also gives the floor of
/// the store's own work: sqlite3 writing the rows the import wrote, and building the same indexes.
struct ImportBench {
    let set: DataSet
    let tools: Tools
    let reference: SQLiteReference

    func importFigure(repetitions: Int) throws -> Figure {
        let board = tools.scratch + "/import.db"
        let table = tools.scratch + "/import-sqlite3.db"
        var samples = Samples(), references = Samples()
        var sameWrites = Samples()
        for _ in 0..<repetitions {
            DataSet.remove(board)
            samples.add(try tools.handoff(["import", set.csv, "--db", board]).seconds)
            DataSet.remove(table)
            references.add(try tools.run(["sqlite3", "-batch", table, ".import --csv \(set.csv) leads"]).seconds)
            sameWrites.add(try sameWritesBySQLite(as: board, into: table))
        }
        DataSet.remove(board)
        DataSet.remove(table)
        let rate = Double(set.leads) / samples.median
        return Figure(
            measure: .importCSV, leads: set.leads, samples: samples, reference: references,
            note:
                "\(MoneyFormat.whole(rate)) rows/s; the same rows and indexes written by sqlite3: \(String(format: "%.1f s", sameWrites.median))"
        )
    }

    /// Wall seconds of sqlite3 writing, into an empty board with the import's schema, every lead,
    /// attribute and event row the import wrote (read from its board, so no CSV is parsed), then
    /// building the indexes of those tables, in one transaction with the settings of a bulk load:
    /// what the store alone costs, however fast the rest of the import became.
    private func sameWritesBySQLite(as board: String, into target: String) throws -> Double {
        let tables = ["leads", "lead_attributes", "events"]
        let store = try Store(path: board, readOnly: true)
        let schema = try store.connection.prepare(
            """
            SELECT type, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'
            ORDER BY type DESC, name
            """
        ).rows([]) { (type: $0.string(0), table: $0.string(1), sql: $0.string(2)) }
        DataSet.remove(target)
        _ = try reference.run(schema.filter { $0.type == "table" }.map(\.sql), on: target)
        var statements = [
            "PRAGMA journal_mode = DELETE", "PRAGMA foreign_keys = OFF", "PRAGMA cache_size = -131072", "PRAGMA threads = 2",
            "PRAGMA temp_store = MEMORY", "ATTACH '\(board)' AS source", "BEGIN",
        ]
        statements += tables.map { "INSERT INTO main.\($0) SELECT * FROM source.\($0) WHERE 1" }
        statements.append("PRAGMA cache_size = -8192")
        statements += schema.filter { $0.type == "index" && tables.contains($0.table) }.map(\.sql)
        statements.append("COMMIT")
        let seconds = try reference.run(statements, on: target)
        DataSet.remove(target)
        return seconds
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
        return Figure(
            measure: .generate, leads: set.leads, samples: samples, note: "\(MoneyFormat.whole(Double(set.leads) / samples.median)) leads/s"
        )
    }
}
