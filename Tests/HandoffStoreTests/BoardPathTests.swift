import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// What sits at the board's path before Handoff opens it: a FIFO (which would hang the open), an
/// empty file (which SQLite would turn into a board with whatever mode it has), a link to nowhere.
@Suite(.enabled(if: TemporaryBoard.onFile, "what lies at a board file's path")) struct BoardPathTests {
    @Test func aFifoAtTheBoardPathIsRefusedInsteadOfHanging() throws {
        let board = TemporaryBoard()
        #expect(mkfifo(board.path, 0o600) == 0)
        let started = Date()
        for readOnly in [true, false] {
            #expect(throws: HandoffError.storage("\(board.path) is a FIFO, not a board; nothing was opened. Give --db a board file")) {
                try Store(path: board.path, readOnly: readOnly)
            }
        }
        #expect(throws: HandoffError.self) { try BoardCheck.run(path: board.path) }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func anEmptyFileBecomesAPrivateBoard() throws {
        let board = TemporaryBoard()
        #expect(FileManager.default.createFile(atPath: board.path, contents: nil, attributes: [.posixPermissions: 0o644]))
        _ = try board.open()
        var info = stat()
        #expect(stat(board.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        for suffix in ["-wal", "-shm"] {
            #expect(stat(board.path + suffix, &info) != 0 || info.st_mode & 0o077 == 0, "\(suffix)")
        }
    }

    @Test func aLinkToNowhereIsNamedNotFileExists() throws {
        let board = TemporaryBoard()
        #expect(symlink(board.folder + "/missing/board.db", board.path) == 0)
        #expect(
            throws: HandoffError.storage(
                "\(board.path) is a symbolic link to \(board.folder)/missing/board.db, which does not exist; nothing was created. Give --db the file itself, or remove the link (rm \(board.path))"
            )
        ) {
            try board.open()
        }
    }

    @Test func aLinkToABoardOpensItWithItsCompanionsBesideTheFile() throws {
        let board = TemporaryBoard()
        try board.seedSmallBoard()
        let link = board.folder + "/link.db"
        #expect(symlink(board.path, link) == 0)
        let store = try Store(path: link)
        try store.apply(.note(leadID: 1, body: "through the link", due: nil), actor: "seed")
        #expect(try BoardCheck.run(path: link).passed)
    }
}
