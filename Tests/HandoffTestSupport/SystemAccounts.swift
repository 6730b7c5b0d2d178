import Foundation

/// Runs a command as other operating-system users, the way members of a team log in on a shared
/// host: each with a user id of its own (through `setpriv`), a passwd entry naming it, and the
/// groups it is in. The accounts exist only for that command: it runs in a mount namespace of its
/// own (`unshare --mount`) where /etc/passwd and /etc/group are copies of the machine's with the
/// test's accounts added, so nothing is left on the machine whatever happens to the test, and
/// parallel tests never see each other's users.
///
/// It needs root (to change user ids and mount), as the tests run in CI; elsewhere
/// `unavailableReason` says why the tests that need it are skipped.
public enum SystemAccounts {
    public struct Account: Sendable {
        public var name: String
        public var uid: uid_t
        public var gid: gid_t
        /// Supplementary groups.
        public var groups: [gid_t]

        public init(name: String, uid: uid_t, gid: gid_t? = nil, groups: [gid_t] = []) {
            self.name = name
            self.uid = uid
            self.gid = gid ?? uid
            self.groups = groups
        }
    }

    public struct Group: Sendable {
        public var name: String
        public var gid: gid_t
        public var members: [String]

        public init(name: String, gid: gid_t, members: [String]) {
            self.name = name
            self.gid = gid
            self.members = members
        }
    }

    /// Nil when commands can run as other users here; else why not.
    public static let unavailableReason: String? = {
        guard geteuid() == 0 else {
            return "needs root to run commands as other users (setpriv, unshare); run the tests as root, as CI does"
        }
        guard let probe = try? SpawnedProcess(["unshare", "--mount", "true"]), probe.waitBlocking() == 0 else {
            return "`unshare --mount` is not allowed here (no CAP_SYS_ADMIN), so no private passwd file can name test users"
        }
        return nil
    }()

    public static var available: Bool { unavailableReason == nil }

    /// User ids for test accounts: far above the ones distributions hand out to people.
    public static func uid(_ offset: Int) -> uid_t { uid_t(61_000 + offset) }

    /// Runs `command` as `account` (nil: as root, under the name `rootName` when given), with the
    /// machine's passwd and group files plus `accounts` and `groups`, and `environment` as the whole
    /// environment besides PATH, HOME, LANG, USER and LOGNAME (which name the account).
    public static func run(
        _ command: [String], as account: Account?, rootName: String? = nil, accounts: [Account] = [], groups: [Group] = [],
        environment: [String: String] = [:], input: String = "/dev/null"
    ) throws -> (status: Int32, output: String, error: String) {
        let folder = NSTemporaryDirectory() + "handoff-accounts-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let everyone = accounts + (account.map { [$0] } ?? [])
        let names = Set(everyone.map(\.name) + (rootName.map { [$0] } ?? []))
        var passwd = try String(contentsOfFile: "/etc/passwd", encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !names.contains(String($0.prefix { $0 != ":" })) }
        if let rootName { passwd = passwd.map { $0.hasPrefix("root:") ? rootName + $0.dropFirst(4) : $0 } }
        var seen = Set<uid_t>()
        for entry in everyone where seen.insert(entry.uid).inserted {
            passwd.append("\(entry.name):x:\(entry.uid):\(entry.gid)::/tmp:/bin/sh")
        }
        let groupNames = Set(groups.map(\.name))
        var group = try String(contentsOfFile: "/etc/group", encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !groupNames.contains(String($0.prefix { $0 != ":" })) }
        for entry in groups { group.append("\(entry.name):x:\(entry.gid):\(entry.members.joined(separator: ","))") }
        let passwdPath = folder + "/passwd", groupPath = folder + "/group"
        try (passwd.joined(separator: "\n") + "\n").write(toFile: passwdPath, atomically: true, encoding: .utf8)
        try (group.joined(separator: "\n") + "\n").write(toFile: groupPath, atomically: true, encoding: .utf8)
        chmod(folder, 0o755)
        chmod(passwdPath, 0o644)
        chmod(groupPath, 0o644)
        var switchUser: [String] = []
        if let account {
            let groups = account.groups.map(String.init).joined(separator: ",")
            switchUser =
                ["setpriv", "--reuid=\(account.uid)", "--regid=\(account.gid)"]
                + (groups.isEmpty ? ["--clear-groups"] : ["--groups=\(groups)"])
        }
        let login = account?.name ?? rootName ?? "root"
        var whole = environment
        whole["PATH"] = "/usr/bin:/bin:/usr/sbin:/sbin"
        whole["HOME"] = whole["HOME"] ?? "/tmp"
        whole["LANG"] = whole["LANG"] ?? "C.UTF-8"
        whole["USER"] = whole["USER"] ?? login
        whole["LOGNAME"] = whole["LOGNAME"] ?? login
        let script = "mount --bind \"$1\" /etc/passwd && mount --bind \"$2\" /etc/group && shift 2 && exec \"$@\""
        let process = try SpawnedProcess(
            ["unshare", "--mount", "sh", "-c", script, "sh", passwdPath, groupPath] + switchUser + command,
            environment: whole, input: input)
        let status = process.waitBlocking()
        return (status, process.outputText, process.errorText)
    }
}
