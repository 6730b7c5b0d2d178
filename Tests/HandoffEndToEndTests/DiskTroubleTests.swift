import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The board file in trouble: on a read-only location, with no room to write, not a database at
/// all, from a newer Handoff. Each gives a message that says what is wrong and what to do, exit
/// status 1, and leaves the file exactly as it was.
@Suite struct DiskTroubleTests {
    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    func setMode(_ path: String, _ mode: mode_t) { chmod(path, mode) }

    /// A demo board in a folder of its own with the given permissions, readable by anyone.
    func board(folderMode: mode_t, fileMode: mode_t) throws -> (board: TemporaryBoard, folder: String, path: String) {
        let board = try TemporaryBoard.withDemoData()
        setMode(board.folder, 0o755)
        let folder = board.folder + "/shared"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let path = folder + "/board.db"
        try FileManager.default.copyItem(atPath: board.path, toPath: path)
        setMode(path, fileMode)
        setMode(folder, folderMode)
        return (board, folder, path)
    }

    @Test func aReadOnlyBoardFileCanBeReadButNotWritten() throws {
        let (board, _, path) = try board(folderMode: 0o777, fileMode: 0o644)
        let before = bytes(path)
        let look = try HandoffBinary.runWithoutPrivileges(["snapshot", "--db", path])
        #expect(look.status == 0, "\(look.error)")
        let write = try HandoffBinary.runWithoutPrivileges(["note", "1001", "hello", "--db", path, "--as", "tom"])
        #expect(write.status == 1)
        #expect(write.error.contains("is read-only for you, so nothing was changed"), "\(write.error)")
        #expect(bytes(path) == before)
        _ = board
    }

    @Test func aReadOnlyFolderIsExplainedBeforeAnythingIsRead() throws {
        let (board, folder, path) = try board(folderMode: 0o755, fileMode: 0o644)
        let before = bytes(path)
        for arguments in [["snapshot"], ["note", "1001", "hello", "--as", "tom"], ["inbox", "--json"]] {
            let result = try HandoffBinary.runWithoutPrivileges(arguments + ["--db", path])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.error.contains("SQLite must create \(path)-wal and \(path)-shm next to it"), "\(arguments): \(result.error)")
            #expect(result.error.contains("the folder \(folder) is not writable for you"), "\(arguments): \(result.error)")
        }
        #expect(bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal") && !FileManager.default.fileExists(atPath: path + "-shm"))
        _ = board
    }

    @Test func aWritableBoardInAFolderWithoutRoomForItsSidecars() throws {
        let (board, _, path) = try board(folderMode: 0o755, fileMode: 0o666)
        let before = bytes(path)
        let write = try HandoffBinary.runWithoutPrivileges(["move", "1001", "nurture", "--db", path, "--as", "lucia"])
        #expect(write.status == 1)
        #expect(write.error.contains("-wal") && write.error.contains("make the folder writable"), "\(write.error)")
        #expect(bytes(path) == before)
        let create = try HandoffBinary.runWithoutPrivileges(["init", "--db", board.folder + "/shared/new.db"])
        #expect(create.status == 1)
        #expect(create.error.contains("cannot create") && create.error.contains("not writable for you"), "\(create.error)")
    }

    @Test func aFileThatIsNotABoardIsLeftAlone() throws {
        let board = TemporaryBoard()
        var random = SeededRandom(seed: 3)
        let junk = Data((0..<5_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        #expect(FileManager.default.createFile(atPath: board.path, contents: junk))
        for arguments in [["snapshot"], ["move", "1", "mql"], ["check"], ["backup", board.folder + "/copy.db"]] {
            let result = try HandoffBinary.run(arguments + ["--db", board.path])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.error.contains("is not a Handoff board"), "\(arguments): \(result.error)")
        }
        #expect(bytes(board.path) == junk)
        #expect(!FileManager.default.fileExists(atPath: board.folder + "/copy.db"))
    }

    @Test func anotherProgramsDatabaseIsNotTurnedIntoABoard() throws {
        let board = TemporaryBoard()
        do {
            let other = try SQLiteConnection(path: board.path)
            try other.execute("CREATE TABLE bookmarks(url TEXT); INSERT INTO bookmarks VALUES ('https://example.com')")
        }
        let before = bytes(board.path)
        let result = try HandoffBinary.run(["note", "1", "hello", "--db", board.path])
        #expect(result.status == 1)
        #expect(result.error.contains("is an SQLite database of another program (tables bookmarks)"), "\(result.error)")
        #expect(bytes(board.path) == before)
        #expect(try HandoffBinary.run(["check", "--db", board.path]).status == 1)
    }

    @Test func aBoardFromANewerHandoffIsRefusedUntouched() throws {
        let board = try TemporaryBoard.withDemoData()
        do {
            let connection = try SQLiteConnection(path: board.path)
            try connection.execute("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99")
        }
        let before = bytes(board.path)
        for arguments in [["snapshot"], ["move", "1001", "nurture"], ["check"]] {
            let result = try HandoffBinary.run(arguments + ["--db", board.path])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.error.contains("written by a newer Handoff (schema 99"), "\(arguments): \(result.error)")
        }
        // Not even switched to WAL: the newer Handoff finds its file as it left it.
        #expect(bytes(board.path) == before)
    }

    /// The disk fills up in the middle of a write: the process may not grow the board's files past
    /// 8 KB (`ulimit -f`), as on a full disk. The write is refused as a whole and the board is sound.
    @Test func aFullDiskRefusesTheWholeWrite() throws {
        let board = try TemporaryBoard.withDemoData()
        // Keeps the board's -wal and -shm in place, as another open terminal would.
        let watcher = try Store(path: board.path)
        let notesBefore = try watcher.connection.scalar("SELECT count(*) FROM notes")
        let eventsBefore = try watcher.eventCount()
        let body = String(repeating: "a long note that does not fit ", count: 120)
        let script = "trap '' XFSZ; ulimit -f 16; exec '\(HandoffBinary.path)' note 1001 '\(body)' --db '\(board.path)' --as tom"
        let process = try SpawnedProcess(["sh", "-c", script])
        let status = process.waitBlocking()
        #expect(status == 1, "\(process.errorText)")
        #expect(process.errorText.contains("nothing was written"), "\(process.errorText)")
        #expect(try watcher.connection.scalar("SELECT count(*) FROM notes") == notesBefore)
        #expect(try watcher.eventCount() == eventsBefore)
        #expect(BoardAudit.soundness(path: board.path).isEmpty)
        // With room again, the same write goes through.
        let retry = try HandoffBinary.run(["note", "1001", body, "--db", board.path, "--as", "tom"])
        #expect(retry.status == 0, "\(retry.error)")
    }
}
