import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// An import is no way onto the team: owners the board does not know join it only when whoever
/// imports may add members, with a board event each; anyone else's import refuses them with their
/// row, or with `--skip-unknown-owners` imports those leads without an owner.
@Suite struct ImportOwnerTests {
    let now = TemporaryBoard.now

    func demoBoard(_ board: TemporaryBoard) throws -> Store {
        let store = try board.open()
        try DemoLoader(folder: Fixtures.sampleData).load(into: store, now: now)
        return store
    }

    func write(_ text: String, in board: TemporaryBoard) throws -> String {
        let path = board.folder + "/owners.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    let file = """
        id,name,company,owner,stage
        7001,Marie Dubois,Atelier Lumière,ana,lead
        7002,Kofi Mensah,Accra Solar,mallory,mql
        7003,Íñigo Muñoz,Panadería García,Mallory,lead

        """

    @Test func aMarketingImportRefusesAnOwnerWhoIsNotOnTheTeamAndWritesNothing() throws {
        let board = TemporaryBoard()
        let store = try demoBoard(board)
        let before = try DatabaseDigest.of(board.path)
        let report = try store.importCSV(at: try write(file, in: board), options: ImportOptions(), actor: "lucia", now: now)
        #expect(report.refused && report.rejected == 2)
        #expect(report.rejects.map(\.row) == [3, 4])
        #expect(report.rejects.first?.column == "owner")
        #expect(
            report.rejects.first?.reason.description == """
                owner 'mallory' is not a member of this board, and only admin may add members: ask one to add them \
                (handoff member add mallory --name NAME --team sales), or pass --skip-unknown-owners to import such leads without an owner
                """)
        #expect(try DatabaseDigest.of(board.path) == before)
        #expect(try store.member(login: "mallory") == nil)
    }

    @Test func withSkipUnknownOwnersTheirLeadsComeInWithoutAnOwner() throws {
        let board = TemporaryBoard()
        let store = try demoBoard(board)
        let boardEvents = try store.boardEventCount()
        let report = try store.importCSV(
            at: try write(file, in: board), options: ImportOptions(skipUnknownOwners: true), actor: "lucia", now: now)
        #expect(report.committed && report.created == 3 && report.rejected == 0)
        #expect(report.skippedOwners == ["mallory": 1, "Mallory": 1])
        #expect(
            report.summaryLines.map(\.description).contains(
                "  owners not on the board, whose leads were imported without an owner: Mallory (1 row), mallory (1 row)"))
        #expect(try [7001, 7002, 7003].map { try store.requireLead(id: $0).owner } == ["ana", nil, nil])
        #expect(try store.member(login: "mallory") == nil)
        #expect(try store.boardEventCount() == boardEvents)
        // An update naming an unknown owner leaves the lead's own owner as it was.
        let update = try write("id,owner\n7001,mallory\n", in: board)
        #expect(try store.importCSV(at: update, options: ImportOptions(skipUnknownOwners: true), actor: "lucia", now: now).committed)
        #expect(try store.requireLead(id: 7001).owner == "ana")
    }

    @Test func anAdminsImportAddsThemWithABoardEventEach() throws {
        let board = TemporaryBoard()
        let store = try demoBoard(board)
        let report = try store.importCSV(at: try write(file, in: board), options: ImportOptions(), actor: "elena", now: now)
        #expect(report.committed && report.created == 3 && report.createdOwners == ["mallory"])
        #expect(try store.member(login: "mallory")?.team == "sales")
        let events = try store.boardEvents(since: now, limit: 10).map { "\($0.kind) \($0.subject) \($0.detail ?? "") \($0.actor)" }
        #expect(events == ["member_added mallory mallory, sales (import) elena"])
        #expect(try BoardCheck.run(path: board.path).passed)
    }

    @Test func aMembersImportRecordsEveryChangeAsABoardEvent() throws {
        let board = TemporaryBoard()
        let store = try demoBoard(board)
        let path = try write("login,name,team\nmallory,Mallory,sales\nana,Ana López,marketing\ntom,Tom Baker,sales\n", in: board)
        #expect(throws: HandoffError.self) {
            try store.importCSV(at: path, options: ImportOptions(kind: .members), actor: "lucia", now: now)
        }
        let report = try store.importCSV(at: path, options: ImportOptions(kind: .members), actor: "elena", now: now)
        #expect(report.committed && report.created == 1 && report.updated == 1)
        let events = try store.boardEvents(since: now, limit: 10).map { "\($0.kind) \($0.subject) \($0.detail ?? "")" }
        #expect(events == ["member_added mallory Mallory, sales (import)", "member_changed ana Ana López, marketing (import)"])
    }
}
