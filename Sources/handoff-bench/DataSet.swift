import Foundation
import HandoffCore
import HandoffStore

/// A generated board of `leads` leads and its export as CSV, in the benchmark's cache folder. A set
/// found complete there is reused (a million leads take a minute or more to generate); one left by
/// an older schema is brought up to date by opening it, as a user's board would be.
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

    /// `.build/handoff-bench` of the package the benchmark was built in, else `$TMPDIR/handoff-bench`.
    static var cacheFolder: String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if folder.lastPathComponent == ".build" { return folder.appendingPathComponent("handoff-bench").path }
            folder.deleteLastPathComponent()
        }
        return (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/handoff-bench"
    }

    /// The schema version the set was made or last migrated with (its marker's content), nil for a
    /// set not completely made.
    private var readyVersion: Int? {
        guard FileManager.default.fileExists(atPath: database), let data = FileManager.default.contents(atPath: ready) else { return nil }
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    var isComplete: Bool { readyVersion != nil }

    private func markReady() {
        _ = FileManager.default.createFile(atPath: ready, contents: Data("\(Store.schemaVersion)\n".utf8))
    }

    /// `handoff generate` into `path`, which must not exist; its wall time.
    static func generate(leads: Int, into path: String, tools: Tools) throws -> Double {
        remove(path)
        return try tools.handoff(["generate", "--leads", String(leads), "--seed", seed, "--until", until, "--db", path]).seconds
    }

    /// Generates and exports the set unless it is complete; the seconds generating took, if it ran.
    func prepare(tools: Tools) throws -> Double? {
        if let version = readyVersion, version <= Store.schemaVersion {
            if version < Store.schemaVersion {
                _ = try Store(path: database)
                markReady()
            }
            return nil
        }
        try? FileManager.default.removeItem(atPath: ready)
        let seconds = try DataSet.generate(leads: leads, into: database, tools: tools)
        _ = try tools.handoff(["export", "--db", database, "--out", csv])
        markReady()
        return seconds
    }

    /// A private copy for measures that write, with whoever runs the benchmark as an admin, so the
    /// commands it runs there may change the board; the caller removes it.
    func copy(named name: String) throws -> String {
        let path = folder + "/\(name)-\(leads).db"
        DataSet.remove(path)
        try FileManager.default.copyItem(atPath: database, toPath: path)
        let me = SystemLogin.current(environment: ProcessInfo.processInfo.environment)
        do {
            let store = try Store(path: path)
            if try store.member(login: me) == nil {
                try store.addMember(Member(login: me, name: me, team: "admin"), actor: Tools.actor)
            }
        }
        // On disk before anything is timed, so that the kernel's writeback of a 750 MB copy does not
        // compete with the commits being measured.
        let file = open(path, O_RDONLY)
        if file >= 0 {
            fsync(file)
            close(file)
        }
        return path
    }

    /// A board file and its companions.
    static func remove(_ path: String) {
        for file in [path] + BoardFiles.companions(of: path) { try? FileManager.default.removeItem(atPath: file) }
    }
}
