import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The meeting's action items kept across meetings: captured, listed, ticked off and opened
/// again, each change one transaction with a board event, and the open ones carried to every
/// following meeting until they are done.
@Suite struct ActionItemStoreTests {
    let day: Int64 = 86_400
    let start = TemporaryBoard.kpiWeekStart

    @Test func openActionItemsCarryOverUntilTheyAreDone() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        // First meeting (Monday): two action items.
        let call = try store.addActionItem(
            item: nil, body: "Call Cobre about the contract", owner: "ben", due: start + 3 * day, actor: "ana", now: start + 600)
        let ask = try store.addActionItem(item: "kpis", body: "Ask why SLA fell", owner: "lucia", due: nil, actor: "ana", now: start + 700)
        try store.closeMeeting(actor: "ana", now: start + 3_600)
        // Second meeting (Wednesday): one done before it; the other still open, so it is on the agenda.
        try store.setActionItemDone(ask.id, actor: "lucia", now: start + day)
        try store.addActionItem(item: nil, body: "Send the new price list", owner: "ana", due: nil, actor: "ben", now: start + 2 * day)
        try store.closeMeeting(actor: "ben", now: start + 2 * day + 3_600)
        // Third meeting (Friday): `call` was agreed two meetings ago and is still open.
        let agenda = try store.meetingAgenda(now: start + 4 * day)
        let followUps = try #require(agenda.items.first { $0.key == "follow_ups" })
        #expect(agenda.followUps.map(\.id) == [call.id, call.id + 2])
        #expect(followUps.headline == "2 open, 0 done since the last meeting")
        #expect(
            followUps.entries.map(\.text) == [
                "#\(call.id) Call Cobre about the contract · Ben Okafor · due 2026-11-05 (passed)",
                "#\(call.id + 2) Send the new price list · Ana López",
            ])
        #expect(followUps.entries.first?.tone == .bad)
        #expect(agenda.openActionItems.map(\.id) == [call.id, call.id + 2])

        // Done during the week: shown done at the next meeting, once, then no more.
        try store.setActionItemDone(call.id, actor: "ben", now: start + 3 * day)
        let next = try #require(try store.meetingAgenda(now: start + 4 * day).items.first { $0.key == "follow_ups" })
        #expect(next.headline == "1 open, 1 done since the last meeting")
        #expect(next.entries.map(\.text).last == "#\(call.id) Call Cobre about the contract · Ben Okafor · done 2026-11-05")
        #expect(next.entries.last?.tone == .good)
        try store.closeMeeting(actor: "ben", now: start + 4 * day)
        let after = try store.meetingAgenda(now: start + 5 * day)
        #expect(after.followUps.map(\.id) == [call.id + 2])
    }

    @Test func listingTickingOffAndReopeningAreEachRecorded() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let first = try store.addActionItem(item: nil, body: "Undated", owner: "ben", due: nil, actor: "ana", now: start)
        let second = try store.addActionItem(
            item: nil, body: "Due Thursday", owner: "ana", due: start + 3 * day, actor: "ana", now: start + 1)
        let third = try store.addActionItem(item: nil, body: "Due Tuesday", owner: "lucia", due: start + day, actor: "ana", now: start + 2)
        // Open first, soonest due first, undated last.
        #expect(try store.allActionItems().map(\.body) == ["Due Tuesday", "Due Thursday", "Undated"])
        let done = try store.setActionItemDone(second.id, actor: "ben", now: start + 100)
        #expect(done.doneAt == start + 100 && done.doneBy == "ben" && !done.isOpen)
        #expect(try store.allActionItems().map(\.id) == [third.id, first.id, second.id])
        #expect(try store.allActionItems(openOnly: true).map(\.id) == [third.id, first.id])
        #expect(throws: HandoffError.invalidInput("action item \(second.id) is already done since 2026-11-02 00:01; nothing was changed")) {
            try store.setActionItemDone(second.id, actor: "ben", now: start + 200)
        }
        try store.setActionItemDone(second.id, false, actor: "ana", now: start + 300)
        #expect(try store.actionItem(id: second.id)?.isOpen == true)
        #expect(throws: HandoffError.invalidInput("there is no action item 99; `handoff meeting actions` lists them with their numbers")) {
            try store.setActionItemDone(99, actor: "ana", now: start)
        }
        let events = try store.boardEvents(limit: 50).filter { $0.kind.hasPrefix("action") }
        #expect(events.map(\.kind) == ["action_added", "action_added", "action_added", "action_done", "action_reopened"])
        #expect(events[3].subject == String(second.id) && events[3].actor == "ben")
        #expect(events[3].detail == "Due Thursday · ana · due 2026-11-05")
    }

    @Test func theMinutesTickOffWhatIsDoneAndEveryMeetingRecordIsAudited() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let call = try store.addActionItem(item: nil, body: "Call Cobre", owner: "ben", due: nil, actor: "ana", now: start)
        let deck = try store.addActionItem(item: nil, body: "Send the deck", owner: "ana", due: nil, actor: "ana", now: start + 1)
        try store.setActionItemDone(deck.id, actor: "ana", now: start + 2)
        try store.setDiscussed("kpis", true, actor: "ben", now: start + 3)
        try store.setDiscussed("kpis", false, actor: "ana", now: start + 4)
        #expect(
            try store.boardEvents(limit: 50).filter { $0.kind.hasPrefix("item_") }.map { "\($0.kind) \($0.subject) \($0.actor)" }
                == ["item_discussed kpis ben", "item_not_discussed kpis ana"])
        let minutes = try store.meetingAgenda(now: start + 3).markdown()
        // Owners by name, as everywhere in the meeting.
        #expect(
            minutes.contains("## Action items\n\n- [ ] #\(call.id) Call Cobre · Ben Okafor\n- [x] #\(deck.id) Send the deck · Ana López\n"))
    }

    @Test func someoneWhoMayNotRunTheMeetingChangesNoActionItem() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let action = try store.addActionItem(item: nil, body: "Follow up", owner: "ben", due: nil, actor: "ana", now: start)
        let before = try store.boardEventCount()
        #expect(throws: HandoffError.notPermitted(Permissions.notAMember("zoe"))) {
            try store.setActionItemDone(action.id, actor: "zoe", now: start + 1)
        }
        #expect(try store.actionItem(id: action.id)?.isOpen == true)
        #expect(try store.boardEventCount() == before)
    }
}
