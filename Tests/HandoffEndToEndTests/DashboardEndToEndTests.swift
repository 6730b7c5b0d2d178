import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The dashboard and the meeting in a real (tmux) terminal on a copy of the demo.
@Suite struct DashboardEndToEndTests {
    @Test func theDashboardStepsItsPeriodAndTheMeetingOpensFromIt() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let current = KPIPeriod.preset(.last30, now: Timestamp.now())
        let previous = try #require(current.previous)
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path, "--as", "elena"], width: 120, height: 40)
        #expect(try session.waitFor(timeout: 20) { $0.contains("MARKETING") }.matched)

        try session.send("4")
        let dashboard = try session.waitFor(timeout: 20) {
            $0.contains("DASHBOARD  " + current.title) && $0.contains("Leads created") && $0.contains("Win rate")
        }
        #expect(dashboard.matched, "screen was:\n\(dashboard.screen)")
        try session.send("[")
        let earlier = try session.waitFor(timeout: 20) { $0.contains("DASHBOARD  \(previous.title): \(previous.rangeText)") }
        #expect(earlier.matched, "screen was:\n\(earlier.screen)")
        try session.send("]")
        #expect(try session.waitFor(timeout: 20) { $0.contains("DASHBOARD  \(current.title): \(current.rangeText)") }.matched)

        try session.send("m")
        let meeting = try session.waitFor(timeout: 20) {
            $0.contains("WEEKLY MEETING") && $0.contains("(last meeting)") && $0.contains("Follow-ups from the last meeting")
        }
        #expect(meeting.matched, "screen was:\n\(meeting.screen)")
        try session.send("n")
        #expect(try session.waitFor(timeout: 20) { $0.contains("KPIs since the last meeting") && $0.contains("Leads created") }.matched)
        try session.send("q")
        #expect(try session.waitFor(timeout: 20) { $0.contains("DASHBOARD") && !$0.contains("WEEKLY MEETING") }.matched)
        try session.send("q")
        #expect(try session.waitUntilDead(timeout: 20))
    }
}
