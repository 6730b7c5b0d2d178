import Foundation
import HandoffCore

/// The board's files on disk. A board holds customer data, so a new one is readable by its owner
/// only (0600). A team on one host shares it on purpose through a group (0660). SQLite adds files
/// next to the board (`-wal`, `-shm`) with the board's mode but with the group of whoever opened it
/// first; for a shared board they must carry the board's group too, or the next member cannot
/// open it. Presence keeps its own small file beside the board (see `Presence`).
public enum BoardFiles {
    /// Files that live beside the board and must be as open as the board itself.
    public static func companions(of path: String) -> [String] {
        let presence = path + Presence.suffix
        return [path + "-wal", path + "-shm", path + "-journal", presence, presence + "-wal", presence + "-shm"]
    }

    /// Creates an empty file with `mode` (its folder too, private, if missing). The mode is set
    /// after creation, so the user's umask cannot widen or narrow it.
    static func create(at path: String, mode: mode_t = 0o600, group: gid_t? = nil) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw HandoffError.storage("cannot create the folder \(folder) for the board: \(error.localizedDescription)")
            }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw StorageProblem.cannotCreate(path, errno: errno) }
        defer { close(descriptor) }
        if let group, fchown(descriptor, uid_t.max, group) != 0 {
            unlink(path)
            throw notInGroup(group)
        }
        fchmod(descriptor, mode)
    }

    /// The group's id, or how to create it.
    public static func groupID(named name: String) throws -> gid_t {
        guard let entry = getgrnam(name) else {
            throw HandoffError.invalidInput("there is no group named '\(name)' on this machine; create it (sudo groupadd \(name)) and add each member of the team (sudo usermod -aG \(name) LOGIN)")
        }
        return entry.pointee.gr_gid
    }

    static func groupName(_ gid: gid_t) -> String {
        guard let entry = getgrgid(gid), let name = entry.pointee.gr_name else { return String(gid) }
        return String(cString: name)
    }

    private static func notInGroup(_ gid: gid_t) -> HandoffError {
        let name = groupName(gid)
        return .notPermitted("you are not in the group '\(name)' (`id -Gn` lists yours); an administrator of the machine adds you with sudo usermod -aG \(name) $USER, then log in again")
    }

    /// Opens an existing board (and its companion files) to `group`: mode 0660, that group.
    /// Only the owner of the files (or root) can do this.
    public static func share(_ path: String, group: gid_t) throws {
        for file in [path] + companions(of: path) where FileManager.default.fileExists(atPath: file) {
            if chown(file, uid_t.max, group) != 0 {
                if errno == EPERM && file == path && !ownedByMe(file) {
                    throw HandoffError.notPermitted("only the owner of \(path) can share it with a group; ask them to run `handoff init --db \(path) --shared-group \(groupName(group))`")
                }
                throw notInGroup(group)
            }
            chmod(file, 0o660)
        }
    }

    /// Creates the folder of a shared board: group-owned, group-writable and setgid, so every
    /// file created in it later (by SQLite, by anyone of the team) gets the group by itself.
    static func createSharedFolder(_ folder: String, group: gid_t) throws {
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o770])
        } catch {
            throw HandoffError.storage("cannot create the folder \(folder) for the board: \(error.localizedDescription)")
        }
        guard chown(folder, uid_t.max, group) == 0 else { throw notInGroup(group) }
        chmod(folder, 0o2770)
    }

    /// What is wrong with the folder of a shared board, with the commands that fix it; nil if
    /// every member of `group` can create SQLite's files in it.
    public static func sharedFolderAdvice(for path: String, group: gid_t) -> String? {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var info = stat()
        guard stat(folder, &info) == 0 else { return nil }
        let groupWritable = info.st_gid == group && info.st_mode & 0o070 == 0o070
        if groupWritable && info.st_mode & 0o2000 != 0 { return nil }
        if info.st_mode & 0o003 == 0o003 && !groupWritable {
            // Anyone may create files there; the setgid group saves each new file a moment with
            // its creator's group.
            return "the folder \(folder) is open to every user of the machine; better a folder of the team's own: "
                + "mkdir DIR && chgrp \(groupName(group)) DIR && chmod 2770 DIR"
        }
        let name = groupName(group)
        return "the folder \(folder) must let the group \(name) create files (SQLite writes \(path)-wal and -shm there): "
            + "chgrp \(name) \(folder) && chmod 2770 \(folder)"
    }

    /// Gives SQLite's and presence's companion files the board's group and mode when the board is
    /// shared with a group. Best effort: a file someone else created is theirs to fix.
    static func alignCompanions(of path: String) {
        var board = stat()
        guard stat(path, &board) == 0, board.st_mode & 0o070 != 0 else { return }
        let mode = board.st_mode & 0o666
        for file in companions(of: path) {
            var info = stat()
            guard stat(file, &info) == 0, info.st_uid == geteuid() else { continue }
            if info.st_gid != board.st_gid { _ = chown(file, uid_t.max, board.st_gid) }
            if info.st_mode & 0o777 != mode { _ = chmod(file, mode) }
        }
    }

    /// The mode and group a file created beside the board should have: the board's own.
    static func permissions(of path: String) -> (mode: mode_t, group: gid_t?) {
        var board = stat()
        guard stat(path, &board) == 0 else { return (0o600, nil) }
        return (board.st_mode & 0o666, board.st_mode & 0o070 != 0 ? board.st_gid : nil)
    }

    /// Why this user cannot read an existing board, with what to ask for; nil when they can.
    static func readProblem(_ path: String) -> HandoffError? {
        guard access(path, R_OK) != 0, errno == EACCES else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let owner = getpwuid(info.st_uid).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? String(info.st_uid)
        let group = groupName(info.st_gid)
        let mode = String(info.st_mode & 0o777, radix: 8)
        if info.st_mode & 0o040 != 0 {
            return .notPermitted("you may not open \(path) (owner \(owner), group \(group), mode 0\(mode)): ask an administrator of the machine to add you to the group \(group) (sudo usermod -aG \(group) $USER), then log in again")
        }
        return .notPermitted("you may not open \(path): it is private to \(owner) (mode 0\(mode)); to share it with a team, \(owner) runs `handoff init --db \(path) --shared-group GROUP`")
    }

    private static func ownedByMe(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_uid == geteuid() || geteuid() == 0)
    }
}
