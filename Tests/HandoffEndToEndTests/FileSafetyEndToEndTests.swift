import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// A member of the board's group plants links and odd files at the names of the board's companion
/// files, aimed at someone else's private file; the victim then runs an ordinary command. Nothing
/// may follow the link: the command refuses, names the file, and the target keeps its owner, mode
/// and bytes. Each person is a user id of their own (see `TeamHost`).
@Suite(.enabled(if: SystemAccounts.available, "runs the binary as other users: needs root and unshare --mount, as in CI"))
struct FileSafetyEndToEndTests {
    static let companions = ["-wal", "-shm", "-journal", "-presence", "-presence-wal", "-presence-shm"]

    struct Target: Equatable {
        var uid: uid_t
        var gid: gid_t
        var mode: mode_t
        var bytes: Data
    }

    func target(_ path: String) throws -> Target {
        var info = stat()
        #expect(lstat(path, &info) == 0)
        return Target(
            uid: info.st_uid, gid: info.st_gid, mode: info.st_mode & 0o7777, bytes: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// A private file of `owner` (0600) in a folder of theirs, like an ssh key.
    func secret(of owner: SystemAccounts.Account?, in host: TeamHost, named name: String) throws -> String {
        let folder = host.board.folder + "/../" + URL(fileURLWithPath: host.board.folder).lastPathComponent + "-home-\(name)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/id_rsa"
        try "-----BEGIN OPENSSH PRIVATE KEY----- \(name)\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o600)
        chmod(folder, 0o755)
        if let owner {
            chown(folder, owner.uid, owner.gid)
            chown(path, owner.uid, owner.gid)
        }
        return path
    }

    @Test(arguments: companions)
    func aLinkAtACompanionNameIsRefusedWhenRootBacksUp(suffix: String) throws {
        let host = try TeamHost()
        try host.makeSharedBoard()
        let secret = try secret(of: nil, in: host, named: "root")
        defer { try? FileManager.default.removeItem(atPath: (secret as NSString).deletingLastPathComponent) }
        let before = try target(secret)
        let link = host.path + suffix
        #expect(try host.runProgram(["ln", "-s", secret, link], as: "mallory").status == 0)
        let backup = try host.run(["backup", host.board.folder + "/copy.db"], as: "root")
        #expect(backup.status == 1, "\(backup.output)")
        #expect(backup.error.contains("\(link) is a symbolic link"), "\(backup.error)")
        #expect(try target(secret) == before)
    }

    @Test(arguments: companions)
    func aLinkAtACompanionNameIsRefusedWhenAnotherMemberReadsTheLog(suffix: String) throws {
        let host = try TeamHost()
        try host.makeSharedBoard()
        let lucia = try #require(host.accounts["lucia"])
        let secret = try secret(of: lucia, in: host, named: "lucia")
        defer { try? FileManager.default.removeItem(atPath: (secret as NSString).deletingLastPathComponent) }
        let before = try target(secret)
        let link = host.path + suffix
        #expect(try host.runProgram(["ln", "-s", secret, link], as: "mallory").status == 0)
        let log = try host.run(["log"], as: "lucia")
        #expect(log.status == 1)
        #expect(log.error.contains("\(link) is a symbolic link"), "\(log.error)")
        #expect(try target(secret) == before)
        #expect(try host.runProgram(["cat", secret], as: "mallory").status != 0)
    }

    @Test func sharingAnExistingBoardFollowsNoLink() throws {
        let host = try TeamHost()
        try host.makeSharedBoard()
        let elena = try #require(host.accounts["elena"])
        let secret = try secret(of: elena, in: host, named: "elena")
        defer { try? FileManager.default.removeItem(atPath: (secret as NSString).deletingLastPathComponent) }
        let before = try target(secret)
        #expect(try host.runProgram(["ln", "-s", secret, host.path + "-wal"], as: "mallory").status == 0)
        let shared = try host.run(["init", "--shared-group", "crm"], as: "elena")
        #expect(shared.status == 1 && shared.error.contains("\(host.path)-wal is a symbolic link"), "\(shared.error)")
        #expect(try target(secret) == before)
    }

    @Test func aFifoOrAFolderAtACompanionNameIsRefusedWithoutHanging() throws {
        let host = try TeamHost()
        try host.makeSharedBoard()
        #expect(try host.runProgram(["mkfifo", host.path + "-presence"], as: "mallory").status == 0)
        let started = Date()
        let log = try host.run(["log"], as: "lucia")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(log.status == 1 && log.error.contains("\(host.path)-presence is not a plain file (a FIFO)"), "\(log.error)")
        try FileManager.default.removeItem(atPath: host.path + "-presence")
        #expect(try host.runProgram(["mkdir", host.path + "-journal"], as: "mallory").status == 0)
        let note = try host.run(["member", "list"], as: "lucia")
        #expect(note.status == 1 && note.error.contains("\(host.path)-journal is not a plain file (a folder)"), "\(note.error)")
    }

    @Test func aCompanionOfSomeoneOutsideTheTeamIsRefused() throws {
        let host = try TeamHost()
        try host.makeSharedBoard()
        // The outsider's own file, made outside the group's setgid folder and moved in by root.
        let stray = host.board.folder + "/stray"
        try Data("x".utf8).write(to: URL(fileURLWithPath: stray))
        let outsider = try #require(host.accounts["outsider"])
        chown(stray, outsider.uid, outsider.gid)
        #expect(rename(stray, host.path + "-wal") == 0)
        let log = try host.run(["log"], as: "lucia")
        #expect(log.status == 1)
        #expect(log.error.contains("\(host.path)-wal belongs to outsider"), "\(log.error)")
    }

    /// A journal someone else left (or planted) is named with its maker, not "attempt to write a
    /// readonly database".
    @Test func aJournalNobodyHereMayWriteIsNamedWithItsMaker() throws {
        let host = try TeamHost()
        try host.makeSharedBoard()
        #expect(
            try host.runProgram(
                ["sh", "-c", "head -c 4096 /dev/urandom > '\(host.path)-journal' && chmod 600 '\(host.path)-journal'"],
                as: "mallory"
            ).status == 0)
        let log = try host.run(["log"], as: "lucia")
        #expect(log.status == 1)
        #expect(
            log.error.hasPrefix(
                "handoff: \(host.path)-journal (made by mallory, mode 0600) lies beside the board: SQLite must play such a journal back"),
            "\(log.error)")
        #expect(!log.error.contains("readonly database"))
    }
}
