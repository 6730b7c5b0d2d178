import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Several connections on one file: no lost update, a busy board said in words, presence that
/// never disturbs the board, the event log, and the file modes.
@Suite struct SharingStoreTests {
    let now = TemporaryBoard.now

    @Test func theSameLeadEditedByTwoConnectionsOneWinsTheOtherIsToldAndHistoryShowsOneChange() throws {
        let board = TemporaryBoard()
        let first = try board.seedInboxBoard()
        let second = try board.open()
        // Both people open the edit form on Sarah's deal at version 1.
        let seenByMarta = try #require(try first.lead(id: 4))
        let seenByAna = try #require(try second.lead(id: 4))
        #expect(seenByMarta.version == 1 && seenByAna.version == 1)
        let historyBefore = try first.events(leadID: 4).count
        try first.apply(
            .edit(
                leadID: 4, LeadDraft(name: "Sarah O'Neill", company: "Kettle & Co", value: 21_000, owner: "ana"),
                expectedVersion: seenByMarta.version), actor: "elena", at: now)
        do {
            try second.apply(
                .edit(
                    leadID: 4, LeadDraft(name: "Sarah O'Neill", company: "Kettle & Co", value: 15_000, owner: "ana"),
                    expectedVersion: seenByAna.version), actor: "ana", at: now + 30)
            Issue.record("the second edit overwrote the first")
        } catch let error as HandoffError {
            #expect(
                error.description
                    == "Sarah O'Neill (lead 4) was changed by Elena Vidal a moment ago (changed value); now in Proposal, owner ana. Nothing was overwritten."
            )
        }
        #expect(try second.lead(id: 4)?.value == 21_000)
        let history = try second.events(leadID: 4)
        #expect(history.count == historyBefore + 1)
        #expect(history.first?.actor == "elena" && history.first?.detail == "changed value")
    }

    @Test(.enabled(if: TemporaryBoard.onFile)) func aBoardLockedTooLongIsABusyMessageNeverARawSQLiteError() throws {
        let board = TemporaryBoard()
        try board.seedSmallBoard()
        let holder = try SQLiteConnection(path: board.path)
        try holder.execute("BEGIN IMMEDIATE")
        defer { try? holder.execute("ROLLBACK") }
        let store = try Store(path: board.path, busyTimeout: 200)
        let started = Date()
        do {
            try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "tom", at: now)
            Issue.record("a write went through a held lock")
        } catch let error as HandoffError {
            #expect(
                error
                    == .busy(
                        "the board \(board.path) is busy: other terminals kept it locked for more than 0.2 seconds; nothing was written, try again"
                    ))
            #expect(!error.description.contains("SQLITE") && !error.description.contains("database is locked"))
        }
        // The busy handler waited the whole timeout, and the retries did not add another.
        let waited = Date().timeIntervalSince(started)
        #expect(waited >= 0.2 && waited < 2)
        try holder.execute("ROLLBACK")
        try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "tom", at: now)
    }

    @Test(.enabled(if: TemporaryBoard.onFile)) func presenceAppearsExpiresAndNeverChangesTheBoardsDataVersion() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let watcher = try board.open()
        let boardVersion = try watcher.dataVersion()
        let t0: Int64 = 1_000_000
        let ana = try Presence(boardPath: board.path, login: "ana", name: "Ana López", readOnly: false)
        let ben = try Presence(boardPath: board.path, login: "ben", name: "Ben Okafor", readOnly: false)
        let projector = try Presence(boardPath: board.path, login: "elena", name: "Elena Vidal", readOnly: true)
        try ana.beat(at: t0)
        try ben.beat(at: t0)
        try projector.beat(at: t0)
        #expect(
            try ben.others(at: t0 + 1_000) == [
                PresenceEntry(login: "ana", name: "Ana López", readOnly: false),
                PresenceEntry(login: "elena", name: "Elena Vidal", readOnly: true),
            ])
        // Ana keeps beating; the projector goes silent (a crash): gone once 5 seconds pass.
        try ana.beat(at: t0 + 4_000)
        #expect(try ben.others(at: t0 + 5_000).map(\.login) == ["ana", "elena"])
        #expect(try ben.others(at: t0 + 5_001).map(\.login) == ["ana"])
        // A clean quit leaves at once.
        ana.leave()
        #expect(try ben.others(at: t0 + 5_001).isEmpty)
        // Heartbeats are written to their own file: the board's file saw no commit, so no open
        // board reloads for them.
        #expect(try watcher.dataVersion() == boardVersion)
        #expect(FileManager.default.fileExists(atPath: board.path + "-presence"))
        _ = store
    }

    @Test func theLogListsWhoDidWhatFilteredByLeadTimeAndMember() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        try store.apply(.move(leadID: 1, toStage: "mql", expectedVersion: nil), actor: "marta", at: now + 10)
        try store.apply(.accept(leadID: 1, owner: nil, expectedVersion: nil), actor: "ben", at: now + 20)
        try store.apply(.reject(leadID: 6, reason: "student", comment: "", expectedVersion: nil), actor: "ana", at: now + 30)
        let lead1 = try store.log(Store.LogQuery(leadID: 1), limit: 10)
        #expect(lead1.map(\.event.kind) == ["created", "handed_off", "accepted"])
        #expect(lead1.map(\.event.actor) == ["seed", "marta", "ben"])
        #expect(lead1.map(\.actorName) == [nil, "Marta Ruiz", "Ben Okafor"])
        #expect(lead1.allSatisfy { $0.leadName == "Lucía Fernández" })
        let recent = try store.log(Store.LogQuery(since: now + 15), limit: 10)
        #expect(recent.map(\.event.leadID) == [1, 6])
        #expect(try store.log(Store.LogQuery(actor: "ana"), limit: 10).map(\.event.kind) == ["rejected"])
        // The latest N, still oldest first.
        #expect(try store.log(Store.LogQuery(), limit: 2).map(\.event.at) == [now + 20, now + 30])
        #expect(try store.logCount(Store.LogQuery()) == store.eventCount())
    }

    @Test(.enabled(if: TemporaryBoard.onFile)) func aNewBoardAndEveryFileBesideItArePrivate() throws {
        let board = TemporaryBoard(name: "team/board.db")
        let old = umask(0)
        defer { umask(old) }
        let store = try board.seedSmallBoard()
        let presence = try Presence(boardPath: board.path, login: "ana", name: "Ana", readOnly: false)
        try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "ana", at: now)
        try presence.beat()
        for suffix in ["", "-wal", "-shm", "-presence", "-presence-wal", "-presence-shm"] {
            #expect(mode(board.path + suffix) == 0o600, "\(suffix)")
        }
        #expect(mode(board.folder + "/team") == 0o700)
    }

    @Test(.enabled(if: TemporaryBoard.onFile)) func aBoardSharedWithAGroupKeepsEveryFileInThatGroup() throws {
        let board = TemporaryBoard(name: "shared/board.db")
        let group = try #require(SharingStoreTests.otherGroup())
        let store = try Store(path: board.path, sharedGroup: group)
        let presence = try Presence(boardPath: board.path, login: "ana", name: "Ana", readOnly: false)
        try store.apply(.create(LeadDraft(name: "Nadia Haddad")), actor: "ana", at: now)
        try presence.beat()
        for suffix in ["", "-wal", "-shm", "-presence", "-presence-wal", "-presence-shm"] {
            #expect(mode(board.path + suffix) == 0o660, "\(suffix)")
            #expect(groupID(board.path + suffix) == group, "\(suffix)")
        }
        // The folder was created for the team: group-owned, setgid, so new files join the group.
        #expect(mode(board.folder + "/shared") == 0o2770)
        #expect(groupID(board.folder + "/shared") == group)
        #expect(BoardFiles.sharedFolderAdvice(for: board.path, group: group) == nil)
        #expect(throws: HandoffError.self) { try BoardFiles.groupID(named: "no-such-group-here") }
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    func groupID(_ path: String) -> gid_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_gid : nil
    }

    /// A group the test may give files to that is not the process's own: any group as root,
    /// else a supplementary group; the primary group when there is no other.
    static func otherGroup() -> gid_t? {
        if geteuid() == 0 { return getgrnam("daemon")?.pointee.gr_gid ?? 1 }
        var groups = [gid_t](repeating: 0, count: 64)
        let count = getgroups(Int32(groups.count), &groups)
        return groups.prefix(Int(max(0, count))).first { $0 != getegid() } ?? getegid()
    }
}
