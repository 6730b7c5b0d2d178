import Foundation
import HandoffCore

/// The board's files on disk. A board holds customer data, so a new one is readable by its owner
/// only (0600). A team on one host shares it on purpose through a group (0660). SQLite adds files
/// next to the board (`-wal`, `-shm`) with the board's mode but with the group of whoever opened it
/// first; for a shared board they must carry the board's group too, or the next member cannot
/// open it. Presence keeps its own small file beside the board (see `Presence`).
///
/// Everyone in the group can create files in a shared board's folder, so a companion's name may
/// hold anything: a link to someone's private key, a FIFO, another person's file. Nothing here
/// follows a link when it changes a mode or an owner: each companion is opened with `O_NOFOLLOW`,
/// checked on the descriptor to be a plain file with one name, owned by whom a board's companion
/// may be owned by, and only then changed through that descriptor. A companion that is a link, not
/// a plain file, or someone else's is refused by name before SQLite opens anything (SQLite itself
/// refuses links to its own `-wal`, `-shm` and `-journal`, with a message that names none of them).
///
/// The descriptors are `O_PATH` ones: closing an ordinary descriptor of a file drops every POSIX
/// lock the process holds on it, SQLite's too, and a second process then took itself for the only
/// one, truncated `-shm` and crashed this one (SIGBUS) under it. An `O_PATH` descriptor opens
/// nothing (a FIFO cannot hang it) and its close leaves the locks alone; it is changed with
/// `fchownat(AT_EMPTY_PATH)` and `chmod` of its `/proc/self/fd` entry, which names the opened file
/// itself, as glibc's `fchmodat(AT_SYMLINK_NOFOLLOW)` does.
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
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw HandoffError.storage(Message(.cannotCreateTheFolder, "\(folder)", "\(error.localizedDescription)"))
            }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            let failure = errno
            if failure == EEXIST, let link = danglingLink(path) { throw link }
            throw StorageProblem.cannotCreate(path, errno: failure)
        }
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
            throw HandoffError.invalidInput(
                Message(.thereIsNoGroup, "\(name)", "\(name)", "\(name)")
            )
        }
        return entry.pointee.gr_gid
    }

    static func groupName(_ gid: gid_t) -> String {
        guard let entry = getgrgid(gid), let name = entry.pointee.gr_name else { return String(gid) }
        return String(cString: name)
    }

    private static func notInGroup(_ gid: gid_t) -> HandoffError {
        let name = groupName(gid)
        return .notPermitted(
            Message(.youAreNotIn, "\(name)", "\(name)")
        )
    }

    /// Opens an existing board (and its companion files) to `group`: mode 0660, that group.
    /// Only the owner of the files (or root) can do this. The board and every companion are
    /// checked first, and changed through descriptors opened without following links.
    public static func share(_ path: String, group: gid_t) throws {
        try secureCompanions(of: path, align: false)
        // A link at the board's own name is refused by name (its companions were checked where it points).
        for file in [path] + companions(of: path) {
            guard let opened = try openPlainFile(file, isBoard: file == path) else { continue }
            defer { close(opened.descriptor) }
            if !changeGroup(opened.descriptor, group) {
                if errno == EPERM && file == path && opened.info.st_uid != geteuid() && geteuid() != 0 {
                    throw HandoffError.notPermitted(
                        Message(.onlyTheOwnerOf, "\(path)", "\(path)", "\(groupName(group))")
                    )
                }
                throw notInGroup(group)
            }
            _ = changeMode(opened.descriptor, 0o660)
        }
    }

    /// Creates the folder of a shared board: group-owned, group-writable and setgid, so every
    /// file created in it later (by SQLite, by anyone of the team) gets the group by itself.
    static func createSharedFolder(_ folder: String, group: gid_t) throws {
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o770])
        } catch {
            throw HandoffError.storage(Message(.cannotCreateTheFolder, "\(folder)", "\(error.localizedDescription)"))
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

    /// What must hold of an existing board before SQLite opens it: a plain file (a FIFO would hang
    /// the open), readable by this user, whose companions are safe (see `secureCompanions`), with
    /// no `-wal` beside it that belongs to another file (see `StaleLog`). An
    /// empty file of this user's, which SQLite would make a board of with whatever mode it has,
    /// gets a board's mode first: 0600, or 0660 and `sharedGroup`.
    static func prepareExisting(_ path: String, readOnly: Bool, sharedGroup: gid_t?) throws {
        var info = stat()
        if stat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFREG {
            let kind: Message =
                info.st_mode & S_IFMT == S_IFDIR
                ? Message(.folder) : info.st_mode & S_IFMT == S_IFIFO ? Message(.fifo) : Message(.notAPlainFile)
            throw HandoffError.storage(Message(.isNotABoard, "\(path)", "\(kind)"))
        }
        if let problem = readProblem(path) { throw problem }
        if !readOnly && info.st_size == 0 && info.st_uid == geteuid(), let opened = try openPlainFile(resolved(path), isBoard: true) {
            defer { close(opened.descriptor) }
            if opened.info.st_size == 0 && opened.info.st_uid == geteuid() {
                if let sharedGroup, !changeGroup(opened.descriptor, sharedGroup) { throw notInGroup(sharedGroup) }
                _ = changeMode(opened.descriptor, sharedGroup == nil ? 0o600 : 0o660)
            }
        }
        try secureCompanions(of: path, align: false)
        if let refusal = journalRefusal(path) { throw refusal }
        if let refusal = StaleLog.refusal(for: path) { throw refusal }
    }

    /// A rollback journal beside the board must be played back into it before anything is read,
    /// and SQLite then only says "attempt to write a readonly database". Said here with whose it
    /// is, when this user may not read and write it.
    static func journalRefusal(_ boardPath: String) -> HandoffError? {
        let journal = resolved(boardPath) + "-journal"
        var info = stat()
        guard lstat(journal, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0, access(journal, R_OK | W_OK) != 0 else {
            return nil
        }
        let mode = String(info.st_mode & 0o777, radix: 8)
        return .storage(
            Message(.journalBesideTheBoard, "\(journal)", "\(userName(info.st_uid))", "\(mode)", "\(journal)", "\(journal)"))
    }

    /// The board's own path when `path` is a link to it: SQLite keeps the companions beside the
    /// file itself.
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// Checks every companion of the board at `path` (see the type's comment) and refuses, by
    /// name, one that is a link, not a plain file, or someone else's. With `align`, gives those of
    /// them that are yours the board's group and mode when the board is shared with a group: a
    /// file someone else created is theirs to fix.
    static func secureCompanions(of boardPath: String, align: Bool) throws {
        let path = resolved(boardPath)
        var board = stat()
        guard stat(path, &board) == 0 else { return }
        let shared = board.st_mode & 0o070 != 0
        let mode = board.st_mode & 0o666
        for file in companions(of: path) {
            guard let opened = try openPlainFile(file, isBoard: false) else { continue }
            defer { close(opened.descriptor) }
            let info = opened.info
            let expected = info.st_uid == board.st_uid || info.st_uid == geteuid() || (shared && info.st_gid == board.st_gid)
            if !expected {
                let owner = userName(info.st_uid), group = groupName(info.st_gid), boardOwner = userName(board.st_uid)
                throw HandoffError.notPermitted(
                    shared
                        ? Message(
                            .belongsToGroupWho, "\(file)", "\(owner)", "\(group)", "\(boardOwner)", "\(groupName(board.st_gid))", "\(file)")
                        : Message(.belongsToGroupWhoIs, "\(file)", "\(owner)", "\(group)", "\(boardOwner)", "\(file)"))
            }
            guard align && shared && info.st_uid == geteuid() else { continue }
            if info.st_gid != board.st_gid { _ = changeGroup(opened.descriptor, board.st_gid) }
            if info.st_mode & 0o777 != mode { _ = changeMode(opened.descriptor, mode) }
        }
    }

    /// An open descriptor of `file` and what `fstat` says of it; nil when there is no such file.
    /// Throws, naming the file, for a link, anything but a plain file, or a file with other names
    /// (a hard link to someone else's file); `isBoard` words the refusal for the board itself.
    static func openPlainFile(_ file: String, isBoard: Bool) throws -> (descriptor: Int32, info: stat)? {
        var info = stat()
        guard lstat(file, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT == S_IFLNK { throw linkRefusal(file, isBoard: isBoard) }
        if info.st_mode & S_IFMT != S_IFREG { throw notPlainRefusal(file, info: info) }
        let descriptor = open(file, BoardFiles.pathOnly | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            let failure = errno
            if failure == ENOENT { return nil }
            throw StorageProblem.cannotCreate(file, errno: failure)
        }
        // Checked again on what was opened: the name may have been replaced since lstat.
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw notPlainRefusal(file, info: info)
        }
        if info.st_nlink > 1 {
            close(descriptor)
            throw HandoffError.notPermitted(
                Message(.hasNamesItIs, "\(file)", "\(info.st_nlink)", "\(file)"))
        }
        return (descriptor, info)
    }

    /// `O_PATH` and `AT_EMPTY_PATH`: Linux's, hidden from Swift's Glibc module behind _GNU_SOURCE.
    /// Their values are the kernel's interface (uapi asm-generic/fcntl.h and linux/fcntl.h), the
    /// same on x86-64 and arm64.
    static let pathOnly: Int32 = 0o10000000
    static let emptyPath: Int32 = 0x1000

    /// The group of the file `descriptor` (an `O_PATH` one) was opened on.
    private static func changeGroup(_ descriptor: Int32, _ group: gid_t) -> Bool {
        fchownat(descriptor, "", uid_t.max, group, BoardFiles.emptyPath) == 0
    }

    /// The mode of the file `descriptor` (an `O_PATH` one) was opened on: its `/proc/self/fd`
    /// entry leads to that very file, whatever its name has become.
    private static func changeMode(_ descriptor: Int32, _ mode: mode_t) -> Bool {
        chmod("/proc/self/fd/\(descriptor)", mode) == 0
    }

    private static func linkRefusal(_ file: String, isBoard: Bool) -> HandoffError {
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: file)) ?? "?"
        var info = stat()
        let owner = lstat(file, &info) == 0 ? userName(info.st_uid) : "?"
        if isBoard {
            return .notPermitted(
                Message(.isASymbolicLink, "\(file)", "\(target)", "\(owner)")
            )
        }
        return .notPermitted(
            Message(.isASymbolicLinkTo, "\(file)", "\(target)", "\(owner)", "\(file)"))
    }

    private static func notPlainRefusal(_ file: String, info: stat) -> HandoffError {
        let kind: Message
        switch info.st_mode & S_IFMT {
        case S_IFIFO: kind = Message(.fifo)
        case S_IFDIR: kind = Message(.folder)
        case S_IFSOCK: kind = Message(.socket)
        case S_IFCHR, S_IFBLK: kind = Message(.device)
        default: kind = Message(.notAFile)
        }
        return .notPermitted(
            Message(.isNotAPlain, "\(file)", "\(kind)", "\(file)")
        )
    }

    /// The refusal for a board path that is a link to nothing: creating the board there would
    /// follow the link.
    static func danglingLink(_ path: String) -> HandoffError? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        return .storage(
            Message(.isASymbolicLinkToWhich, "\(path)", "\(target)", "\(path)")
        )
    }

    static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return String(uid) }
        return String(cString: name)
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
        let owner = userName(info.st_uid)
        let group = groupName(info.st_gid)
        let mode = String(info.st_mode & 0o777, radix: 8)
        if info.st_mode & 0o040 != 0 {
            return .notPermitted(
                Message(.youMayNotOpen, "\(path)", "\(owner)", "\(group)", "\(mode)", "\(group)", "\(group)")
            )
        }
        return .notPermitted(
            Message(.youMayNotOpenIt, "\(path)", "\(owner)", "\(mode)", "\(owner)", "\(path)")
        )
    }

}
