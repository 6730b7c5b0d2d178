import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// `handoff watch` as a chat hook would use it: each event handed to a command once, none missed or
/// repeated across a restart with `--after`, and a failing hook stops the stream where it failed.
@Suite struct WatchEndToEndTests {
    let now = TemporaryBoard.now

    func ids(in file: String) -> [Int64] {
        ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { Int64($0) }
    }

    func waitFor(_ count: Int, in file: String) -> [Int64] {
        let deadline = Date().addingTimeInterval(20)
        while ids(in: file).count < count && Date() < deadline { usleep(50_000) }
        return ids(in: file)
    }

    func watch(_ board: TemporaryBoard, _ arguments: [String]) throws -> SpawnedProcess {
        try SpawnedProcess([HandoffBinary.path, "watch", "--db", board.path] + arguments)
    }

    @Test func everyEventReachesTheHookExactlyOnceAcrossARestart() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let delivered = board.folder + "/delivered"
        // The hook keeps the id of each event it is handed, as a webhook script keeps its place.
        let hook = "sed -E 's/.*\"id\":([0-9]+).*/\\1/' >> '\(delivered)'"
        let first = try watch(board, ["--after", String(try store.latestEventID()), "--exec", hook])
        let start = try store.latestEventID()
        for id in [1, 2, 3] as [Int64] { try store.apply(.note(leadID: id, body: "called", due: nil), actor: "ana", at: now) }
        #expect(waitFor(3, in: delivered) == [start + 1, start + 2, start + 3])
        first.send(SIGTERM)
        _ = first.waitBlocking()
        // Two events while nobody watches.
        try store.apply(.note(leadID: 4, body: "called", due: nil), actor: "ana", at: now)
        try store.apply(.move(leadID: 2, toStage: "nurture", expectedVersion: nil), actor: "marta", at: now)
        let resumeAfter = try #require(ids(in: delivered).last)
        let second = try watch(board, ["--after", String(resumeAfter), "--exec", hook])
        defer { second.send(SIGTERM); _ = second.waitBlocking() }
        try store.apply(.note(leadID: 5, body: "called", due: nil), actor: "ana", at: now)
        let all = waitFor(6, in: delivered)
        #expect(all == Array((start + 1)...(start + 6)))
    }

    @Test func kindsFilterAndJSONLines() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let watcher = try watch(board, ["--json", "--kinds", "handoff,won"])
        usleep(300_000)
        try store.apply(.note(leadID: 1, body: "called", due: nil), actor: "ana", at: now)
        try store.apply(.move(leadID: 1, toStage: "mql", expectedVersion: nil), actor: "marta", at: now)
        let line = try #require(watcher.readLine(until: Date().addingTimeInterval(20)))
        watcher.send(SIGTERM)
        _ = watcher.waitBlocking()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(
            object["kind"] as? String == "handed_off" && object["lead_id"] as? Int == 1
                && object["lead_name"] as? String == "Lucía Fernández")
    }

    @Test func aFailingHookStopsAndSaysWhereToResume() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let before = try store.latestEventID()
        let watcher = try watch(board, ["--after", String(before), "--exec", "exit 3"])
        try store.apply(.note(leadID: 1, body: "called", due: nil), actor: "ana", at: now)
        let status = watcher.wait(until: Date().addingTimeInterval(20))
        #expect(status == 1)
        #expect(
            watcher.errorText.contains("failed on event \(before + 1) (exit status 3)")
                && watcher.errorText.contains("Resume with --after \(before)"))
        let unknown = try HandoffBinary.run(["watch", "--db", board.path, "--kinds", "wins"])
        #expect(unknown.status == 2 && unknown.error.contains("unknown kind 'wins'"))
    }
}
