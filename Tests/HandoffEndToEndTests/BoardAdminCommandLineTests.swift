import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The commands that keep the meeting's action items, edit stages and remove members, run as
/// the real binary by different people: what they print, what they refuse, and the audit.
@Suite(.enabled(if: SystemAccounts.available, "runs the binary as other users: needs root and unshare --mount, as in CI"))
struct BoardAdminCommandLineTests {
    func run(_ board: TemporaryBoard, _ arguments: [String], as user: String) throws -> HandoffBinary.Result {
        try HandoffBinary.run(arguments + ["--db", board.path], as: user)
    }

    @Test func actionItemsAreCapturedListedAndTickedOffFromTheCommandLine() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        let added = try run(board, ["meeting", "add", "Call Marie about the pilot", "--owner", "ana", "--due", "+3"], as: "marta")
        #expect(added.status == 0, "\(added.error)")
        #expect(added.output.hasPrefix("Action item #1 for Ana López: Call Marie about the pilot · Ana López · due "))
        #expect(try run(board, ["meeting", "add", "Send the deck", "--owner", "ben"], as: "marta").status == 0)
        let noOwner = try run(board, ["meeting", "add", "Nobody", "--owner", "zoe"], as: "marta")
        #expect(noOwner.status == 1 && noOwner.error == "handoff: 'zoe' is not a member of this board; members: ana, ben, elena, marta\n")
        let missing = try run(board, ["meeting", "add", "No owner"], as: "marta")
        #expect(
            missing.status == 2
                && missing.error.hasPrefix("error: 'meeting add' needs --owner LOGIN: the member who does it\n\nusage: handoff meeting"))
        #expect(try run(board, ["meeting", "close"], as: "marta").status == 0)

        let list = try run(board, ["meeting", "actions"], as: "zoe")
        #expect(list.status == 0)
        let lines = list.output.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("ID     STATUS               DUE        OWNER                WHAT"))
        #expect(lines[1].hasPrefix("#1     open                 ") && lines[1].hasSuffix("Ana López            Call Marie about the pilot"))
        #expect(lines[2] == "#2     open                 -          Ben Okafor           Send the deck")
        #expect(lines.last == "2 open, 0 done. Tick one off with handoff meeting done ID.")

        let done = try run(board, ["meeting", "done", "#2"], as: "ben")
        #expect(done.status == 0 && done.output == "Done: #2 Send the deck · Ben Okafor\n")
        let spanish = try run(board, ["meeting", "actions", "--owner", "ben", "--lang", "es"], as: "ben").output
        #expect(spanish.hasPrefix("ID     ESTADO               VENCE      RESP.                QUÉ\n#2     hecha el "))
        #expect(spanish.hasSuffix("\n0 abiertas, 1 hecha. Da una por hecha con handoff meeting done ID.\n"))
        let again = try run(board, ["meeting", "done", "2"], as: "ben")
        #expect(again.status == 1 && again.error.hasPrefix("handoff: action item 2 is already done since "))
        let open = try run(board, ["meeting", "actions", "--open", "--json"], as: "ben")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(open.output.utf8)) as? [[String: Any]])
        #expect(items.map { $0["id"] as? Int } == [1])
        let all = try #require(
            try JSONSerialization.jsonObject(with: Data(try run(board, ["meeting", "actions", "--json"], as: "ben").output.utf8))
                as? [[String: Any]])
        #expect(all.last?["done_by"] as? String == "ben")
        let bens = try run(board, ["meeting", "actions", "--owner", "ben"], as: "ben").output.split(separator: "\n")
        #expect(
            bens.count == 3 && bens[1].hasPrefix("#2     done ") && bens[2] == "0 open, 1 done. Tick one off with handoff meeting done ID.")
        #expect(try run(board, ["meeting", "actions", "--open", "--owner", "ben"], as: "ben").output == "No open action items for ben.\n")
        #expect(try run(board, ["meeting", "reopen", "2"], as: "ben").output == "Open again: #2 Send the deck · Ben Okafor\n")
        let stranger = try run(board, ["meeting", "done", "1"], as: "zoe")
        #expect(stranger.status == 1 && stranger.error == "handoff: \(Permissions.notAMember("zoe"))\n")
        let wrongOption = try run(board, ["meeting", "done", "1", "--open"], as: "ben")
        #expect(wrongOption.status == 2 && wrongOption.error.hasPrefix("error: --open does not apply to 'handoff meeting done'"))

        let log = try run(board, ["log", "--actor", "ben"], as: "ben")
        #expect(log.output.contains("board: action # 2") && log.output.contains("action_done: Send the deck · ben"))
        #expect(log.output.contains("action_reopened: Send the deck · ben"))
    }

    @Test func stagesAreListedByAnyoneAndRenamedByAdminsOnly() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        let list = try run(board, ["stage", "list"], as: "zoe")
        #expect(list.status == 0)
        #expect(
            list.output.hasPrefix(
                "ID           TITLE                      SIDE       LEADS    STALE AFTER  WIN %\n"
                    + "lead         New lead                   marketing  2        14 days      1\n"))
        #expect(list.output.contains("lost         Lost (hidden)              outcome    0        never        0\n"))

        let refused = try run(board, ["stage", "rename", "lead", "Nuevo lead"], as: "ana")
        #expect(refused.status == 1)
        #expect(refused.error == "handoff: Ana López (ana, sales) may not edit the stages; admin may. Nothing was changed.\n")
        #expect(
            try run(board, ["stage", "list", "--lang", "es"], as: "zoe").output.hasPrefix(
                "ID           TÍTULO                     LADO       LEADS    ESTANCA TRAS % GANAR\n"))
        let renamed = try run(board, ["stage", "rename", "lead", "Nuevo lead"], as: "elena")
        #expect(renamed.status == 0 && renamed.output == "Renamed stage lead: 'New lead' is now 'Nuevo lead'.\n")
        let set = try run(board, ["stage", "set", "nurture", "--idle-days", "none", "--probability", "0.03"], as: "elena")
        #expect(set.output == "Stage nurture (Nurturing): stale after never, win probability 0.03.\n")
        let bad = try run(board, ["stage", "set", "nurture", "--idle-days", "soon"], as: "elena")
        #expect(bad.status == 1 && bad.error == "handoff: --idle-days takes a number of days or none, not 'soon'\n")
        let nothing = try run(board, ["stage", "set", "nurture"], as: "elena")
        #expect(
            nothing.status == 2
                && nothing.error.hasPrefix(
                    "error: 'stage set' needs --idle-days N|none or --probability P: what to change\n\nusage: handoff stage")
        )
        let unknown = try run(board, ["stage", "delete", "lead"], as: "elena")
        #expect(unknown.status == 2 && unknown.error.hasPrefix("error: unknown stage command 'delete'; stage commands: list, rename, set"))

        // The board reads the new title; the audit says who renamed what, acting as whom.
        #expect(try run(board, ["snapshot"], as: "zoe").output.contains("Nuevo lead"))
        let asElena = try run(board, ["stage", "rename", "sal", "Aceptado", "--as", "elena"], as: "root")
        #expect(asElena.status == 1 && asElena.error.contains("--as elena: root is not a member of this board"))
        try board.open().addMember(Member(login: "root", name: "Root", team: "admin"), actor: "elena")
        #expect(try run(board, ["stage", "rename", "sal", "Aceptado", "--as", "elena"], as: "root").status == 0)
        let log = try run(board, ["log", "--json"], as: "zoe")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [[String: Any]])
        let renames = entries.filter { $0["kind"] as? String == "stage_renamed" }
        #expect(renames.map { $0["detail"] as? String } == ["New lead -> Nuevo lead", "Accepted (SAL) -> Aceptado"])
        #expect(renames.map { $0["actor"] as? String } == ["elena", "elena"])
        #expect(renames.map { $0["acted_by"] as? String } == [nil, "root"])
        #expect(try run(board, ["log"], as: "zoe").output.contains("elena (by root)"))
    }

    @Test func membersAreRemovedByAdminsButNeverTheLastAdmin() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        #expect(try run(board, ["note", "7", "Called, back on Monday"], as: "ben").status == 0)
        let byAna = try run(board, ["member", "remove", "ben"], as: "ana")
        #expect(
            byAna.status == 1
                && byAna.error == "handoff: Ana López (ana, sales) may not add, change or remove members; admin may. Nothing was changed.\n"
        )
        let last = try run(board, ["member", "remove", "elena"], as: "elena")
        #expect(last.status == 1 && last.error.hasPrefix("handoff: elena is the board's only admin; add another admin first"))
        let removed = try run(board, ["member", "remove", "ben"], as: "elena")
        #expect(removed.status == 0)
        #expect(
            removed.output == """
                Removed ben (Ben Okafor, sales). Their past changes keep their name in the log.
                1 open lead is still owned by ben; find it with handoff inbox or the board's filter (/owner:ben) and give it to someone.

                """)
        let unknown = try run(board, ["member", "remove", "ben"], as: "elena")
        #expect(unknown.status == 1 && unknown.error == "handoff: 'ben' is not a member of this board; members: ana, elena, marta\n")
        #expect(!(try run(board, ["member", "list"], as: "zoe").output.contains("Ben Okafor")))
        // Ben's note is still his, by name.
        let log = try run(board, ["log", "--json", "--lead", "7"], as: "zoe")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [[String: Any]])
        let note = try #require(entries.last)
        #expect(note["kind"] as? String == "note" && note["actor"] as? String == "ben" && note["actor_name"] as? String == "Ben Okafor")
        #expect(try run(board, ["log"], as: "zoe").output.contains("board: member ben"))
    }
}
