import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The meeting from the command line as a team keeps it: close it with its minutes, print them
/// again a day later byte for byte whatever changed on the board, list the meetings held, and keep
/// the action items right (edit, delete) with names, not logins.
@Suite struct MeetingCommandLineTests {
    func run(_ arguments: [String], _ board: TemporaryBoard, as user: String = "ana") throws -> HandoffBinary.Result {
        try HandoffBinary.run(arguments + ["--db", board.path], as: user)
    }

    @Test func theMinutesPrintedAtTheCloseArePrintedTheSameAfterTheBoardChanged() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let now = Timestamp.now()
        try store.setDiscussed("kpis", true, actor: "ana", now: now - 300)
        try store.addMeetingNote(item: "kpis", kind: .decision, body: "Review the SLA every Monday", actor: "ana", now: now - 200)
        try store.addActionItem(
            item: "kpis", body: "Check the spend split", owner: "lucia", due: now + 3 * 86_400, actor: "ana", now: now - 100)
        let file = board.path + "-minutes.md"
        let closed = try run(["meeting", "close", "--minutes", file], board)
        #expect(closed.status == 0, "\(closed.error)")
        #expect(closed.output.contains("Check the spend split · Lucía Fernández") && closed.output.contains("Minutes written to \(file)."))
        let markdown = try run(["report", "--meeting", "1"], board)
        let json = try run(["report", "--meeting", "1", "--format", "json"], board)
        let spanish = try run(["report", "--meeting", "1", "--lang", "es"], board)
        #expect(markdown.status == 0 && json.status == 0 && spanish.status == 0, "\(markdown.error)\(json.error)\(spanish.error)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == markdown.output)
        #expect(
            markdown.output.contains("Meeting 1, chaired by Ana López, closed on")
                && markdown.output.contains("- **Decision:** Review the SLA every Monday (Ana López)"))
        #expect(spanish.output.contains("Reunión 1, dirigida por Ana López"))

        // A day of work later: a deal won, a member renamed, the action item edited, a new meeting.
        #expect(try run(["won", "8", "--amount", "9000"], board).status == 0)
        #expect(try run(["member", "add", "lucia", "--name", "Lucía F. Ruiz", "--team", "marketing"], board, as: "elena").status == 0)
        let edited = try run(["meeting", "edit", "1", "--text", "Check the spend split by channel", "--owner", "ben"], board)
        #expect(
            edited.status == 0 && edited.output.contains("Changed: #1 Check the spend split by channel · Ben Okafor"), "\(edited.error)")
        #expect(try run(["meeting", "add", "Call Delta", "--owner", "ben"], board).status == 0)
        #expect(try run(["report", "--meeting", "1"], board).output == markdown.output)
        #expect(try run(["report", "--meeting", "1", "--format", "json"], board).output == json.output)
        #expect(try run(["report", "--meeting", "1", "--lang", "es"], board).output == spanish.output)

        let list = try run(["meeting", "list", "--json"], board)
        let meetings = try #require(try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(meetings.count == 2)
        #expect(meetings[0]["id"] as? Int == 1 && meetings[0]["chair"] as? String == "Ana López" && meetings[0]["minutes"] as? Bool == true)
        #expect(meetings[0]["discussed"] as? Int == 1 && meetings[0]["action_items"] as? Int == 1 && meetings[0]["decisions"] as? Int == 1)
        #expect(meetings[1]["open"] as? Bool == true && meetings[1]["action_items"] as? Int == 1)
        let table = try run(["meeting", "list"], board)
        #expect(table.output.contains("#1") && table.output.contains("Ana López") && table.output.contains("now (open)"))

        let running = try run(["report", "--meeting", "2"], board)
        #expect(running.status == 1 && running.error.contains("meeting 2 is still running"))
        let both = try run(["report", "--meeting", "1", "--since", "7d"], board)
        #expect(both.status == 2 && both.error.contains("leave out --since"))
    }

    @Test func actionItemsAreEditedAndDeletedWithAnEventAndAPastDateIsRefusedAsAnActionItems() throws {
        let board = TemporaryBoard()
        try board.seedKPIBoard()
        #expect(try run(["meeting", "add", "Send the deck", "--owner", "ben", "--due", "+2"], board).status == 0)
        let past = try run(["meeting", "edit", "1", "--due", "2020-01-01"], board)
        #expect(past.status == 1 && past.error.contains("2020-01-01 has passed; an action item is due in the future"), "\(past.error)")
        let pastAdd = try run(["meeting", "add", "Call", "--owner", "ben", "--due", "2020-01-01"], board)
        #expect(pastAdd.status == 1 && pastAdd.error.contains("an action item is due in the future"), "\(pastAdd.error)")
        let undated = try run(["meeting", "edit", "1", "--due", "none"], board)
        #expect(undated.status == 0 && undated.output.contains("Changed: #1 Send the deck · Ben Okafor"), "\(undated.error)")
        let deleted = try run(["meeting", "delete", "1"], board)
        #expect(deleted.status == 0 && deleted.output.contains("Deleted: #1 Send the deck · Ben Okafor"))
        let log = try run(["log", "--limit", "5"], board)
        #expect(log.output.contains("action_deleted") && log.output.contains("action_edited"), "\(log.output)")
        #expect(try run(["meeting", "actions"], board).output.contains("No action items yet"))
    }
}
