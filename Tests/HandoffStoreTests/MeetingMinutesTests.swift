import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Closing a meeting keeps its minutes: the period, who chaired and attended, every agenda item
/// discussed or not with its decisions and notes, the action items with their owners by name and
/// the KPIs of the window, exactly as they stood at the close, however the board changes after.
@Suite struct MeetingMinutesTests {
    let lastClose = TemporaryBoard.kpiWeekStart + 2 * 86_400 + 12 * 3_600
    let now = TemporaryBoard.kpiWeekStart + 4 * 86_400 + 12 * 3_600

    /// The KPI board, a meeting closed on Wednesday at noon, and Friday's meeting run by Ana.
    func runMeeting(_ board: TemporaryBoard) throws -> (store: Store, meeting: Meeting) {
        let store = try board.seedKPIBoard()
        try store.closeMeeting(actor: "elena", now: lastClose)
        try store.setDiscussed("kpis", true, actor: "ana", now: now - 600)
        try store.setDiscussed("rejected", true, actor: "ana", now: now - 500)
        try store.addMeetingNote(
            item: "rejected", kind: .decision, body: "Students go to nurture, never to sales", actor: "ana", now: now - 450)
        try store.addMeetingNote(item: "kpis", kind: .note, body: "SLA compliance fell because of Delta", actor: "lucia", now: now - 400)
        try store.addActionItem(
            item: "sla_breaches", body: "Answer Delta today", owner: "ben", due: now + 86_400, actor: "ana", now: now - 300)
        try store.addActionItem(
            item: "rejected", body: "Write down what a student lead is", owner: "lucia", due: now + 3 * 86_400, actor: "ana", now: now - 200
        )
        try store.notePresent(["ana", "lucia", "stranger"], actor: "ana", now: now - 100)
        try store.setAttended("ben", true, actor: "ana", now: now - 90)
        try store.setAttended("lucia", false, actor: "ana", now: now - 80)
        // Presence does not add back someone taken off the list by hand.
        try store.notePresent(["lucia"], actor: "ana", now: now - 70)
        let meeting = try store.closeMeeting(actor: "ana", now: now, present: ["ana", "elena"])
        return (store, meeting)
    }

    @Test func theMinutesSayWhatTheMeetingDidAndNeverChange() throws {
        let board = TemporaryBoard()
        let (store, meeting) = try runMeeting(board)
        let markdown = try #require(try store.minutes(meetingID: meeting.id, language: .english, format: "markdown"))
        let json = try #require(try store.minutes(meetingID: meeting.id, language: .english, format: "json"))
        let spanish = try #require(try store.minutes(meetingID: meeting.id, language: .spanish, format: "markdown"))
        for expected in [
            "# Weekly meeting: 2026-11-04 12:00 – 2026-11-06 12:00 UTC",
            "Meeting 2, chaired by Ana López, closed on 2026-11-06 12:00 UTC by Ana López. Attended by Ana López, Ben Okafor, Elena Vidal.",
            "6 of 8 items not discussed.", "## KPIs since the last meeting (discussed)", "| Deals won | 2 | 0 | n/a |",
            "- Note: SLA compliance fell because of Delta (Lucía Fernández)",
            "## Rejected handoffs, and why (discussed)", "- **Decision:** Students go to nurture, never to sales (Ana López)",
            "- Action: Write down what a student lead is · Lucía Fernández · due 2026-11-09", "## SLA breaches (not discussed)",
            "- [ ] #1 Answer Delta today · Ben Okafor · due 2026-11-07 (on: SLA breaches)", "- \\#5 Lead 5 (Delta)",
        ] {
            #expect(markdown.contains(expected), "missing: \(expected)\n\(markdown)")
        }
        #expect(spanish.contains("Reunión 2, dirigida por Ana López") && spanish.contains("- **Decisión:** Students go to nurture"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["minutes_version"] as? Int == 1)
        // The history's head at the close, which `handoff check --expect-head` verifies later.
        let head = try #require(object["chain_head"] as? String)
        #expect(HistoryRecord.parseHead(head) != nil)
        #expect(markdown.contains("History head at the close: `\(head)`"))
        #expect(((object["meeting"] as? [String: Any])?["chair"] as? [String: Any])?["name"] as? String == "Ana López")

        // The board changes: a lead is renamed and moved, a deal won on the meeting's day, a member
        // renamed, an action item edited and another deleted, the next meeting starts.
        var renamed = LeadDraft(lead: try store.requireLead(id: 5))
        renamed.name = "Renamed"
        try store.apply(.edit(leadID: 5, renamed, expectedVersion: nil), actor: "elena", at: now + 60)
        try store.apply(.accept(leadID: 5, owner: "ben", expectedVersion: nil), actor: "ben", at: now + 120)
        try store.addMember(Member(login: "ben", name: "Benjamin Okafor", team: "sales"), actor: "elena", now: now + 130)
        try store.editActionItem(1, body: "Answer Delta now", owner: "ana", actor: "ana", now: now + 140)
        try store.deleteActionItem(2, actor: "ana", now: now + 150)
        try store.setDiscussed("kpis", true, actor: "ana", now: now + 160)
        #expect(try store.minutes(meetingID: meeting.id, language: .english, format: "markdown") == markdown)
        #expect(try store.minutes(meetingID: meeting.id, language: .english, format: "json") == json)
        #expect(try store.minutes(meetingID: meeting.id, language: .spanish, format: "markdown") == spanish)

        // Nothing can rewrite them, not even SQL.
        #expect(throws: (any Error).self) { try store.connection.execute("UPDATE meeting_minutes SET body = 'forged'") }
        #expect(throws: (any Error).self) { try store.connection.execute("DELETE FROM meeting_minutes") }
    }

    @Test func theListSaysWhatEachMeetingGotThroughAsItsMinutesDo() throws {
        let board = TemporaryBoard()
        let (store, meeting) = try runMeeting(board)
        try store.addMember(Member(login: "ana", name: "Ana López García", team: "sales"), actor: "elena", now: now + 10)
        try store.setDiscussed("kpis", true, actor: "ben", now: now + 20)
        let summaries = try store.meetingSummaries(now: now + 30)
        #expect(summaries.map(\.meeting.id) == [1, meeting.id, 3])
        let second = summaries[1]
        #expect(second.chair == "Ana López" && second.attendees == ["Ana López", "Ben Okafor", "Elena Vidal"])
        #expect(second.items == 8 && second.discussed == 2 && second.decisions == 1 && second.actionItems == 2 && second.hasMinutes)
        #expect(second.meeting.since == lastClose + 1 && second.until == now + 1)
        // The one running now: its records as they are.
        #expect(
            summaries[2].meeting.isOpen && summaries[2].chair == "Ben Okafor" && summaries[2].discussed == 1 && !summaries[2].hasMinutes)
    }

    @Test func everyRecordIsOneTransactionWithItsBoardEvent() throws {
        let board = TemporaryBoard()
        let (store, _) = try runMeeting(board)
        try store.editActionItem(1, due: now + 5 * 86_400, actor: "ana", now: now + 10)
        try store.deleteActionItem(2, actor: "ana", now: now + 20)
        let kinds = try store.boardEvents(limit: 100).map { "\($0.kind) \($0.subject)" }
        for expected in [
            "meeting_note_added 1", "meeting_note_added 2", "attendee_added ana", "attendee_added ben", "attendee_removed lucia",
            "attendee_added elena", "meeting_closed 2", "action_edited 1", "action_deleted 2",
        ] {
            #expect(kinds.contains(expected), "\(expected) in \(kinds)")
        }
        #expect(
            try store.boardEvents(limit: 100).first { $0.kind == "action_edited" }?.detail == "due: 2026-11-07 12:00 -> 2026-11-11 12:00")
        // A refusal writes nothing.
        let before = try store.boardEventCount()
        #expect(throws: HandoffError.invalidInput("2026-11-05 has passed; an action item is due in the future")) {
            try store.editActionItem(1, due: now - 86_400, actor: "ana", now: now + 30)
        }
        #expect(throws: HandoffError.notPermitted(Permissions.notAMember("zoe"))) {
            try store.addMeetingNote(item: "kpis", kind: .decision, body: "x", actor: "zoe", now: now + 30)
        }
        #expect(try store.boardEventCount() == before)
    }
}
