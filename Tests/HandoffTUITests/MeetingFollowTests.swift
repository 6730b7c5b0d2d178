import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The room follows the chair: a read-only screen opened with `--follow` (the projector) shows
/// the item, the line and the lead the chair's screen shows, within 300 ms of the chair's key,
/// and its keys do not move it away.
@Suite struct MeetingFollowTests {
    let now = TemporaryBoard.kpiWeekStart + 4 * 86_400 + 12 * 3_600

    /// Runs both screens' loops (frames, ticks) until `done` holds; returns the seconds it took.
    func until(_ chair: AppRuntime, _ follower: AppRuntime, timeout: Double = 2, _ done: () -> Bool) -> Double {
        let start = Date()
        while !done() && Date().timeIntervalSince(start) < timeout {
            chair.publishMeetingPosition()
            follower.pollForChanges(now: now)
            usleep(5_000)
        }
        return Date().timeIntervalSince(start)
    }

    @Test func theFollowerShowsTheChairsItemLineAndLeadWithin300Milliseconds() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let chair = AppRuntime(
            store: store, actor: "ana", width: 120, height: 40, now: now,
            presence: try Presence(boardPath: board.path, login: "ana", name: "Ana López", readOnly: false))
        let follower = AppRuntime(
            store: try board.open(readOnly: true), actor: "elena", width: 80, height: 24, now: now,
            presence: try Presence(boardPath: board.path, login: "elena", name: "Elena Vidal", readOnly: true))
        follower.send(.startMeeting(large: true, timebox: nil, follow: true))
        #expect(follower.render().line(23).contains("waiting for the chair's screen"))
        chair.send(.key(.character("m")))
        for key: Key in [.character("n"), .character("n"), .character("n"), .character("p"), .character("G"), .character("g")] {
            chair.send(.key(key))
            let wanted = chair.state.meeting?.selectedItem?.key
            let seconds = until(chair, follower) { follower.state.meeting?.selectedItem?.key == wanted }
            #expect(follower.state.meeting?.selectedItem?.key == wanted)
            #expect(seconds < 0.3, "the follower took \(seconds) s to show \(wanted ?? "?")")
        }
        #expect(follower.render().line(23).contains("following Ana López's screen"))
        // The line the chair selects, and the lead the chair opens from it.
        chair.send(.key(.character("G")))
        chair.send(.key(.character("j")))
        _ = until(chair, follower) { follower.state.meeting?.line == 1 && follower.state.meeting?.selectedItem?.key == "stale_leads" }
        #expect(follower.state.meeting?.line == chair.state.meeting?.line)
        try #require(chair.state.meeting?.agenda?.items.last?.entries.count ?? 0 >= 1)
        chair.send(.key(.character("k")))
        chair.send(.key(.enter))
        let opened: Int64? = if case let .detail(detail)? = chair.state.overlay { detail.lead.id } else { nil }
        try #require(opened != nil)
        let seconds = until(chair, follower) {
            if case let .detail(detail)? = follower.state.overlay { detail.lead.id == opened } else { false }
        }
        #expect(seconds < 0.3, "the lead took \(seconds) s")
        chair.send(.key(.escape))
        _ = until(chair, follower) { follower.state.overlay == nil }
        #expect(follower.state.overlay == nil)
        // Its own keys do not move it; its layout is its own.
        follower.send(.key(.character("n")))
        #expect(follower.state.meeting?.selectedItem?.key == chair.state.meeting?.selectedItem?.key)
        #expect(follower.state.status?.text == "This screen follows Ana López's: z changes its layout, q leaves")
        #expect(follower.state.meeting?.large == true && chair.state.meeting?.large == false)
        // The chair leaves the meeting: the follower stays where it was and says it waits.
        chair.send(.key(.character("q")))
        _ = until(chair, follower) { follower.state.meeting?.following?.live == false }
        #expect(follower.state.meeting?.following?.live == false)
        #expect(follower.render().line(23).contains("waiting for the chair's screen"))
    }

    @Test func aScreenThatMayNotRunTheMeetingPublishesNothing() throws {
        let board = TemporaryBoard()
        try board.seedKPIBoard()
        let readOnly = AppRuntime(
            store: try board.open(readOnly: true), actor: "ana", width: 120, height: 40, now: now,
            presence: try Presence(boardPath: board.path, login: "ana", name: "Ana López", readOnly: true))
        readOnly.send(.key(.character("m")))
        readOnly.send(.key(.character("n")))
        #expect(readOnly.state.meetingPosition == nil)
        let watcher = try Presence(boardPath: board.path, login: "zoe", name: "Zoe", readOnly: true)
        readOnly.publishMeetingPosition()
        #expect(try watcher.chair() == nil)
    }
}
