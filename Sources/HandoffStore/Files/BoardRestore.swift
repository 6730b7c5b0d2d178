import Foundation
import HandoffCore

/// `handoff restore BACKUP`: puts a backup back as the board, with its companions, safely. Copying
/// a backup over the board by hand left the old `-wal` beside it, and the next command merged that
/// log into the copy and damaged it for good (see `StaleLog`).
///
/// Nobody may have the board open (see `BoardUse`), and while the files change hands nobody can
/// open it: SQLite's exclusive lock on the board and its `-shm` is held here. The backup is copied
/// beside the board under a temporary name, checked (a Handoff board this Handoff can read, sound
/// pages), flushed to disk and given the board's mode and group; then the board in place is kept
/// under `board.db.replaced-TIME` together with its own `-wal` and `-journal`, the copy takes the
/// board's name in one rename, and the stale `-shm` goes. The board as it was is never lost, and
/// at every moment the board's name holds the old board or the new one. The result is checked
/// again with `handoff check`'s rules.
public struct BoardRestore {
    public struct Summary: Sendable {
        /// Where the board that was replaced is kept; nil when there was none.
        public var replaced: String?
        public var check: BoardCheck.Report
    }

    public let backup: String
    public let board: String

    public init(backup: String, board: String) {
        self.backup = backup
        self.board = board
    }

    public func run(now: Date = Date()) throws -> Summary {
        let path = BoardFiles.resolved(board)
        try checkBackup(path)
        let folder = StorageProblem.folder(of: path)
        let exists = FileManager.default.fileExists(atPath: path)
        if exists {
            try BoardFiles.secureCompanions(of: path, align: false)
            guard let open = BoardUse.isOpen(path) else {
                throw HandoffError.storage(
                    Message(.cannotTellWhetherAnyone, "\(path)"))
            }
            if open { throw inUse(path) }
        }
        // Held until the board is in place: an opener meanwhile waits, then finds the new board.
        var locks = exists ? try holdExclusively(path) : []
        defer { for descriptor in locks { close(descriptor) } }
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".restoring-\(getpid())"
        var replaced: String?
        do {
            try copy(backup, to: temporary)
            try verify(temporary)
            // A read-only look at a file in WAL mode leaves an empty log and index beside it.
            for suffix in ["-wal", "-shm"] { unlink(temporary + suffix) }
            try Store.flushToDisk(temporary)
            try adopt(temporary, permissionsOf: exists ? path : nil)
            if exists { replaced = try keepReplaced(path, now: now) }
            guard rename(temporary, path) == 0 else { throw StorageProblem.cannotCreate(path, errno: errno) }
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
            if let replaced { putBack(replaced, as: path) }
            throw error
        }
        unlink(path + "-shm")
        try? Store.flushToDisk(folder)
        for descriptor in locks { close(descriptor) }
        locks = []
        return Summary(replaced: replaced, check: try BoardCheck.run(path: path))
    }

    // MARK: Steps

    private func checkBackup(_ path: String) throws {
        var info = stat()
        guard stat(backup, &info) == 0 else {
            throw HandoffError.invalidInput(Message(.thereIsNoBackup, "\(backup)"))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw HandoffError.invalidInput(Message(.isNotAPlainFile, "\(backup)"))
        }
        if Store.sameFile(backup, path) {
            throw HandoffError.invalidInput(Message(.isTheBoardItself, "\(backup)"))
        }
        var log = stat()
        if lstat(backup + "-wal", &log) == 0 && log.st_size > 0 {
            throw HandoffError.invalidInput(
                Message(.hasAWalBeside, "\(backup)"))
        }
    }

    private func inUse(_ path: String) -> HandoffError {
        .storage(
            Message(.isOpenABoard, "\(path)")
        )
    }

    /// SQLite's EXCLUSIVE lock on the board (its pending, reserved and shared bytes) and the
    /// dead man switch of `-shm`: what an opener asks for first. No connection of this process has
    /// the board open, so these descriptors are the only locks it holds on these files.
    private func holdExclusively(_ path: String) throws -> [Int32] {
        var held: [Int32] = []
        for (file, start, length) in [(path, 0x4000_0000, 512), (path + "-shm", 128, 1)] {
            let descriptor = open(file, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
            if descriptor < 0 {
                if errno == ENOENT { continue }
                for held in held { close(held) }
                throw StorageProblem.cannotCreate(file, errno: errno)
            }
            var lock = flock()
            lock.l_type = Int16(F_WRLCK)
            lock.l_whence = Int16(SEEK_SET)
            lock.l_start = start
            lock.l_len = length
            if fcntl(descriptor, F_SETLK, &lock) != 0 {
                close(descriptor)
                for held in held { close(held) }
                throw inUse(path)
            }
            held.append(descriptor)
        }
        return held
    }

    private func copy(_ source: String, to destination: String) throws {
        guard let input = FileHandle(forReadingAtPath: source) else {
            throw HandoffError.invalidInput(Message(.cannotReadNothingWas, "\(source)", "\(String(cString: strerror(errno)))"))
        }
        defer { try? input.close() }
        let descriptor = open(destination, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StorageProblem.cannotCreate(destination, errno: errno) }
        let output = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        defer { try? output.close() }
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            do {
                try output.write(contentsOf: chunk)
            } catch {
                throw StorageProblem.full(path: board, folder: StorageProblem.folder(of: destination), errno: ENOSPC)
            }
        }
    }

    /// The copy, opened on its own: a Handoff board this Handoff can read, every page sound.
    private func verify(_ copy: String) throws {
        let connection: SQLiteConnection
        do {
            connection = try SQLiteConnection(path: copy, readOnly: true, create: false)
        } catch {
            throw HandoffError.invalidInput(
                Message(.cannotBeReadAs, "\(backup)", "\(TerminalText.sanitize(String(describing: error)))"))
        }
        connection.neverCheckpointOnClose()
        let version: Int64
        do {
            version = try connection.scalar("PRAGMA user_version") ?? 0
        } catch {
            throw HandoffError.invalidInput(Message(.isNotAHandoff, "\(backup)"))
        }
        if version == 0 {
            throw HandoffError.invalidInput(Message(.isNotAHandoffBoard, "\(backup)"))
        }
        if version > Int64(Store.schemaVersion) {
            throw HandoffError.invalidInput(
                Message(.wasWrittenByANewer, "\(backup)", "\(version)", "\(Store.schemaVersion)"))
        }
        let integrity = (try? connection.prepare("PRAGMA integrity_check(1)").rows([]) { $0.string(0) }) ?? ["unreadable"]
        guard integrity == ["ok"] else {
            throw HandoffError.invalidInput(
                Message(.isDamagedNothingWas, "\(backup)", "\(TerminalText.sanitize(integrity.joined(separator: "; ")))")
            )
        }
    }

    /// The board's mode and group for the copy (its own file, changed through its descriptor).
    private func adopt(_ copy: String, permissionsOf path: String?) throws {
        guard let path else { return }
        let permissions = BoardFiles.permissions(of: path)
        let descriptor = open(copy, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw StorageProblem.cannotCreate(copy, errno: errno) }
        defer { close(descriptor) }
        if let group = permissions.group { _ = fchown(descriptor, uid_t.max, group) }
        fchmod(descriptor, permissions.mode)
    }

    /// Undoes `keepReplaced` when the copy could not take the board's name: the board keeps its
    /// own log and journal.
    private func putBack(_ kept: String, as path: String) {
        for suffix in ["-wal", "-journal"] where FileManager.default.fileExists(atPath: kept + suffix) {
            _ = rename(kept + suffix, path + suffix)
        }
        unlink(kept)
    }

    /// Keeps the board in place, and the log and journal that belong to it, under one new name.
    private func keepReplaced(_ path: String, now: Date) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss"
        var kept = path + ".replaced-" + formatter.string(from: now)
        var attempt = 1
        while FileManager.default.fileExists(atPath: kept) || (try? FileManager.default.destinationOfSymbolicLink(atPath: kept)) != nil {
            attempt += 1
            kept = path + ".replaced-" + formatter.string(from: now) + "-\(attempt)"
        }
        guard link(path, kept) == 0 else { throw StorageProblem.cannotCreate(kept, errno: errno) }
        for suffix in ["-wal", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            guard rename(path + suffix, kept + suffix) == 0 else { throw StorageProblem.cannotCreate(kept + suffix, errno: errno) }
        }
        return kept
    }
}
