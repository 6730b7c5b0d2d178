import Foundation
import HandoffCore

/// A `-wal` left beside a board that does not belong to it. SQLite replays whatever log it finds
/// beside a file into it: after a crash left `board.db-wal`, a board put back with
/// `cp backup.db board.db` had the old log merged into it by the next command, and was damaged for
/// good. Nothing in a log names the file it belongs to, so this looks at what the log would make of
/// the board, before anything is written:
///
/// - a log with no frames, a board nobody else has open (see `BoardUse`; an open board's log is
///   its own, live), and a board not written since the log was (its inode change time, which no
///   copy can set back, not after the log's last write) are let through at once: the usual crash;
/// - otherwise the board is read twice without writing anything: alone (SQLite's `immutable`,
///   which ignores the log) and through the log, by a connection that never checkpoints. Sound
///   alone and damaged through the log means the log is someone else's: refused, with the fix.
///
/// A log that fits the file's pages well enough to pass SQLite's quick check is not caught here
/// (the history's chain may still tell, see `handoff check`); `handoff restore` replaces a board
/// and its companions together, so it never leaves one behind.
enum StaleLog {
    static func refusal(for boardPath: String) -> HandoffError? {
        let path = BoardFiles.resolved(boardPath)
        var log = stat(), board = stat()
        guard lstat(path + "-wal", &log) == 0, log.st_mode & S_IFMT == S_IFREG, log.st_size > 32,
            stat(path, &board) == 0
        else { return nil }
        let changedAfterLog = (board.st_ctim.tv_sec, board.st_ctim.tv_nsec) > (log.st_mtim.tv_sec, log.st_mtim.tv_nsec)
        guard changedAfterLog, BoardUse.isOpen(path) == false else { return nil }
        guard sound(path, immutable: true), !sound(path, immutable: false) else { return nil }
        return .storage(
            Message(.walHoldsChangesThat, "\(path)", "\(path)", "\(path)", "\(path)", "\(path)"))
    }

    /// SQLite's quick check passes: the file alone, or as its log would make it.
    private static func sound(_ path: String, immutable: Bool) -> Bool {
        guard let connection = try? SQLiteConnection(path: path, readOnly: true, create: false, immutable: immutable) else { return false }
        connection.neverCheckpointOnClose()
        let result = try? connection.prepare("PRAGMA quick_check(1)").rows([]) { $0.string(0) }
        return result == ["ok"]
    }
}
