import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// `handoff accept|reject|won|lost|note|inbox|undo` run as a script would run them: the same
/// command path as the keys, exit 1 and nothing written on a refusal, exit 2 on a usage mistake.
/// Each runs as a member logged in (the login of the user id, see `SystemAccounts`), the way the board knows who acts.
@Suite(.enabled(if: SystemAccounts.available, "runs the binary as other users: needs root and unshare --mount, as in CI"))
struct HandoffCommandLineTests {
    func run(_ board: TemporaryBoard, _ arguments: [String], as actor: String = "ben") throws -> HandoffBinary.Result {
        try HandoffBinary.run(arguments + ["--db", board.path], as: actor)
    }

    @Test func acceptAndRejectFromAScript() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let accepted = try run(board, ["accept", "3"])
        #expect(accepted.status == 0, "\(accepted.error)")
        #expect(accepted.output.hasPrefix("Accepted lead 3 (Íñigo Muñoz): owner ben, now in Accepted (SAL); answered after "))
        #expect(try store.lead(id: 3)?.owner == "ben")
        let assigned = try run(board, ["accept", "7", "--owner", "ana"])
        #expect(assigned.status == 0)
        #expect(try store.lead(id: 7)?.owner == "ana")

        let rejected = try run(board, ["reject", "6", "--reason", "student", "--comment", "thesis project"])
        #expect(rejected.status == 0, "\(rejected.error)")
        #expect(rejected.output == "Rejected lead 6 (Marie Dubois): student (Student or job seeker); back in Nurturing\n")
        let event = try #require(try store.events(leadID: 6).first)
        #expect(event.kind == "rejected" && event.actor == "ben" && event.detail == "student: thesis project")
    }

    @Test func refusalsExitOneAndWriteNothing() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let events = try store.eventCount()
        let cases: [([String], String)] = [
            (
                ["accept", "1"],
                "handoff: cannot move: lead 1 is in New lead, not handed off; only leads in MQL, handed off can be accepted"
            ),
            (["accept", "999"], "handoff: no lead with id 999"),
            (["accept", "abc"], "handoff: LEAD must be a lead id (a whole number), not 'abc'"),
            (
                ["reject", "3", "--reason", "rude"],
                "handoff: unknown rejection reason 'rude'; reasons: not_target, no_budget, no_interest, bad_data, duplicate, student, competitor, other"
            ),
            (["won", "4", "--amount", "-3"], "handoff: --amount: the amount cannot be negative"),
            (
                ["won", "1", "--amount", "500"],
                "handoff: cannot move: lead 1 is in New lead; only deals in a sales stage can be won (accept it first)"
            ),
            (
                ["lost", "4", "--reason", "weather"],
                "handoff: unknown loss reason 'weather'; reasons: price, competitor, no_decision, timing, no_budget, other"
            ),
            (
                ["note", "4", "Call", "--due", "yesterday"],
                "handoff: --due: 'yesterday' is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM or +3"
            ),
            (["undo"], "handoff: nothing to undo: ben has no change left that can be undone (notes and new leads stay)"),
        ]
        for (arguments, message) in cases {
            let result = try run(board, arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.error == message + "\n", "\(arguments)")
            #expect(result.output.isEmpty)
        }
        let usage = try run(board, ["reject", "3"])
        #expect(usage.status == 2)
        #expect(usage.error.hasPrefix("error: 'reject' needs --reason CODE\n\nusage: handoff reject LEAD --reason CODE [options]"))
        #expect(try store.eventCount() == events)
    }

    @Test func wonLostNoteAndUndo() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let won = try run(board, ["won", "4", "--amount", "21,500"], as: "ana")
        #expect(won.output == "Won lead 4 (Sarah O'Neill): 21,500 EUR\n")
        #expect(try store.lead(id: 4)?.value == 21_500)
        let undo = try run(board, ["undo"], as: "ana")
        #expect(undo.output == "Undid the close of lead 4 (Sarah O'Neill) as won; now in Proposal\n")
        #expect(try store.lead(id: 4)?.value == 18_500)
        let redo = try run(board, ["redo"], as: "ana")
        #expect(redo.output == "Redid the close of lead 4 (Sarah O'Neill) as won; now in Won, customer\n")
        // Each kind of change is its own sentence, in either language.
        _ = try run(board, ["move", "2", "nurture"], as: "marta")
        #expect(try run(board, ["undo"], as: "marta").output == "Undid the move of lead 2 (Tom Baker) to Nurturing; now in New lead\n")
        _ = try run(board, ["accept", "3"], as: "ana")
        #expect(
            try run(board, ["undo", "--lang", "es"], as: "ana").output
                == "Se deshizo la aceptación de lead 3 (Íñigo Muñoz) por ventas; ahora en MQL, handed off\n")
        #expect(
            try run(board, ["redo", "--lang", "es"], as: "ana").output
                == "Se rehízo la aceptación de lead 3 (Íñigo Muñoz) por ventas; ahora en Accepted (SAL)\n")
        let lost = try run(board, ["lost", "2", "--reason", "no_decision"], as: "ana")
        #expect(lost.output == "Lost lead 2 (Tom Baker): no_decision (No decision)\n")
        let note = try run(board, ["note", "1", "Met", "at", "the", "fair"], as: "marta")
        #expect(note.output == "Added a note to lead 1 (Lucía Fernández)\n")
        #expect(try store.notes(leadID: 1).first?.body == "Met at the fair")
        let step = try run(board, ["note", "1", "Send the deck", "--due", "+2"], as: "marta")
        #expect(step.status == 0 && step.output.hasPrefix("Added a next step due "))
        #expect(try store.notes(leadID: 1).first?.due != nil)
    }

    @Test func inboxPrintsATableOrJSON() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        let table = try run(board, ["inbox"])
        let lines = table.output.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("ID      SLA            NAME"))
        #expect(
            lines[1].hasPrefix("6 ") && lines[1].contains("Marie Dubois") && lines[1].contains("webinar / spring")
                && lines[1].contains("marta, "))
        #expect(lines[3].contains("Íñigo Muñoz") && lines[3].hasSuffix("ana"))

        let json = try run(board, ["inbox", "--json", "--filter", "mine"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items[0]["id"] as? Int == 7)
        #expect(items[0]["handed_off_by"] as? String == "marta")
        #expect(items[0]["handed_off_at"] as? String == "2026-11-18T09:00:00Z")
        // Wednesday 09:00 plus 24 working hours: Wednesday, Thursday and Friday, to 17:00.
        #expect(items[0]["due_at"] as? String == "2026-11-20T17:00:00Z")
        #expect(items[0]["campaign"] as? String == "fair")

        let bad = try run(board, ["inbox", "--filter", "urgent"])
        #expect(bad.status == 1 && bad.error == "handoff: unknown filter 'urgent'; filters: all, mine, unassigned, overdue\n")
    }

    /// Each filter has its own sentence: the filter's name is not an adjective ("No mine leads").
    @Test func anEmptyFilterSaysWhatIsNotThereInAWholeSentence() throws {
        let board = TemporaryBoard()
        _ = try board.open()
        for (filter, sentence) in [
            ("mine", "No lead waiting is yours."), ("unassigned", "No lead waiting is unassigned."),
            ("overdue", "No lead waiting is overdue."),
        ] {
            let empty = try run(board, ["inbox", "--filter", filter], as: "ben")
            #expect(empty.output == sentence + "\n", "\(filter): \(empty.output)")
        }
        let spanish = try run(board, ["inbox", "--filter", "mine", "--lang", "es"], as: "ben")
        #expect(spanish.output == "Ningún lead en espera es tuyo.\n")
    }

    @Test func feedbackSummarisesAnswersForMarketing() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        _ = try run(board, ["accept", "3"])
        _ = try run(board, ["reject", "6", "--reason", "not_target"])
        _ = try run(board, ["reject", "7", "--reason", "not_target"])
        let report = try run(board, ["feedback", "--by", "campaign"])
        let lines = report.output.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Answers to handoffs by campaign, last 30 days"))
        #expect(lines[1] == "CAMPAIGN                  ACCEPTED  REJECTED  RATE  REJECTION REASONS")
        #expect(lines.contains("all                              1         2   33%  not_target 2"))
        #expect(lines.contains("(none)                           1         0  100%"))
    }

    @Test func snapshotPrintsTheInbox() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        let result = try run(board, ["snapshot", "--view", "inbox", "--width", "120", "--height", "30"])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].hasPrefix(" INBOX  3 waiting"))
        #expect(lines[4].contains("Marie Dubois") && lines[6].contains("Íñigo Muñoz"))
        #expect(result.output.contains("FEEDBACK FOR MARKETING"))
        let unknown = try run(board, ["snapshot", "--view", "kanban"])
        #expect(
            unknown.status == 1
                && unknown.error == "handoff: unknown view 'kanban'; views: board, inbox, scoring, dashboard, content, insights, meeting\n")
    }
}
