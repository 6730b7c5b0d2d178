import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// A rep triages the demo inbox from the keyboard in a real (tmux) terminal.
@Suite struct InboxEndToEndTests {
    @Test func rejectTheFirstLeadWithAReasonAndAcceptTheNext() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let before = try board.open(readOnly: true)
        let eventsBefore = try before.eventCount()
        let waiting = try before.inboxCount(Store.InboxQuery(filter: .all, user: "tom", now: Timestamp.now()))
        let queue = try before.inbox(Store.InboxQuery(filter: .all, user: "tom", now: Timestamp.now()), after: nil, limit: 2)
        try #require(queue.count == 2, "the demo needs two handed-off leads")
        let (first, next) = (queue[0].lead, queue[1].lead)

        // Tom is a sales rep of the demo team: sales answers handoffs.
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path, "--as", "tom"], width: 120, height: 40)
        #expect(try session.waitFor(timeout: 20) { $0.contains("MARKETING") }.matched)
        try session.send("2")
        let inbox = try session.waitFor(timeout: 20) { $0.contains("INBOX  \(waiting) waiting") && $0.contains("FEEDBACK FOR MARKETING") }
        #expect(inbox.matched, "screen was:\n\(inbox.screen)")

        try session.send("x")
        #expect(try session.waitFor(timeout: 20) { $0.contains("Reject \(first.name): why?") }.matched)
        try session.send("Right")
        try session.send("Tab")
        try session.type("not our market")
        try session.send("Enter")
        let rejected = try session.waitFor(timeout: 20) { $0.contains("Rejected \(first.name) (not_target): back to nurturing") }
        #expect(rejected.matched, "screen was:\n\(rejected.screen)")

        try session.send("a")
        let accepted = try session.waitFor(timeout: 20) {
            $0.contains("Accepted \(next.name): yours now") && $0.contains("INBOX  \(waiting - 2) waiting")
        }
        #expect(accepted.matched, "screen was:\n\(accepted.screen)")
        // Neither lead is listed any more (the status line names the last one answered).
        let rows = accepted.screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4).prefix(20)
        #expect(!rows.contains { $0.contains(first.name) || $0.contains(next.name) }, "screen was:\n\(accepted.screen)")

        let after = try board.open(readOnly: true)
        #expect(try after.eventCount() == eventsBefore + 2)
        #expect(try after.lead(id: first.id)?.stage == "nurture")
        let rejection = try #require(try after.events(leadID: first.id).first)
        #expect(rejection.kind == "rejected" && rejection.actor == "tom" && rejection.detail == "not_target: not our market")
        let taken = try #require(try after.lead(id: next.id))
        #expect(taken.stage == "sal" && taken.owner == "tom")
        #expect(try after.events(leadID: next.id).first?.kind == "accepted")

        try session.send("q")
        #expect(try session.waitUntilDead(timeout: 20))
    }
}
