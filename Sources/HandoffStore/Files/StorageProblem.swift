import CSQLite
import Foundation
import HandoffCore

/// Turns a failed SQLite call into a sentence a user can act on. SQLite's own words ("attempt to
/// write a readonly database", "unable to open database file") rarely say which of the file, its
/// folder or the disk is the trouble, so this looks at the errno SQLite saw and at the file system.
enum StorageProblem {
    static func explain(code: Int32, systemErrno: Int32, message: String, path: String) -> HandoffError {
        let folder = Self.folder(of: path)
        switch code & 0xFF {
        case SQLITE_NOTADB:
            return .storage(Message(.isNotAHandoffBoardIt, "\(path)"))
        case SQLITE_CORRUPT:
            return .storage(Message(.isDamagedRunHandoff, "\(path)", "\(message)", "\(path)"))
        case SQLITE_FULL:
            return full(path: path, folder: folder, errno: systemErrno)
        case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_PERM, SQLITE_AUTH:
            return fileSystem(code: code, errno: systemErrno, message: message, path: path, folder: folder)
        default:
            return .storage(
                Message(.unexpectedDatabaseErrorOn, "\(path)", "\(TerminalText.sanitize(message))", "\(code)")
            )
        }
    }

    /// The reason a file could not be opened, created or written, found on the file system.
    static func fileSystem(code: Int32, errno: Int32, message: String, path: String, folder: String) -> HandoffError {
        if errno == ENOSPC || errno == EDQUOT || errno == EFBIG { return full(path: path, folder: folder, errno: errno) }
        // SQLite reports the errno of a failed write only now and then; a write that ran out of
        // room is recognized by the room left instead.
        let writing = writeFailures.contains(code)
        if writing, let reason = outOfRoom(path: path, folder: folder) { return full(path: path, folder: folder, errno: reason) }
        if errno == EROFS || isReadOnlyFileSystem(folder) {
            return .storage(
                Message(.isOnARead, "\(path)", "\(path)")
            )
        }
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            return .storage(Message(.cannotOpenTheFolder, "\(path)", "\(folder)"))
        }
        if access(folder, X_OK) != 0 {
            return .storage(Message(.cannotOpenYouHave, "\(path)", "\(folder)"))
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue {
            return .storage(Message(.isAFolderNot, "\(path)"))
        }
        if FileManager.default.fileExists(atPath: path) {
            if access(path, R_OK) != 0 {
                return .storage(Message(.cannotReadYouHave, "\(path)"))
            }
            let sidecarsMissing =
                !FileManager.default.fileExists(atPath: path + "-shm") || !FileManager.default.fileExists(atPath: path + "-wal")
            if access(folder, W_OK) != 0 && sidecarsMissing {
                return .storage(
                    Message(.cannotOpenSQLiteMust, "\(path)", "\(path)", "\(path)", "\(folder)"))
            }
            if access(path, W_OK) != 0 {
                return .storage(
                    Message(.isReadOnlyFor, "\(path)")
                )
            }
            for sidecar in [path + "-wal", path + "-shm"]
            where FileManager.default.fileExists(atPath: sidecar) && access(sidecar, R_OK | W_OK) != 0 {
                return .storage(
                    Message(.cannotUseWhichBelongs, "\(sidecar)")
                )
            }
        } else if access(folder, W_OK) != 0 {
            return .storage(Message(.cannotCreateTheFolderIs, "\(path)", "\(folder)"))
        }
        if code & 0xFF == SQLITE_READONLY {
            return .storage(Message(.boardCannotBeWritten, "\(path)", "\(message)"))
        }
        let cause = errno != 0 ? String(cString: strerror(errno)) : message
        if code & 0xFF == SQLITE_IOERR {
            return .storage(Message(.couldNotReadOr, "\(path)", "\(cause)"))
        }
        return .storage(Message(.cannotOpen, "\(path)", "\(cause)"))
    }

    /// A new board file that could not be created.
    static func cannotCreate(_ path: String, errno: Int32) -> HandoffError {
        fileSystem(code: SQLITE_CANTOPEN, errno: errno, message: String(cString: strerror(errno)), path: path, folder: folder(of: path))
    }

    static func full(path: String, folder: String, errno: Int32) -> HandoffError {
        if errno == EFBIG {
            return .storage(Message(.hasReachedTheLargest, "\(path)"))
        }
        if errno == EDQUOT {
            return .storage(Message(.yourDiskQuotaIs, "\(path)"))
        }
        var free = ""
        if let bytes = freeBytes(folder) { free = " (\(bytes / 1024) KB free)" }
        return .storage(Message(.diskHoldingIsFull, "\(path)", "\(free)"))
    }

    /// SQLITE_IOERR_WRITE, _FSYNC, _TRUNCATE, _SHMSIZE and _SHMMAP: macros Swift does not import,
    /// so built here as sqlite3.h builds them.
    static let writeFailures: Set<Int32> = Set([3, 4, 6, 19, 21].map { SQLITE_IOERR | Int32($0 << 8) })

    /// EFBIG when one of the board's files has reached the process's file size limit, ENOSPC when
    /// the disk has (nearly) no room left, else nil.
    static func outOfRoom(path: String, folder: String) -> Int32? {
        var limit = rlimit()
        if getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0 && limit.rlim_cur != rlim_t.max {
            for file in [path, path + "-wal", path + "-shm"] {
                var info = stat()
                if stat(file, &info) == 0 && UInt64(info.st_size) + 65_536 > UInt64(limit.rlim_cur) { return EFBIG }
            }
        }
        if let free = freeBytes(folder), free < 1 << 20 { return ENOSPC }
        return nil
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    static func freeBytes(_ folder: String) -> UInt64? {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return nil }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }

    static func isReadOnlyFileSystem(_ folder: String) -> Bool {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return false }
        return info.f_flag & UInt(ST_RDONLY) != 0
    }
}
