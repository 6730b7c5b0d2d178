import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Permissions by team, from the `permissions` table, enforced inside the store's write path: each
/// action refused for the wrong team says who may, and writes nothing at all.
@Suite struct PermissionStoreTests {
    let now = TemporaryBoard.now

    /// Every table a write may touch, counted, plus the sum of lead versions.
    func footprint(_ store: Store) throws -> [Int64] {
        try ["events", "notes", "lead_snapshots", "responses", "leads", "members", "permissions"].map {
            try store.connection.scalar("SELECT count(*) FROM \($0)") ?? -1
        } + [try store.connection.scalar("SELECT sum(version) FROM leads") ?? -1]
    }

    func refusal(_ store: Store, _ command: Command, as actor: String) -> String? {
        do {
            try store.apply(command, actor: actor, at: now)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test func everyActionIsRefusedForTheWrongTeamSayingWhoMayAndWritingNothing() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let untouched = try footprint(store)
        let marta = "Marta Ruiz (marta, marketing) may not"
        let ben = "Ben Okafor (ben, sales) may not"
        let cases: [(Command, String, String)] = [
            // Marketing does not answer handoffs, work deals or close them.
            (
                .accept(leadID: 3, owner: nil, expectedVersion: nil), "marta",
                "\(marta) accept handed-off leads; sales and admin may. Nothing was changed."
            ),
            (
                .reject(leadID: 3, reason: "student", comment: "", expectedVersion: nil), "marta",
                "\(marta) reject handed-off leads; sales and admin may. Nothing was changed."
            ),
            (
                .move(leadID: 3, toStage: "sal", expectedVersion: nil), "marta",
                "\(marta) accept handed-off leads; sales and admin may. Nothing was changed."
            ),
            (
                .move(leadID: 4, toStage: "negotiation", expectedVersion: nil), "marta",
                "\(marta) move leads between the sales stages; sales and admin may. Nothing was changed."
            ),
            (
                .won(leadID: 4, amount: 1_000, expectedVersion: nil), "marta",
                "\(marta) mark leads won or lost; sales and admin may. Nothing was changed."
            ),
            (
                .lost(leadID: 1, reason: "price", expectedVersion: nil), "marta",
                "\(marta) mark leads won or lost; sales and admin may. Nothing was changed."
            ),
            (
                .move(leadID: 4, toStage: "won", expectedVersion: nil), "marta",
                "\(marta) mark leads won or lost; sales and admin may. Nothing was changed."
            ),
            (
                .edit(leadID: 4, LeadDraft(name: "Sarah O'Neill", company: "Kettle and Co"), expectedVersion: nil), "marta",
                "\(marta) edit leads in the sales stages; sales and admin may. Nothing was changed."
            ),
            // Sales does not create leads, edit or move them on marketing's side, or hand them off.
            (.create(LeadDraft(name: "Nadia Haddad")), "ben", "\(ben) create leads; marketing and admin may. Nothing was changed."),
            (
                .edit(leadID: 1, LeadDraft(name: "Lucía Fernández", company: "Ñandú"), expectedVersion: nil), "ben",
                "\(ben) edit leads in the marketing stages; marketing and admin may. Nothing was changed."
            ),
            (
                .edit(leadID: 3, LeadDraft(name: "Íñigo Muñoz", company: "Panadería"), expectedVersion: nil), "ben",
                "\(ben) edit leads in the marketing stages; marketing and admin may. Nothing was changed."
            ),
            (
                .move(leadID: 1, toStage: "nurture", expectedVersion: nil), "ben",
                "\(ben) move leads between the marketing stages; marketing and admin may. Nothing was changed."
            ),
            (
                .move(leadID: 1, toStage: "mql", expectedVersion: nil), "ben",
                "\(ben) hand leads off to sales; marketing and admin may. Nothing was changed."
            ),
            // Skipping the handoff: a marketing lead straight into a sales stage is sales' move.
            (
                .move(leadID: 1, toStage: "sql", expectedVersion: nil), "marta",
                "\(marta) move leads from the marketing stages straight into the sales stages; sales and admin may. Nothing was changed."
            ),
            // Moving a deal back out of sales is named as what it is, not as a handoff or a marketing move.
            (
                .move(leadID: 4, toStage: "mql", expectedVersion: nil), "ben",
                "\(ben) move leads back from the sales stages into the handoff stage; marketing and admin may. Nothing was changed."
            ),
            (
                .move(leadID: 4, toStage: "nurture", expectedVersion: nil), "ben",
                "\(ben) move leads back from the sales stages to marketing; marketing and admin may. Nothing was changed."
            ),
            (
                .move(leadID: 5, toStage: "proposal", expectedVersion: nil), "marta",
                "\(marta) move closed leads back into the sales stages; sales and admin may. Nothing was changed."
            ),
            // A bulk answer is refused whole if one of its commands is.
            (
                .batch([.note(leadID: 1, body: "ok", due: nil), .accept(leadID: 6, owner: nil, expectedVersion: nil)]), "marta",
                "\(marta) accept handed-off leads; sales and admin may. Nothing was changed."
            ),
            // Someone who is not a member reads only, and is told how to be added.
            (
                .note(leadID: 1, body: "hello", due: nil), "zoe",
                "zoe is not a member of this board, so it is read-only for them; nothing was changed. An admin adds members with `handoff member add LOGIN --name NAME --team marketing|sales|success|admin` (see `handoff member list`)."
            ),
            (.undo, "zoe", Permissions.notAMember("zoe").description),
        ]
        for (command, actor, message) in cases {
            #expect(refusal(store, command, as: actor) == message, "\(command) as \(actor)")
        }
        #expect(throws: HandoffError.notPermitted("\(ben) edit the scoring rules; marketing and admin may. Nothing was changed.")) {
            try store.require(.editScoring, actor: "ben")
        }
        #expect(throws: HandoffError.notPermitted("\(ben) import leads; marketing and admin may. Nothing was changed.")) {
            try store.require(.importLeads, actor: "ben")
        }
        #expect(throws: HandoffError.notPermitted("\(marta) edit the stages; admin may. Nothing was changed.")) {
            try store.require(.editStages, actor: "marta")
        }
        #expect(throws: HandoffError.notPermitted("\(marta) add, change or remove members; admin may. Nothing was changed.")) {
            try store.addMember(Member(login: "zoe", name: "Zoe Park", team: "sales"), actor: "marta")
        }
        #expect(throws: HandoffError.notPermitted("\(ben) create leads; marketing and admin may. Nothing was changed.")) {
            try store.createLead(Lead(id: 0, name: "Side door", stage: "lead", createdAt: now, enteredAt: now), actor: "ben")
        }
        #expect(try footprint(store) == untouched)
    }

    @Test func eachTeamDoesItsOwnPartAndAdminsEverything() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "marta", at: now)
        try store.apply(.move(leadID: 1, toStage: "mql", expectedVersion: nil), actor: "marta", at: now)
        try store.apply(.accept(leadID: 1, owner: nil, expectedVersion: nil), actor: "ben", at: now)
        try store.apply(.move(leadID: 1, toStage: "sql", expectedVersion: nil), actor: "ben", at: now)
        try store.apply(.note(leadID: 1, body: "Both teams write notes", due: nil), actor: "marta", at: now)
        try store.apply(.won(leadID: 1, amount: 5_000, expectedVersion: nil), actor: "ben", at: now)
        try store.require(.editScoring, actor: "marta")
        try store.require(.runMeeting, actor: "ben")
        // The admin row is `*`: every ability, including ones added after the table was made.
        for ability in Ability.allCases { try store.require(ability, actor: "elena") }
        try store.apply(.move(leadID: 2, toStage: "sql", expectedVersion: nil), actor: "elena", at: now)
        try store.apply(.lost(leadID: 2, reason: "timing", expectedVersion: nil), actor: "elena", at: now)
        #expect(try store.lead(id: 1)?.stage == "won" && store.lead(id: 2)?.stage == "lost")
    }

    @Test func permissionsAreDataATeamChangesThemWithARow() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        #expect(throws: HandoffError.self) {
            try store.apply(.move(leadID: 1, toStage: "mql", expectedVersion: nil), actor: "ben", at: now)
        }
        try store.connection.execute("INSERT INTO permissions(team, ability) VALUES ('sales', 'hand_off')")
        try store.apply(.move(leadID: 1, toStage: "mql", expectedVersion: nil), actor: "ben", at: now)
        try store.connection.execute("DELETE FROM permissions WHERE team = 'sales' AND ability = 'note'")
        #expect(
            throws: HandoffError.notPermitted(
                "Ben Okafor (ben, sales) may not add notes and next steps; marketing, success and admin may. Nothing was changed.")
        ) {
            try store.apply(.note(leadID: 4, body: "x", due: nil), actor: "ben", at: now)
        }
        try store.connection.execute("INSERT INTO permissions(team, ability) VALUES ('everyone', 'note')")
        try store.apply(.note(leadID: 4, body: "Everyone writes notes again", due: nil), actor: "ben", at: now)
    }

    @Test(.enabled(if: !TemporaryBoard.onServer, "a file has no roles"))
    func aViewerIsAServerRoleAndAFileSaysHowToLookWithoutWriting() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        #expect(
            throws: HandoffError.invalidInput(
                "a viewer is a role on a server board; on a file, anyone who can read it opens it with --read-only")
        ) {
            try store.addViewer(login: "screen", actor: "elena")
        }
        #expect(try store.viewers().isEmpty)
    }

    @Test func aBoardWithoutMembersIsPersonalAndItsFirstMemberIsAnAdmin() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        // Anyone, under any name, may do everything on a personal board.
        try store.apply(.move(leadID: 4, toStage: "negotiation", expectedVersion: nil), actor: "whoever", at: now)
        try store.apply(.create(LeadDraft(name: "Nadia Haddad")), actor: "someone else", at: now)
        #expect(
            throws: HandoffError.invalidInput(
                "the first member of a board must be an admin, so someone can add the others: handoff member add me --name NAME --team admin"
            )
        ) {
            try store.addMember(Member(login: "tom", name: "Tom Baker", team: "sales"), actor: "me")
        }
        #expect(try !store.hasMembers())
        try store.addMember(Member(login: "me", name: "Me Myself", team: "admin"), actor: "me")
        try store.addMember(Member(login: "tom", name: "Tom Baker", team: "sales"), actor: "me")
        // Now the board is shared: the name nobody added may only read.
        #expect(throws: HandoffError.notPermitted(Permissions.notAMember("whoever"))) {
            try store.apply(.move(leadID: 4, toStage: "proposal", expectedVersion: nil), actor: "whoever", at: now)
        }
        #expect(
            throws: HandoffError.invalidInput("me is the board's only admin; add another admin first, so someone can still manage members")
        ) {
            try store.addMember(Member(login: "me", name: "Me Myself", team: "sales"), actor: "me")
        }
        #expect(throws: HandoffError.self) { try store.addMember(Member(login: "bad login", name: "X", team: "sales"), actor: "me") }
        #expect(throws: HandoffError.self) { try store.addMember(Member(login: "ok", name: "X", team: "finance"), actor: "me") }
        #expect(try store.members().map(\.login) == ["me", "tom"])
    }

    @Test func actingAsAnotherMemberIsForThoseAllowed() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        // Yourself, always; another member, only with act_as (admins).
        #expect(try store.actingLogin(osLogin: "ben", requested: nil) == "ben")
        #expect(try store.actingLogin(osLogin: "ben", requested: "ben") == "ben")
        #expect(try store.actingLogin(osLogin: "elena", requested: "ana") == "ana")
        #expect(
            throws: HandoffError.notPermitted(
                "--as ana: Ben Okafor (ben, sales) may not act as another member (--as); admin may. Nothing was changed.")
        ) {
            try store.actingLogin(osLogin: "ben", requested: "ana")
        }
        #expect(
            throws: HandoffError.notPermitted("--as nobody: no member has that login; `handoff member list` shows who is on this board")
        ) {
            try store.actingLogin(osLogin: "elena", requested: "nobody")
        }
        #expect(
            throws: HandoffError.notPermitted(
                "--as ana: zoe is not a member of this board, and only admin may act as another member. \(Permissions.howToJoin)")
        ) {
            try store.actingLogin(osLogin: "zoe", requested: "ana")
        }
        // An unknown login is who it says, and may read: the board says why it cannot write.
        #expect(try store.actingLogin(osLogin: "zoe", requested: nil) == "zoe")
        #expect(try store.writeRefusal(for: "zoe") == Permissions.notAMember("zoe"))
        #expect(try store.writeRefusal(for: "ben") == nil)
        // The demo grants act_as to everyone, people who are not members included.
        try store.connection.execute("INSERT INTO permissions(team, ability) VALUES ('everyone', 'act_as')")
        #expect(try store.actingLogin(osLogin: "zoe", requested: "ana") == "ana")
        #expect(try store.actingLogin(osLogin: "ben", requested: "marta") == "marta")
    }

    @Test func aReadOnlyBoardRefusesEveryWriteEntryPoint() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        let store = try board.open(readOnly: true)
        let untouched = try footprint(store)
        let refusal = HandoffError.notPermitted("this board is open read-only; nothing was changed")
        #expect(throws: refusal) { try store.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "elena", at: now) }
        #expect(throws: refusal) { try store.apply(.note(leadID: 1, body: "x", due: nil), actor: "elena", at: now) }
        #expect(throws: refusal) { try store.addMember(Member(login: "zoe", name: "Zoe", team: "sales"), actor: "elena") }
        #expect(throws: refusal) { try store.require(.editScoring, actor: "elena") }
        #expect(try store.writeRefusal(for: "elena")?.description == refusal.description)
        #expect(try footprint(store) == untouched)
    }
}
