import CSQLite
import Foundation
import HandoffCore

extension Store {
    /// What a backup holds, for the command's report.
    public struct BackupSummary: Sendable, Equatable {
        public var leads: Int
        public var events: Int
        public var bytes: Int64
    }

    /// Copies the board to `destination` as it is at one moment, while others keep writing:
    /// `VACUUM INTO` reads inside one transaction (on a server, `copy` into a new board file does). The copy is written beside the destination under
    /// a temporary name, checked, flushed to disk and only then renamed into place, so `destination`
    /// is never a half-written file; an existing file is replaced only when `replacing`.
    public func backup(to destination: String, replacing: Bool) throws -> BackupSummary {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: destination, isDirectory: &isFolder) {
            if isFolder.boolValue { throw HandoffError.invalidInput(Message(.isAFolderGive, "\(destination)")) }
            if engine == .sqlite, Store.sameFile(destination, path) {
                throw HandoffError.invalidInput(Message(.isTheBoardItselfBack, "\(destination)"))
            }
            if !replacing {
                throw HandoffError.invalidInput(Message(.alreadyExistsNothingWas, "\(destination)"))
            }
        }
        let folder = StorageProblem.folder(of: destination)
        let temporary = folder + "/." + (destination as NSString).lastPathComponent + ".partial-\(getpid())"
        // VACUUM INTO accepts an existing empty file, so the copy is private (0600) from its first byte.
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StorageProblem.cannotCreate(destination, errno: errno) }
        close(descriptor)
        do {
            if engine == .sqlite {
                do {
                    try connection.prepare("VACUUM INTO ?").run(.text(temporary))
                } catch {
                    // SQLite reports a failed write of the copy as the board's: the disk that filled is the copy's.
                    if let sqlite = connection as? SQLiteConnection,
                        let full = Store.copyOutOfRoom(
                            temporary, folder: folder, reportedAs: destination, code: sqlite.lastCode,
                            errno: sqlite.systemErrno)
                    {
                        throw full
                    }
                    throw error
                }
            } else {
                // A server board is backed up as a board file: the whole board at one moment
                // (one snapshot), which `handoff copy --to` brings back to any server.
                unlink(temporary)
                _ = try copy(to: try Store(path: temporary), replacing: false)
            }
            let summary = try Store.verifyBackup(at: temporary, reportedAs: destination)
            try Store.flushToDisk(temporary)
            guard rename(temporary, destination) == 0 else { throw StorageProblem.cannotCreate(destination, errno: errno) }
            try? Store.flushToDisk(folder)
            return summary
        } catch {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
            throw error
        }
    }

    /// Why writing the copy failed when its own disk or size limit is the cause, naming the copy.
    static func copyOutOfRoom(_ temporary: String, folder: String, reportedAs destination: String, code: Int32, errno: Int32)
        -> HandoffError?
    {
        let reason =
            errno == ENOSPC || errno == EDQUOT || errno == EFBIG
            ? errno
            : (code & 0xFF == SQLITE_FULL || StorageProblem.writeFailures.contains(code))
                ? StorageProblem.outOfRoom(path: temporary, folder: folder) : nil
        guard let reason else { return nil }
        return StorageProblem.full(path: destination, folder: folder, errno: reason)
    }

    /// Opens the copy on its own and runs the integrity check: a backup is only as good as its
    /// last successful read.
    private static func verifyBackup(at path: String, reportedAs destination: String) throws -> BackupSummary {
        let copy = try SQLiteConnection(path: path, readOnly: true, create: false)
        let integrity = try copy.prepare("PRAGMA integrity_check(1)").rows([]) { $0.string(0) }
        guard integrity == ["ok"] else {
            throw HandoffError.storage(
                Message(.copyWrittenForFailed, "\(destination)", "\(integrity.joined(separator: "; "))"))
        }
        let leads = Int(try copy.scalar("SELECT count(*) FROM leads") ?? 0)
        let events = Int(try copy.scalar("SELECT count(*) FROM events") ?? 0)
        var info = stat()
        let bytes = stat(path, &info) == 0 ? Int64(info.st_size) : 0
        return BackupSummary(leads: leads, events: events, bytes: bytes)
    }

    static func flushToDisk(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StorageProblem.cannotCreate(path, errno: errno) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 { throw StorageProblem.cannotCreate(path, errno: errno) }
    }

    static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
