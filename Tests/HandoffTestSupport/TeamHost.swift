import Foundation
import HandoffCore
import HandoffStore

/// A shared host in miniature, as the README's sharing section sets one up: a team group, people
/// with user ids of their own in it, and a board made with `--shared-group` in a setgid folder of
/// the group's. Commands run as those people through `SystemAccounts`, so the board meets real
/// user ids, real file modes and real groups. `outsider` has an account but is not in the group.
public final class TeamHost {
    public let board: TemporaryBoard
    public let group: SystemAccounts.Group
    public let accounts: [String: SystemAccounts.Account]
    public static let groupID: gid_t = 61_900

    /// `logins` get user ids 61001, 61002, ... in that order, all in the group `crm`.
    public init(logins: [String] = ["elena", "lucia", "ana", "mallory"]) throws {
        board = TemporaryBoard()
        group = SystemAccounts.Group(name: "crm", gid: TeamHost.groupID, members: logins)
        var accounts: [String: SystemAccounts.Account] = [:]
        for (index, login) in logins.enumerated() {
            accounts[login] = SystemAccounts.Account(name: login, uid: SystemAccounts.uid(index + 1), groups: [TeamHost.groupID])
        }
        accounts["outsider"] = SystemAccounts.Account(name: "outsider", uid: SystemAccounts.uid(99))
        self.accounts = accounts
        guard chown(board.folder, uid_t.max, TeamHost.groupID) == 0, chmod(board.folder, 0o2770) == 0 else {
            throw HandoffError.storage(Message(verbatim: "cannot share \(board.folder) with the test group"))
        }
    }

    public var path: String { board.path }

    /// Runs `handoff ARGUMENTS --db BOARD` as `login` (one of the accounts, or "root").
    public func run(_ arguments: [String], as login: String, environment: [String: String] = [:], db: Bool = true) throws
        -> HandoffBinary.Result
    {
        let command = [HandoffBinary.path] + arguments + (db ? ["--db", board.path] : [])
        let result = try SystemAccounts.run(
            command, as: login == "root" ? nil : accounts[login], accounts: Array(accounts.values), groups: [group],
            environment: environment)
        return HandoffBinary.Result(status: result.status, output: result.output, error: result.error)
    }

    /// Runs any program as `login`.
    public func runProgram(_ command: [String], as login: String) throws -> HandoffBinary.Result {
        let result = try SystemAccounts.run(
            command, as: login == "root" ? nil : accounts[login], accounts: Array(accounts.values), groups: [group])
        return HandoffBinary.Result(status: result.status, output: result.output, error: result.error)
    }

    /// Creates the board as `owner` with `handoff init --shared-group crm`, and the team: elena the
    /// admin, lucia in marketing, ana in sales (mallory is in the group, not on the board).
    public func makeSharedBoard(owner: String = "elena") throws {
        let made = try run(["init", "--shared-group", group.name], as: owner)
        guard made.status == 0 else { throw HandoffError.storage(Message(verbatim: "init failed: \(made.error)")) }
        for (login, team) in [("elena", "admin"), ("lucia", "marketing"), ("ana", "sales")] where accounts[login] != nil {
            let added = try run(["member", "add", login, "--name", login.capitalized, "--team", team], as: "elena")
            guard added.status == 0 else { throw HandoffError.storage(Message(verbatim: "member add failed: \(added.error)")) }
        }
    }
}
