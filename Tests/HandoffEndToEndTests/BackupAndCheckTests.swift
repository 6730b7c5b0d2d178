import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// `handoff backup` copies a board consistently while others write to it; `handoff check` finds
/// damage and broken rules and says which.
@Suite struct BackupAndCheckTests {
    @Test func aBackupTakenWhileOthersWriteIsConsistent() throws {
        let board = try TemporaryBoard.withDemoData()
        let writers = try (1...2).map { index in
            try SpawnedProcess([HandoffBinary.stressPath, "worker", "--db", board.path, "--seed", String(index), "--seconds", "3"])
        }
        for writer in writers { _ = writer.readLine(until: Date().addingTimeInterval(20)) }
        var previous = try Store(path: board.path).eventCount()
        for index in 1...3 {
            let copy = board.folder + "/backup-\(index).db"
            let result = try HandoffBinary.run(["backup", copy, "--db", board.path])
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.contains("integrity: ok"))
            let check = try HandoffBinary.run(["check", "--db", copy])
            #expect(check.status == 0, "\(check.output)")
            let events = try Store(path: copy, readOnly: true).eventCount()
            let live = try Store(path: board.path).eventCount()
            #expect(events >= previous && events <= live, "backup \(index): \(events) events, between \(previous) and \(live)")
            previous = events
            usleep(300_000)
        }
        for writer in writers { #expect(writer.wait(until: Date().addingTimeInterval(60)) == 0, "\(writer.errorText)") }
        // Once nobody writes, a backup holds exactly what the board holds.
        let final = board.folder + "/final.db"
        #expect(try HandoffBinary.run(["backup", final, "--db", board.path]).status == 0)
        #expect(try DatabaseDigest.of(final) == DatabaseDigest.of(board.path))
        let mode = try FileManager.default.attributesOfItem(atPath: final)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aBackupNeverOverwritesByAccidentNorLeavesHalfAFile() throws {
        let board = try TemporaryBoard.withDemoData()
        let copy = board.folder + "/copy.db"
        #expect(FileManager.default.createFile(atPath: copy, contents: Data("my notes".utf8)))
        let refused = try HandoffBinary.run(["backup", copy, "--db", board.path])
        #expect(refused.status == 1)
        #expect(refused.error.contains("already exists; nothing was written. Pass --force to replace it"), "\(refused.error)")
        #expect(FileManager.default.contents(atPath: copy) == Data("my notes".utf8))
        let forced = try HandoffBinary.run(["backup", copy, "--force", "--db", board.path])
        #expect(forced.status == 0, "\(forced.error)")
        #expect(try HandoffBinary.run(["check", "--db", copy]).status == 0)
        let itself = try HandoffBinary.run(["backup", board.path, "--force", "--db", board.path])
        #expect(itself.status == 1 && itself.error.contains("is the board itself"), "\(itself.error)")
        let nowhere = try HandoffBinary.run(["backup", board.folder + "/missing/copy.db", "--db", board.path])
        #expect(nowhere.status == 1 && nowhere.error.contains("does not exist"), "\(nowhere.error)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: board.folder).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func checkPassesASoundBoard() throws {
        let board = try TemporaryBoard.withDemoData()
        let result = try HandoffBinary.run(["check", "--db", board.path])
        #expect(result.status == 0)
        #expect(result.output.contains("348 leads"))
        #expect(result.output.contains("All checks passed."))
        #expect(result.output.components(separatedBy: "\n").filter { $0.hasPrefix("ok ") }.count == 10)
    }

    /// Each rule broken on purpose, by SQL written behind Handoff's back, is reported by name.
    @Test(arguments: [
        ("stage totals", "UPDATE stage_totals SET leads = leads + 1 WHERE stage = 'won'"),
        ("stages", "UPDATE leads SET stage = 'nowhere' WHERE id = 1001"),
        ("history", "DELETE FROM events WHERE lead_id = 1001 AND kind = 'created'"),
        ("latest move", "UPDATE leads SET stage = 'won' WHERE id = (SELECT id FROM leads WHERE stage = 'lead' LIMIT 1)"),
        ("references", "INSERT INTO notes(lead_id, at, author, body) VALUES (999999, 0, 'x', 'orphan')"),
        ("figures", "UPDATE kpi_days SET n = n + 3 WHERE measure = 'won' AND day = (SELECT max(day) FROM kpi_days WHERE measure = 'won')"),
        ("score changes", "INSERT INTO score_changes(run, lead_id, old_score, new_score, crossing) VALUES (999, 1001, 40, 70, 1)"),
    ])
    func checkNamesTheRuleABoardBreaks(rule: String, tampering: String) throws {
        let board = try TemporaryBoard.withDemoData()
        do {
            let connection = try SQLiteConnection(path: board.path)
            try connection.execute(tampering)
        }
        let result = try HandoffBinary.run(["check", "--db", board.path])
        #expect(result.status == 1)
        #expect(result.output.contains("FAIL  \(rule):"), "\(result.output)")
        #expect(result.error.contains("failed"), "\(result.error)")
    }

    @Test func checkReportsADamagedFile() throws {
        let board = try TemporaryBoard.withDemoData()
        let handle = try #require(FileHandle(forUpdatingAtPath: board.path))
        // Page 4 onwards: b-tree pages whose headers no longer make sense.
        for page in [4, 10, 40] {
            try handle.seek(toOffset: UInt64(4_096 * (page - 1)))
            handle.write(Data([0x0D, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]))
        }
        try handle.close()
        let result = try HandoffBinary.run(["check", "--db", board.path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("FAIL  integrity:"), "\(result.output)")
    }

    /// A backup onto a disk that fills up names that disk and its room, not the board's.
    @Test(.enabled(if: SystemAccounts.available, "mounts a small file system: needs root and unshare --mount, as in CI"))
    func aBackupOntoAFullDiskNamesThatDisk() throws {
        let board = try TemporaryBoard.withDemoData()
        let small = board.folder + "/small"
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        let script = "mount -t tmpfs -o size=256k tmpfs \"$1\" && exec \"$2\" backup \"$1/copy.db\" --db \"$3\""
        let process = try SpawnedProcess(
            ["unshare", "--mount", "sh", "-c", script, "sh", small, HandoffBinary.path, board.path],
            environment: ["PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "LANG": "C.UTF-8"])
        #expect(process.waitBlocking() == 1)
        let error = process.errorText
        #expect(error.hasPrefix("handoff: the disk holding \(small)/copy.db is full ("), "\(error)")
        #expect(error.hasSuffix(" KB free); nothing was written. Free some space and try again\n"), "\(error)")
        #expect(!error.contains(board.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: small).isEmpty)
    }
}
