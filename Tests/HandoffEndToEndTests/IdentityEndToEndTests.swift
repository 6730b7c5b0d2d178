import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Nobody can be someone else: the login comes from the real user id, whatever `$USER` and
/// `$LOGNAME` say, and who really acted under `--as` is always that login. Each command runs as a
/// user id of its own on a board shared with the team's group.
@Suite(.enabled(if: SystemAccounts.available, "runs the binary as other users: needs root and unshare --mount, as in CI"))
struct IdentityEndToEndTests {
    @Test func aSpoofedUserCannotAddAnAdmin() throws {
        let host = try TeamHost()
        try host.makeSharedBoard()
        let before = try DatabaseDigest.of(host.path)
        let spoofed = try host.run(
            ["member", "add", "lucia", "--name", "Lucía", "--team", "admin"], as: "lucia",
            environment: ["USER": "elena", "LOGNAME": "elena"])
        #expect(spoofed.status == 1)
        #expect(
            spoofed.error == "handoff: Lucia (lucia, marketing) may not add, change or remove members; admin may. Nothing was changed.\n",
            "\(spoofed.error)")
        #expect(try DatabaseDigest.of(host.path) == before)
        // The real admin still can, and the log says who did it.
        let real = try host.run(["member", "add", "ana", "--name", "Ana", "--team", "sales"], as: "elena", environment: ["USER": "lucia"])
        #expect(real.status == 0, "\(real.error)")
    }

    @Test func actedByIsTheRealLoginWhateverTheEnvironmentSays() throws {
        let host = try TeamHost()
        try host.makeSharedBoard()
        let lead = try host.run(["import", try csv(in: host)], as: "elena")
        #expect(lead.status == 0, "\(lead.error)")
        // lucia may not act as anyone; claiming to be elena changes nothing.
        let refused = try host.run(["note", "1", "hello", "--as", "ana"], as: "lucia", environment: ["USER": "elena", "LOGNAME": "elena"])
        #expect(
            refused.status == 1 && refused.error.contains("--as ana: Lucia (lucia, marketing) may not act as another member"),
            "\(refused.error)")
        // elena may; the event names the member acted as and elena, not the name in $USER.
        let note = try host.run(["note", "1", "hello", "--as", "ana"], as: "elena", environment: ["USER": "ana", "LOGNAME": "mallory"])
        #expect(note.status == 0, "\(note.error)")
        let log = try host.run(["log", "--lead", "1", "--json"], as: "ana")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [[String: Any]])
        let last = try #require(entries.last)
        #expect(last["kind"] as? String == "note" && last["actor"] as? String == "ana" && last["acted_by"] as? String == "elena")
        // Without --as, $USER naming someone else is ignored: the note is lucia's own.
        let own = try host.run(["note", "1", "mine"], as: "lucia", environment: ["USER": "elena"])
        #expect(own.status == 0, "\(own.error)")
        let mine = try host.run(["log", "--lead", "1", "--actor", "lucia", "--json"], as: "lucia")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(mine.output.utf8)) as? [[String: Any]])
        #expect(rows.last?["detail"] as? String == "mine" && rows.last?["acted_by"] is NSNull)
    }

    /// The report's case: a marketer imports a file whose owner column names mallory, who is in
    /// the group but not on the board. Mallory must not join the team, nor close a deal after.
    @Test func aMarketingImportIsNoWayOntoTheTeam() throws {
        let host = try TeamHost()
        try host.makeSharedBoard()
        let file = host.board.folder + "/deals.csv"
        try "id,name,company,owner,stage\n1,Marie Dubois,Atelier Lumière,mallory,proposal\n2,Kofi Mensah,Accra Solar,ana,sal\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o644)
        let refused = try host.run(["import", file, "--kind", "deals"], as: "lucia")
        #expect(refused.status == 1)
        #expect(
            refused.error.contains(
                "1 row, column owner:\n    row 2: owner 'mallory' is not a member of this board, and only admin may add members"),
            "\(refused.error)")
        let skipped = try host.run(["import", file, "--kind", "deals", "--skip-unknown-owners"], as: "lucia")
        #expect(skipped.status == 0, "\(skipped.error)")
        #expect(skipped.output.contains("owners not on the board, whose leads were imported without an owner: mallory (1 row)"))
        let members = try host.run(["member", "list", "--json"], as: "lucia")
        #expect(!members.output.contains("mallory"))
        let won = try host.run(["won", "1", "--amount", "90000"], as: "mallory")
        #expect(won.status == 1 && won.error.contains("mallory is not a member of this board"), "\(won.error)")
        let log = try host.run(["log", "--json"], as: "elena")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [[String: Any]])
        #expect(!entries.contains { $0["actor"] as? String == "mallory" || $0["subject"] as? String == "mallory" })
    }

    private func csv(in host: TeamHost) throws -> String {
        let path = host.board.folder + "/one.csv"
        try "id,name,company\n1,Marie Dubois,Atelier Lumière\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o644)
        return path
    }
}
