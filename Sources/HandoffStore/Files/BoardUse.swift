import Foundation

/// Whether any process has the board open, without opening it: every SQLite connection to a board
/// in WAL mode holds a lock on its `-shm` (the "dead man switch" byte) and on its file for as long
/// as it is open, and Linux lists every lock in /proc/locks with the device and inode it is on.
/// Asking with `fcntl(F_GETLK)` instead would need a descriptor of `-shm`, and closing one drops
/// every lock this process holds on the file, SQLite's own included (see `BoardFiles`).
enum BoardUse {
    /// True when a process (this one too) holds a lock on the board's file or its `-shm`; nil
    /// when that cannot be known (no /proc/locks).
    static func isOpen(_ path: String) -> Bool? {
        let files = [path, path + "-shm"].compactMap(identity)
        guard !files.isEmpty else { return false }
        guard let text = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            // `1: POSIX  ADVISORY  READ 7222 fe:00:16245213 128 128`; blocked requests start with `->`.
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let location = fields.first(where: { $0.filter { $0 == ":" }.count == 2 }) else { continue }
            let parts = location.split(separator: ":")
            guard parts.count == 3, let major = UInt64(parts[0], radix: 16), let minor = UInt64(parts[1], radix: 16),
                let inode = UInt64(parts[2])
            else { continue }
            if files.contains(where: { $0.major == major && $0.minor == minor && $0.inode == inode }) { return true }
        }
        return false
    }

    private static func identity(_ path: String) -> (major: UInt64, minor: UInt64, inode: UInt64)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let device = UInt64(info.st_dev)
        // glibc's gnu_dev_major and gnu_dev_minor, which Swift cannot call (macros).
        let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)
        let minor = (device & 0xff) | ((device >> 12) & ~0xff)
        return (major, minor, UInt64(info.st_ino))
    }
}
