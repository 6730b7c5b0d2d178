import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// What only admins may do to the board itself: rename stages and change their settings, remove
/// members; refused to others with who may, recorded in the audit; and `--as` recorded with who
/// really acted.
@Suite struct BoardAdminStoreTests {
    let now = TemporaryBoard.now

    @Test func anAdminRenamesAStageAndEveryoneElseIsToldWhoMay() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        #expect(throws: HandoffError.notPermitted("Ana López (ana, sales) may not edit the stages; admin may. Nothing was changed.")) {
            try store.renameStage("lead", to: "Nuevo lead", actor: "ana", now: now)
        }
        #expect(store.pipeline.stage("lead")?.title == "New lead")
        #expect(try store.boardEventCount() == 4)

        let renamed = try store.renameStage("lead", to: "  Nuevo lead ", actor: "elena", now: now)
        #expect(renamed.title == "Nuevo lead")
        #expect(store.pipeline.stage("lead")?.title == "Nuevo lead")
        #expect(try board.open(readOnly: true).pipeline.stage("lead")?.title == "Nuevo lead")
        // Members were added at the wall clock's time; the rename at the board's fixed `now`.
        let event = try #require(try store.boardEvents(limit: 50).last { $0.kind == "stage_renamed" })
        #expect(
            event
                == BoardEvent(
                    id: event.id, at: now, actor: "elena", kind: "stage_renamed", subject: "lead", detail: "New lead -> Nuevo lead"))

        #expect(
            throws: HandoffError.invalidInput("stage lead is already called 'Nuevo lead'; two columns with one name cannot be told apart")
        ) {
            try store.renameStage("nurture", to: "nuevo LEAD", actor: "elena", now: now)
        }
        #expect(throws: HandoffError.invalidInput("a stage title is 1 to 40 characters on one line, not '   '")) {
            try store.renameStage("nurture", to: "   ", actor: "elena", now: now)
        }
        #expect(throws: HandoffError.unknownStage("leads", known: store.pipeline.stages.map(\.id))) {
            try store.renameStage("leads", to: "Leads", actor: "elena", now: now)
        }
    }

    @Test func theStaleLimitAndProbabilityAreChangedWithinBounds() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let stage = try store.setStage("proposal", idleDays: .some(7), probability: 0.4, actor: "elena", now: now)
        #expect(stage.idleDays == 7 && stage.probability == 0.4)
        #expect(try board.open(readOnly: true).pipeline.stage("proposal").map { ($0.idleDays, $0.probability) } ?? (nil, 0) == (7, 0.4))
        #expect(try store.boardEvents(limit: 50).last { $0.kind == "stage_changed" }?.detail == "probability 0.5 -> 0.4; idle days 14 -> 7")
        #expect(try store.setStage("proposal", idleDays: .some(nil), actor: "elena", now: now).idleDays == nil)
        #expect(throws: HandoffError.invalidInput("--probability is a chance from 0 to 1 (0.25 for one deal in four), not 1.5")) {
            try store.setStage("proposal", probability: 1.5, actor: "elena", now: now)
        }
        #expect(throws: HandoffError.invalidInput("won is an outcome; its probability (1.0) says whether it is the win, so it stays")) {
            try store.setStage("won", probability: 0.9, actor: "elena", now: now)
        }
        #expect(throws: HandoffError.notPermitted("Marta Ruiz (marta, marketing) may not edit the stages; admin may. Nothing was changed."))
        {
            try store.setStage("lead", idleDays: .some(3), actor: "marta", now: now)
        }
        #expect(store.pipeline.stage("lead")?.idleDays == 14)
    }

    @Test func removingAMemberKeepsTheirPastEventsReadableAndTheLastAdmin() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        try store.connection.execute("UPDATE campaigns SET owner = 'marta' WHERE id = 'spring'")
        try store.connection.execute("INSERT INTO routing_rules(position, field, value, assignee) VALUES (1, 'source', 'fair', 'ben')")
        #expect(
            throws: HandoffError.notPermitted(
                "Ana López (ana, sales) may not add, change or remove members; admin may. Nothing was changed.")
        ) {
            try store.removeMember(login: "ben", actor: "ana", now: now)
        }
        #expect(
            throws: HandoffError.invalidInput(
                "elena is the board's only admin; add another admin first, so someone can still manage members. Nothing was changed.")
        ) {
            try store.removeMember(login: "elena", actor: "elena", now: now)
        }
        let ben = try store.removeMember(login: "ben", actor: "elena", now: now)
        // Kofi Mensah (lead 7, owner ben) waits in the inbox: still owned by ben.
        #expect(
            ben
                == MemberRemoval(
                    member: Member(login: "ben", name: "Ben Okafor", team: "sales"), routingRules: 1, campaigns: [], openLeads: 1))
        #expect(try store.member(login: "ben") == nil)
        #expect(try store.connection.scalar("SELECT count(*) FROM routing_rules") == 0)
        let marta = try store.removeMember(login: "marta", actor: "elena", now: now)
        #expect(marta.campaigns == ["spring"])
        #expect(try store.connection.scalar("SELECT count(*) FROM campaigns WHERE owner IS NOT NULL") == 0)
        // Her past events still read with her name.
        #expect(try store.displayName(login: "marta") == "Marta Ruiz")
        let created = try store.log(Store.LogQuery(leadID: 6), limit: 10)
        #expect(created.first?.event.actor == "marta" && created.first?.actorName == "Marta Ruiz")
        #expect(
            try store.boardEvents(limit: 50).filter { $0.kind == "member_removed" }.map(\.detail) == [
                "Ben Okafor, sales; 1 routing rule deleted; 1 open lead still owned",
                "Marta Ruiz, marketing; campaign spring without an owner",
            ])
        // Someone removed may not write any more.
        #expect(throws: HandoffError.notPermitted(Permissions.notAMember("ben"))) {
            try store.apply(.accept(leadID: 6, owner: nil, expectedVersion: nil), actor: "ben", at: now)
        }
    }

    @Test func actingAsAnotherMemberRecordsWhoReallyActed() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        let store = try board.open()
        #expect(try store.actingLogin(osLogin: "elena", requested: "ana") == "ana")
        let accepted = try store.apply(.accept(leadID: 6, owner: nil, expectedVersion: nil), actor: "ana", at: now)
        try store.addActionItem(item: nil, body: "Call Marie", owner: "ana", due: nil, actor: "ana", now: now)
        #expect(try store.events(leadID: 6, limit: 1).first?.actedBy == "elena")
        #expect(try store.events(leadID: 6, limit: 1).first?.id == accepted.id)
        #expect(try store.events(leadID: 6, limit: 1).first?.actorWithProxy == "ana (by elena)")
        #expect(try store.boardEvents(limit: 50).last { $0.kind == "action_added" }?.actedBy == "elena")
        // Elena's own session, without --as: nothing extra is recorded.
        let own = try board.open()
        #expect(try own.actingLogin(osLogin: "elena", requested: nil) == "elena")
        try own.apply(.move(leadID: 1, toStage: "nurture", expectedVersion: nil), actor: "elena", at: now)
        #expect(try own.events(leadID: 1, limit: 1).first.map { ($0.actor, $0.actedBy) } ?? ("", "") == ("elena", nil))
    }

    @Test func importsAndRescoringsUnderAnotherNameRecordWhoReallyActed() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        #expect(try store.actingLogin(osLogin: "elena", requested: "lucia") == "lucia")
        let file = board.folder + "/two.csv"
        try "name,company,stage\nAda Byron,Analytical Ltd,lead\nBob Crane,Crane & Co,nurture\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let report = try store.importCSV(at: file, options: ImportOptions(), actor: "lucia", now: now)
        #expect(report.committed && report.created == 2)
        let load = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now)
        #expect(load.changed > 0)
        let written = try store.connection.prepare(
            """
            SELECT kind, actor, coalesce(acted_by, '-'), count(*) FROM events WHERE at = ? AND kind IN ('created', 'scored') GROUP BY 1, 2, 3 ORDER BY 1
            """
        ).rows([.integer(now)]) { "\($0.string(0)) \($0.string(1)) \($0.string(2)) \($0.int(3))" }
        #expect(written == ["created lucia elena 2"])
        let rescoring = try store.connection.prepare("SELECT actor, acted_by, detail FROM board_events WHERE kind = 'rescored'")
            .rows([]) { "\($0.string(0)) \($0.string(1)) \($0.string(2).prefix(while: { $0 != ";" }))" }
        #expect(rescoring == ["lucia elena \(load.changed) changes"])
        // Elena importing as herself: nothing extra is recorded.
        let own = try board.open()
        #expect(try own.actingLogin(osLogin: "elena", requested: nil) == "elena")
        let again = board.folder + "/one.csv"
        try "name,stage\nCarla Diaz,lead\n".write(toFile: again, atomically: true, encoding: .utf8)
        _ = try own.importCSV(at: again, options: ImportOptions(), actor: "elena", now: now)
        #expect(
            try own.connection.scalar("SELECT count(*) FROM events WHERE actor = 'elena' AND acted_by IS NULL AND detail = 'import'") == 1)
    }
}
