import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// A member with write access rewrites the history with the `sqlite3` tool, as the attacks on a
/// shared board did: `handoff check` names each rewrite, and a head printed before (as in the
/// meeting's minutes) proves a history rewritten with every hash recomputed has changed.
@Suite struct HistoryTamperingTests {
    func sqlite3(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 \(sql)")
    }

    func scalar(_ path: String, _ sql: String) throws -> Int64 {
        try #require(try SQLiteConnection(path: path, readOnly: true, create: false).scalar(sql))
    }

    /// The demo board with two changes to the board itself, made as elena (the demo lets anyone act as her).
    func board() throws -> TemporaryBoard {
        let board = try TemporaryBoard.withDemoData()
        for title in ["Nuevo lead", "New lead"] {
            let renamed = try HandoffBinary.run(["stage", "rename", "lead", title, "--as", "elena", "--db", board.path])
            #expect(renamed.status == 0, "\(renamed.error)")
        }
        return board
    }

    @Test func aWonEventChangedWithSqlite3IsNamed() throws {
        let board = try board()
        let won = try scalar(board.path, "SELECT id FROM events WHERE kind = 'won' ORDER BY id LIMIT 1")
        try sqlite3(board.path, "UPDATE events SET actor = 'mallory', detail = '250000' WHERE id = \(won)")
        let check = try HandoffBinary.run(["check", "--db", board.path])
        #expect(check.status == 1)
        #expect(check.output.contains("FAIL  event chain: "), "\(check.output)")
        #expect(
            check.output.contains("      event \(won) was changed outside Handoff: it no longer matches the hash it was written with"),
            "\(check.output)")
    }

    @Test func aRejectedEventDeletedWithItsResponseIsNamed() throws {
        let board = try board()
        let rejected = try scalar(board.path, "SELECT id FROM events WHERE kind = 'rejected' ORDER BY id LIMIT 1")
        try sqlite3(board.path, "DELETE FROM responses WHERE event_id = \(rejected); DELETE FROM events WHERE id = \(rejected)")
        let check = try HandoffBinary.run(["check", "--db", board.path])
        #expect(check.status == 1)
        #expect(
            check.output.contains("      event \(rejected) was removed: event \(rejected + 1) does not follow from the events before it"),
            "\(check.output)")
    }

    @Test func deletedBoardEventsAreNamed() throws {
        let board = try board()
        // The demo team's joining, its pieces of content and the two renames.
        let written = try scalar(board.path, "SELECT max(id) FROM board_events")
        try sqlite3(board.path, "DELETE FROM board_events WHERE id = 1")
        let first = try HandoffBinary.run(["check", "--db", board.path])
        #expect(
            first.output.contains("      board event 1 was removed: board event 2 does not follow from the board events before it"),
            "\(first.output)")
        try sqlite3(board.path, "DELETE FROM board_events")
        let all = try HandoffBinary.run(["check", "--db", board.path])
        #expect(all.status == 1)
        #expect(
            all.output.contains(
                "      board events 1 to \(written), the last ones written, were removed: the chain's head still names board event \(written)"
            ), "\(all.output)")
    }

    @Test func theLastEventDeletedIsNamedAndItsIdIsNotGivenAgain() throws {
        let board = try board()
        let last = try scalar(board.path, "SELECT max(id) FROM events")
        try sqlite3(board.path, "DELETE FROM events WHERE id = \(last)")
        let check = try HandoffBinary.run(["check", "--db", board.path])
        #expect(
            check.output.contains("      event \(last), the last one written, was removed: the chain's head still names it"),
            "\(check.output)")
        let note = try HandoffBinary.run(["note", "1001", "after the deletion", "--as", "ana", "--db", board.path])
        #expect(note.status == 0, "\(note.error)")
        #expect(try scalar(board.path, "SELECT max(id) FROM events") == last + 1)
        let after = try HandoffBinary.run(["check", "--db", board.path])
        #expect(
            after.output.contains("      event \(last) was removed: event \(last + 1) does not follow from the events before it"),
            "\(after.output)")
    }

    @Test func theHeadIsPrintedReportedAndProvesTheHistoryUpToIt() throws {
        let board = try board()
        let printed = try HandoffBinary.run(["check", "--print-head", "--db", board.path])
        #expect(printed.status == 0, "\(printed.error)")
        let head = printed.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let events = try scalar(board.path, "SELECT max(id) FROM events")
        let boardEvents = try scalar(board.path, "SELECT max(id) FROM board_events")
        #expect(boardEvents > 2, "the demo's team joins with a board event each")
        #expect(head.range(of: "^e\(events)-b\(boardEvents)-[0-9a-f]{64}$", options: .regularExpression) != nil, "\(head)")
        let report = try HandoffBinary.run(["report", "--db", board.path])
        #expect(
            report.output.contains(
                "History head: `\(head)` (`handoff check --expect-head \(head)` proves later that nothing up to here was changed)."))
        let json = try HandoffBinary.run(["report", "--format", "json", "--db", board.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["history_head"] as? String == head)

        // Work goes on: the history up to the head is still the one it was.
        #expect(try HandoffBinary.run(["note", "1001", "next week", "--as", "ana", "--db", board.path]).status == 0)
        let still = try HandoffBinary.run(["check", "--expect-head", head, "--db", board.path])
        #expect(
            still.status == 0 && still.output.contains("ok    head: the history up to the head given is exactly as it was"),
            "\(still.output)")

        // A rewrite with every hash recomputed passes the chains, not the head.
        let connection = try SQLiteConnection(path: board.path)
        try connection.execute("UPDATE events SET detail = '1' WHERE id = (SELECT id FROM events WHERE kind = 'won' ORDER BY id LIMIT 1)")
        try HistoryWriter(connection: connection).rehashEverything()
        #expect(try HandoffBinary.run(["check", "--db", board.path]).status == 0)
        let rewritten = try HandoffBinary.run(["check", "--expect-head", head, "--db", board.path])
        #expect(rewritten.status == 1)
        #expect(rewritten.output.contains("FAIL  head: "), "\(rewritten.output)")
        #expect(rewritten.output.contains("is not what it was when this head was printed: it was rewritten since"), "\(rewritten.output)")

        // A broken chain prints no head: it would vouch for a history that does not hold.
        try connection.execute("UPDATE events SET actor = 'mallory' WHERE id = 5")
        let refused = try HandoffBinary.run(["check", "--print-head", "--db", board.path])
        #expect(refused.status == 1 && refused.output.isEmpty)
        #expect(
            refused.error.contains("event 5 was changed outside Handoff") && refused.error.contains("so its head was not printed"),
            "\(refused.error)")
        let badHead = try HandoffBinary.run(["check", "--expect-head", "yesterday", "--db", board.path])
        #expect(badHead.status == 1 && badHead.error.contains("--expect-head takes a head as `handoff check --print-head` prints it"))
    }
}
