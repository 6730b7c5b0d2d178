import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// A crash leaves `board.db-wal`; the board is then put back from a backup. By hand (`cp`), the
/// next command must refuse instead of merging the old log into the copy (which damaged it for
/// good); with `handoff restore` the board and its companions are replaced together, the board it
/// replaced is kept with its log, and nothing is lost. Restore refuses while the board is open.
@Suite struct RestoreEndToEndTests {
    /// A demo board, its backup, then more changes that stay in the log because the process that
    /// made them was killed (a crash), as in the report: 200 notes and every lead renamed.
    func crashedBoard() throws -> (board: TemporaryBoard, backup: String) {
        let board = try TemporaryBoard.withDemoData()
        let backup = board.folder + "/backup.db"
        #expect(try HandoffBinary.run(["backup", backup, "--db", board.path]).status == 0)
        let script = board.folder + "/crash.sql"
        var sql = "PRAGMA wal_autocheckpoint = 0;\n"
        for index in 1...200 {
            sql += "INSERT INTO notes(lead_id, at, author, body) VALUES (1001, \(index), 'x', 'written before the crash \(index)');\n"
        }
        sql += "UPDATE leads SET name = name || ' (renamed)';\nSELECT 'ready';\n.shell sleep 60\n"
        try sql.write(toFile: script, atomically: true, encoding: .utf8)
        let writer = try SpawnedProcess(["sqlite3", board.path], input: script)
        let deadline = Date().addingTimeInterval(20)
        var ready = false
        while !ready, let line = writer.readLine(until: deadline) { ready = line == "ready" }
        #expect(ready)
        writer.send(SIGKILL)
        _ = writer.wait(until: Date().addingTimeInterval(10))
        var log = stat()
        #expect(stat(board.path + "-wal", &log) == 0 && log.st_size > 100_000, "the crash left its changes in the log")
        return (board, backup)
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func aBoardPutBackByHandIsNotMergedWithTheOldLog() throws {
        let (board, backup) = try crashedBoard()
        try FileManager.default.removeItem(atPath: board.path)
        try FileManager.default.copyItem(atPath: backup, toPath: board.path)
        let before = (bytes(board.path), bytes(board.path + "-wal"))
        let note = try HandoffBinary.run(["note", "1001", "after the restore", "--as", "ana", "--db", board.path])
        #expect(note.status == 1)
        #expect(
            note.error == """
                handoff: \(board.path)-wal holds changes that do not belong to \(board.path): the board was replaced after that log was written (a copy put back \
                by hand?), and merging them would damage it; nothing was changed. Move the log aside, then open the board again: \
                mv \(board.path)-wal \(board.path)-wal.stale && rm -f \(board.path)-shm. Put boards back with `handoff restore BACKUP`, which does this itself

                """, "\(note.error)")
        #expect(bytes(board.path) == before.0 && bytes(board.path + "-wal") == before.1)
        let check = try HandoffBinary.run(["check", "--db", board.path])
        #expect(check.status == 1 && check.error.contains("holds changes that do not belong to"))
        // The fix the message names works.
        #expect(rename(board.path + "-wal", board.path + "-wal.stale") == 0 && unlink(board.path + "-shm") == 0)
        #expect(try HandoffBinary.run(["note", "1001", "after the restore", "--as", "ana", "--db", board.path]).status == 0)
        #expect(try HandoffBinary.run(["check", "--db", board.path]).status == 0)
    }

    @Test func restoreReplacesTheBoardAndItsLogTogetherAndKeepsTheOldOne() throws {
        let (board, backup) = try crashedBoard()
        let restored = try HandoffBinary.run(["restore", backup, "--db", board.path])
        #expect(restored.status == 0, "\(restored.error)")
        #expect(
            restored.output.hasPrefix(
                "Restored \(board.path) from \(backup): 348 leads, 1,311 events.\nThe board it replaced is kept as \(board.path).replaced-")
        )
        #expect(restored.output.hasSuffix("All checks passed.\n"))
        #expect(!FileManager.default.fileExists(atPath: board.path + "-wal") || bytes(board.path + "-wal")?.isEmpty == true)
        let kept = try #require(
            try FileManager.default.contentsOfDirectory(atPath: board.folder).first {
                $0.hasPrefix("board.db.replaced-") && !$0.hasSuffix("-wal")
            })
        #expect(FileManager.default.fileExists(atPath: board.folder + "/" + kept + "-wal"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: board.folder).filter { $0.contains("restoring") }.isEmpty)
        // The board works, and is the backup's.
        #expect(try HandoffBinary.run(["note", "1001", "after the restore", "--as", "ana", "--db", board.path]).status == 0)
        #expect(try HandoffBinary.run(["check", "--db", board.path]).status == 0)
        let store = try board.open(readOnly: true)
        #expect(try store.connection.scalar("SELECT count(*) FROM notes WHERE author = 'x'") == 0)
        // Nothing the crash left is lost: the board it replaced, opened with its log, has it all.
        let old = try Store(path: board.folder + "/" + kept, readOnly: true)
        #expect(try old.connection.scalar("SELECT count(*) FROM notes WHERE author = 'x'") == 200)
    }

    @Test func restoreRefusesWhileTheBoardIsOpenAndChangesNothing() throws {
        let board = try TemporaryBoard.withDemoData()
        let backup = board.folder + "/backup.db"
        #expect(try HandoffBinary.run(["backup", backup, "--db", board.path]).status == 0)
        let open = try board.open()
        _ = try open.leadCount()
        let before = try DatabaseDigest.of(board.path)
        let listing = try FileManager.default.contentsOfDirectory(atPath: board.folder).sorted()
        let refused = try HandoffBinary.run(["restore", backup, "--db", board.path])
        #expect(refused.status == 1)
        #expect(
            refused.error
                == "handoff: \(board.path) is open (a board on someone's screen, or a command running now); nothing was changed. Ask everyone to close it, then restore\n"
        )
        #expect(try DatabaseDigest.of(board.path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: board.folder).sorted() == listing)
    }

    @Test func restoreRefusesWhatIsNoGoodBackupAndChangesNothing() throws {
        let board = try TemporaryBoard.withDemoData()
        let before = try DatabaseDigest.of(board.path)
        let notes = board.folder + "/notes.txt"
        try "my notes".write(toFile: notes, atomically: true, encoding: .utf8)
        let notABoard = try HandoffBinary.run(["restore", notes, "--db", board.path])
        #expect(notABoard.status == 1 && notABoard.error.contains("notes.txt is not a Handoff board"), "\(notABoard.error)")
        let live = board.folder + "/live.db"
        try FileManager.default.copyItem(atPath: board.path, toPath: live)
        try Data("not empty".utf8).write(to: URL(fileURLWithPath: live + "-wal"))
        let withLog = try HandoffBinary.run(["restore", live, "--db", board.path])
        #expect(withLog.status == 1 && withLog.error.contains("live.db has a -wal beside it"), "\(withLog.error)")
        let missing = try HandoffBinary.run(["restore", board.folder + "/nowhere.db", "--db", board.path])
        #expect(missing.status == 1 && missing.error.contains("there is no backup at"))
        #expect(try DatabaseDigest.of(board.path) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: board.folder).filter { $0.contains("restoring") || $0.contains("replaced") }
                .isEmpty)
    }
}
