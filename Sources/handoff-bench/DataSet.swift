import Foundation
import HandoffStore

/// A generated board of `leads` leads and its export as CSV, in the benchmark's folder. A set found
/// complete there (`--reuse`) is used as it is; anything else is generated again.
struct DataSet {
    let leads: Int
    let folder: String

    /// Fixed, so that the same data set comes out on any day: a year of pipeline up to this date.
    static let seed = "1"
    static let until = "2026-06-30"
    /// The end of `until`: "now" for the figures that depend on the date.
    static let now: Int64 = 1_782_864_000

    var database: String { folder + "/leads-\(leads).db" }
    var csv: String { folder + "/leads-\(leads).csv" }
    private var ready: String { folder + "/leads-\(leads).ready" }

    var isComplete: Bool { FileManager.default.fileExists(atPath: ready) && FileManager.default.fileExists(atPath: database) }

    /// `handoff generate` into `path`, which must not exist; its wall time.
    static func generate(leads: Int, into path: String, tools: Tools) throws -> Double {
        remove(path)
        return try tools.handoff(["generate", "--leads", String(leads), "--seed", seed, "--until", until, "--db", path]).seconds
    }

    /// Generates and exports the set unless it is complete; the seconds generating took, if it ran.
    func prepare(tools: Tools) throws -> Double? {
        if isComplete { return nil }
        try? FileManager.default.removeItem(atPath: ready)
        let seconds = try DataSet.generate(leads: leads, into: database, tools: tools)
        _ = try tools.handoff(["export", "--db", database, "--out", csv])
        _ = FileManager.default.createFile(atPath: ready, contents: Data())
        return seconds
    }

    /// A private copy for measures that write; the caller removes it.
    func copy(named name: String) throws -> String {
        let path = folder + "/\(name)-\(leads).db"
        DataSet.remove(path)
        try FileManager.default.copyItem(atPath: database, toPath: path)
        return path
    }

    /// A board file and its companions.
    static func remove(_ path: String) {
        for file in [path] + BoardFiles.companions(of: path) { try? FileManager.default.removeItem(atPath: file) }
    }
}
