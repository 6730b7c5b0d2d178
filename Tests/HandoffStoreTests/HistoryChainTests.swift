import Foundation
import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// The history's hash chains: every writer of events and board events extends them, ids are never
/// given twice, an older board gets its chain from a migration, the canonical record can be built
/// in SQL as well as in Swift, and `BoardCheck` names what was changed, removed or inserted.
@Suite struct HistoryChainTests {
    let now = TemporaryBoard.now

    func check(_ board: TemporaryBoard, expecting head: String? = nil) throws -> BoardCheck.Report {
        try BoardCheck.run(path: board.path, expectedHead: head)
    }

    func chainProblems(_ report: BoardCheck.Report) -> [String] {
        report.findings.filter { $0.name.hasSuffix("chain") || $0.name == "head" }.flatMap { $0.problems.map(\.description) }
    }

    @Test func everyWriterOfEventsAndBoardEventsExtendsTheChains() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        try store.addMember(Member(login: "elena", name: "Elena Vidal", team: "admin"), actor: "elena", now: now)
        try store.addMember(Member(login: "lucia", name: "Lucía", team: "marketing"), actor: "elena", now: now)
        try store.addMember(Member(login: "ana", name: "Ana", team: "sales"), actor: "elena", now: now)
        try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "lucia", at: now)
        try store.apply(.note(leadID: 2, body: "called", due: nil), actor: "lucia", at: now)
        try store.apply(.undo, actor: "lucia", at: now + 1)
        // Many chunks: each writes its own `scored` events with ids and hashes worked out in Swift.
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now + 2, chunkSize: 1)
        let csv = board.folder + "/more.csv"
        try "name,company,email,stage\nNueva Persona,Acme,nueva@acme.test,lead\nOtra,Beta,otra@beta.test,lead\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        _ = try store.importCSV(at: csv, options: ImportOptions(), actor: "lucia", now: now + 3)
        _ = try store.renameStage("lead", to: "Nuevo lead", actor: "elena", now: now + 4)
        try store.removeMember(login: "ana", actor: "elena", now: now + 5)

        let report = try check(board)
        #expect(chainProblems(report).isEmpty, "\(chainProblems(report))")
        #expect(report.passed, "\(report.problems)")
        let head = try #require(report.head)
        let events = try store.connection.scalar("SELECT count(*) FROM events") ?? 0
        let boardEvents = try store.connection.scalar("SELECT count(*) FROM board_events") ?? 0
        #expect(head.hasPrefix("e\(events)-b\(boardEvents)-"))
        // One id after the other, each row with its 32-byte hash, and the heads naming the last.
        #expect(try store.connection.scalar("SELECT count(*) FROM events WHERE length(hash) = 32") == events)
        #expect(try store.connection.scalar("SELECT max(id) FROM events") == events)
        #expect(try store.connection.scalar("SELECT last_id FROM chain_heads WHERE log = 'events'") == events)
        #expect(try store.connection.scalar("SELECT last_id FROM chain_heads WHERE log = 'board_events'") == boardEvents)
        #expect(try check(board, expecting: head).passed)
    }

    @Test func aGeneratedBoardAndADemoBoardHoldTheirChains() throws {
        let generated = TemporaryBoard()
        let store = try generated.open()
        _ = try store.generate(leads: 300, seed: 7, until: now, actor: "seed")
        #expect(chainProblems(try check(generated)).isEmpty)
        let demo = try TemporaryBoard.withDemoData()
        let report = try check(demo)
        #expect(report.passed && report.head != nil, "\(report.problems)")
    }

    /// Every field of the record through SQL alone (here SQLite's; PostgreSQL's `concat_ws`,
    /// `replace`, `coalesce` and `encode(..., 'hex')` are the same), hashed, gives the stored hash:
    /// text with backslashes, line feeds, a literal `\N`, NULLs and empty strings included.
    @Test func theCanonicalRecordIsBuiltBySQLAsWell() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        try store.apply(.note(leadID: 1, body: "back\\slash\nnew line \\N and\r\n", due: nil), actor: "seed", at: now)
        try HistoryWriter(connection: store.connection).appendEvent(leadID: 2, at: now, actor: "", kind: "note", detail: "")
        try store.addMember(Member(login: "elena", name: "Elena \\N\nVidal", team: "admin"), actor: "elena", now: now)
        // The few words that differ: SQLite's char() and hex(), PostgreSQL's chr() and encode().
        let newline = store.engine == .sqlite ? "char(10)" : "chr(10)"
        let hex = { (column: String) in store.engine == .sqlite ? "lower(hex(\(column)))" : "encode(\(column), 'hex')" }
        let escape = { (column: String) in "coalesce(replace(replace(\(column), '\\', '\\\\'), \(newline), '\\n'), '\\N')" }
        let number = { (column: String) in "coalesce(CAST(\(column) AS TEXT), '\\N')" }
        let previous = { (table: String) in
            "coalesce((SELECT \(hex("p.hash")) FROM \(table) p WHERE p.id < e.id ORDER BY p.id DESC LIMIT 1), '\(String(repeating: "0", count: 64))')"
        }
        let eventRecord =
            ([
                "'handoff events v1'", "e.id", "e.lead_id", "e.at", escape("e.actor"), escape("e.kind"), escape("e.from_stage"),
                escape("e.to_stage"), escape("e.detail"), number("e.reverts"), escape("e.acted_by"), previous("events"),
            ])
            .joined(separator: " || \(newline) || ")
        let rows = try store.connection.prepare("SELECT \(eventRecord), hash FROM events e ORDER BY id").rows([]) {
            ($0.string(0), Array($0.blob(1)))
        }
        #expect(rows.count == 7)
        for (text, hash) in rows { #expect(SHA256.digest(text).bytes == hash, "\(text)") }
        let boardRecord =
            ([
                "'handoff board_events v1'", "e.id", "e.at", escape("e.actor"), escape("e.acted_by"), escape("e.kind"), escape("e.subject"),
                escape("e.detail"), previous("board_events"),
            ]).joined(separator: " || \(newline) || ")
        let boardRows = try store.connection.prepare("SELECT \(boardRecord), hash FROM board_events e ORDER BY id").rows([]) {
            ($0.string(0), Array($0.blob(1)))
        }
        #expect(boardRows.count == 1)
        for (text, hash) in boardRows { #expect(SHA256.digest(text).bytes == hash, "\(text)") }
    }

    @Test(.enabled(if: TemporaryBoard.onFile, "boards of older schemas exist only as files"))
    func anOlderBoardGetsItsChainOnceFromTheMigration() throws {
        let board = TemporaryBoard()
        do {
            let connection = try SQLiteConnection(path: board.path)
            for index in 0..<Migrations.historyChain { try connection.execute(Migrations.all[index]) }
            try connection.execute("PRAGMA user_version = \(Migrations.historyChain)")
            try connection.execute(
                """
                INSERT INTO stages(id, title, side, position) VALUES ('lead', 'New lead', 'marketing', 1), ('won', 'Won', 'outcome', 2);
                INSERT INTO leads(id, name, stage, created_at, entered_at) VALUES (1, 'One', 'won', 100, 300);
                INSERT INTO events(id, lead_id, at, actor, kind, from_stage, to_stage, detail) VALUES
                    (1, 1, 100, 'm', 'created', NULL, 'lead', NULL), (4, 1, 300, 'r', 'won', 'lead', 'won', '5000');
                INSERT INTO board_events(id, at, actor, kind, subject, detail) VALUES (1, 50, 'elena', 'member_added', 'm', 'M, marketing');
                """)
        }
        #expect(
            try check(board).findings.first { $0.name == "event chain" }?.problems.first?.description.hasPrefix(
                "this board's history has no hashes yet") == true)
        let store = try board.open()
        let report = try check(board)
        #expect(report.passed, "\(report.problems)")
        // A gap older than the chain (id 2 and 3 never written here) is part of the history as it was found.
        #expect(report.head?.hasPrefix("e4-b1-") == true)
        try store.apply(.note(leadID: 1, body: "after the upgrade", due: nil), actor: "m", at: 400)
        #expect(try store.connection.scalar("SELECT max(id) FROM events") == 5)
        #expect(try check(board).passed)
    }

    @Test func idsAreNeverGivenTwiceEvenAfterTheLastEventWasDeleted() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let last = try #require(try store.connection.scalar("SELECT max(id) FROM events"))
        try store.connection.execute("DELETE FROM events WHERE id = \(last)")
        let note = try store.apply(.note(leadID: 1, body: "after", due: nil), actor: "seed", at: now)
        #expect(note.id == last + 1)
        #expect(
            chainProblems(try check(board)) == ["event \(last) was removed: event \(last + 1) does not follow from the events before it"])
        try store.connection.execute("DELETE FROM board_events")
        try store.addMember(Member(login: "elena", name: "Elena", team: "admin"), actor: "elena", now: now)
        #expect(try store.connection.scalar("SELECT id FROM board_events") == 1)
    }

    /// The edits someone with `sqlite3` and write access could make, each named by the check.
    @Test(arguments: [
        (
            "UPDATE events SET actor = 'mallory', detail = '99000' WHERE id = 3",
            "event 3 was changed outside Handoff: it no longer matches the hash it was written with (unless event 2 before it was changed and given a new hash)"
        ),
        (
            "UPDATE events SET actor = 'mallory' WHERE id = 1",
            "event 1 was changed outside Handoff: it no longer matches the hash it was written with"
        ),
        ("DELETE FROM events WHERE id = 2", "event 2 was removed: event 3 does not follow from the events before it"),
        ("DELETE FROM events WHERE id IN (2, 3)", "events 2 to 3 were removed: event 4 does not follow from the events before them"),
        ("DELETE FROM events WHERE id = 5", "event 5, the last one written, was removed: the chain's head still names it"),
        ("UPDATE events SET hash = NULL WHERE id = 4", "event 4 has no hash: it was written outside Handoff, or its hash was erased"),
        (
            "UPDATE events SET hash = zeroblob(32) WHERE id = 4",
            "the hash of event 4 was changed outside Handoff (the event itself is as it was written)"
        ),
        (
            "UPDATE events SET hash = zeroblob(32) WHERE id = 5",
            "the hash of event 5 was changed outside Handoff (the event itself is as it was written)"
        ),
        (
            "UPDATE chain_heads SET hash = zeroblob(32) WHERE log = 'events'",
            "the head of the events' chain was changed: it no longer holds the hash of event 5"
        ),
        ("DELETE FROM chain_heads WHERE log = 'events'", "the head of the events' chain is missing: it was deleted outside Handoff"),
        (
            "INSERT INTO events(lead_id, at, actor, kind, to_stage) VALUES (1, 0, 'x', 'won', 'won')",
            "event 6 was added outside Handoff: the chain's head names an earlier event"
        ),
        ("UPDATE events SET id = 9 WHERE id = 5", "event 9 was added outside Handoff: the chain's head names an earlier event"),
    ])
    func eachEditOutsideHandoffIsNamed(edit: String, expected: String) throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        #expect(try check(board).passed)
        // The same edit in the server's words where SQLite has a function of its own.
        try store.connection.execute(
            store.engine == .sqlite ? edit : edit.replacingOccurrences(of: "zeroblob(32)", with: "decode(repeat('00', 32), 'hex')"))
        let report = try check(board)
        #expect(!report.passed && report.head == nil)
        #expect(chainProblems(report).first == expected, "\(chainProblems(report))")
    }

    @Test func editsToBoardEventsAreNamedToo() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        try store.addMember(Member(login: "elena", name: "Elena", team: "admin"), actor: "elena", now: now)
        try store.addMember(Member(login: "ana", name: "Ana", team: "sales"), actor: "elena", now: now)
        try store.addMember(Member(login: "ben", name: "Ben", team: "sales"), actor: "elena", now: now)
        try store.connection.execute("DELETE FROM board_events WHERE id = 2")
        #expect(
            chainProblems(try check(board)) == ["board event 2 was removed: board event 3 does not follow from the board events before it"])
        try store.connection.execute("DELETE FROM board_events")
        #expect(
            chainProblems(try check(board)) == [
                "board events 1 to 3, the last ones written, were removed: the chain's head still names board event 3"
            ])
    }

    /// Someone who rewrites an event and then every hash after it, and the head, leaves chains that
    /// hold: only a head printed before the rewrite tells, and it does.
    @Test func aHistoryRewrittenWithEveryHashRecomputedFailsOnlyAnEarlierHead() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        try store.addMember(Member(login: "elena", name: "Elena", team: "admin"), actor: "elena", now: now)
        let before = try #require(try check(board).head)
        try store.apply(.note(leadID: 1, body: "a later note", due: nil), actor: "elena", at: now)
        #expect(try check(board, expecting: before).passed, "a later event leaves everything up to the head as it was")
        try store.connection.execute("UPDATE events SET detail = '1' WHERE kind = 'created' AND lead_id = 5")
        try HistoryWriter(connection: store.connection).rehashEverything()
        let rewritten = try check(board)
        #expect(rewritten.passed, "\(rewritten.problems)")
        let report = try check(board, expecting: before)
        #expect(!report.passed)
        #expect(
            report.findings.first { $0.name == "head" }?.problems.map(\.description)
                == [
                    "the history up to event 5 and board event 1 is not what it was when this head was printed: it was rewritten since (or the head is from another board)"
                ])
        #expect(throws: HandoffError.self) { try check(board, expecting: "e5-b1-nothex") }
    }

    @Test func aHeadAfterTheEndOfTheHistoryIsNamedAsEntriesRemoved() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let head = try #require(try check(board).head)
        try store.connection.execute(
            "DELETE FROM events WHERE id = 5; UPDATE chain_heads SET last_id = 4, hash = (SELECT hash FROM events WHERE id = 4) WHERE log = 'events'"
        )
        #expect(chainProblems(try check(board)).isEmpty, "the tail cut and the head moved back: the chains hold")
        let report = try check(board, expecting: head)
        #expect(
            report.findings.first { $0.name == "head" }?.problems.map(\.description)
                == [
                    "the head names event 5 and board event 0, but the history ends at event 4 and board event 0: entries were removed, or the head is from another board"
                ])
    }

    /// Everyone on the demo board was made a member on the record, by its first admin, before
    /// anything happened to a lead: the audit has no member who appeared from nowhere.
    @Test func theDemoTeamJoinsOnTheRecordBeforeTheFirstLeadEvent() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        try DemoLoader(folder: Repository.root + "/sample-data").load(into: store, now: TemporaryBoard.now)
        let added = try store.boardEvents(limit: 1_000).filter { $0.kind == BoardEvent.Kind.memberAdded }
        let members = try store.members()
        #expect(!members.isEmpty && Set(added.map(\.subject)) == Set(members.map(\.login)))
        let firstAdmin = try #require(members.first { $0.team == "admin" })
        let firstEvent = try #require(try store.connection.scalar("SELECT min(at) FROM events"))
        #expect(added.allSatisfy { $0.at < firstEvent && $0.actor == firstAdmin.login })
        #expect(try check(board).findings.allSatisfy(\.passed))
    }
}
