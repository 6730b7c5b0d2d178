import Foundation

/// The same SQL run by the sqlite3 command-line tool on the same file, with the settings a board's
/// connection has: the reference each store figure is divided by. Statements come from tracing
/// what Handoff ran (`SQLiteConnection.traceStatements`), values bound in.
struct SQLiteReference {
    let tools: Tools

    /// What every Handoff connection sets before it works; results are discarded.
    static let prelude = [".output /dev/null", "PRAGMA foreign_keys = ON;", "PRAGMA synchronous = NORMAL;", "PRAGMA busy_timeout = 5000;"]

    /// Wall seconds of `sqlite3 DATABASE` running `statements`, from starting the tool to its exit.
    func run(_ statements: [String], on database: String) throws -> Double {
        let script = tools.scratch + "/reference.sql"
        let text = (SQLiteReference.prelude + statements.map { $0.hasSuffix(";") ? $0 : $0 + ";" }).joined(separator: "\n") + "\n"
        try text.write(toFile: script, atomically: true, encoding: .utf8)
        return try tools.run(["sqlite3", "-batch", "-bail", database, ".read \(script)"]).seconds
    }

    /// Seconds the SQL itself takes, per `operations`: each run's wall time less the median time the
    /// tool takes to start and open the file with no statements, divided by the operations traced.
    func perOperation(_ statements: [String], operations: Int, on database: String, repetitions: Int) throws -> Samples {
        var startup = Samples()
        for _ in 0..<max(3, repetitions) { startup.add(try run([], on: database)) }
        var samples = Samples()
        for _ in 0..<repetitions {
            samples.add(max(0, try run(statements, on: database) - startup.median) / Double(max(1, operations)))
        }
        return samples
    }
}
