import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// What a board shows when other terminals change the data: the change without a key press, the
/// selection kept (and following a lead someone moved), conflicts explained, refusals at once,
/// and who else is here.
@Suite struct LiveUpdateTests {
    let now = TemporaryBoard.now

    @Test func theSelectionFollowsALeadAnotherTerminalMovedAndSaysWhoMovedIt() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedInboxBoard(), actor: "marta", width: 160, height: 40, now: now)
        // Tom Baker entered New lead last, so he is the first card, selected.
        #expect(app.state.selectedColumn == 0 && app.state.selectedLead?.id == 2)
        try board.open().apply(.move(leadID: 2, toStage: "nurture", expectedVersion: nil), actor: "elena", at: now)
        #expect(app.pollForChanges(now: now))
        #expect(app.state.selectedColumn == 1)
        #expect(app.state.selectedLead?.id == 2)
        #expect(app.state.status?.text == "Tom Baker: Elena Vidal moved it to Nurturing")
        // Nothing changed since: the next tick reloads nothing.
        #expect(!app.pollForChanges(now: now))
    }

    @Test func aSelectedLeadPushedOutOfTheWindowStaysSelectedOnItsRow() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        for id in 1...12 {
            try store.createLead(
                Lead(id: Int64(id), name: "Lead \(id)", stage: "lead", createdAt: Int64(id), enteredAt: Int64(id)), actor: "seed")
        }
        // 30 lines hold five cards a column.
        let app = AppRuntime(store: store, actor: "tom", width: 160, height: 30, now: now)
        for _ in 0..<3 { app.send(.key(.character("j"))) }
        #expect(app.state.selectedLead?.id == 9 && app.state.columns[0].selected == 3)
        // Another terminal adds four newer leads on top of the column.
        let other = try board.open()
        for id in 13...16 {
            try other.createLead(
                Lead(id: Int64(id), name: "Lead \(id)", stage: "lead", createdAt: Int64(id), enteredAt: Int64(id)), actor: "seed")
        }
        #expect(app.pollForChanges(now: now))
        let column = app.state.columns[0]
        #expect(column.selectedLead?.id == 9 && column.selected == 3)
        #expect(column.firstRank == 4)
        #expect(column.rows.map(\.id) == [12, 11, 10, 9, 8])
        #expect(column.total.leads == 16)
        #expect(app.render().text.contains("▲4"))
    }

    @Test func aConflictOnTheBoardSaysWhoChangedTheLeadAndShowsItWhereItIsNow() throws {
        let board = TemporaryBoard()
        let first = AppRuntime(store: try board.seedInboxBoard(), actor: "ben", width: 160, height: 40, now: now)
        let second = AppRuntime(store: try board.open(), actor: "ana", width: 160, height: 40, now: now)
        for app in [first, second] {
            for _ in 0..<5 { app.send(.key(.character("l"))) }
            #expect(app.state.selectedLead?.id == 4)
        }
        let history = try board.open().events(leadID: 4).count
        // Both press L at once; the second key is handled before its board saw the first move.
        first.send(.key(.character("L")))
        second.send(.key(.character("L")))
        #expect(first.state.status?.text == "Moved Sarah O'Neill to Negotiation")
        #expect(
            second.state.status?.text
                == "Sarah O'Neill (lead 4) was changed by Ben Okafor a moment ago (moved it to Negotiation); now in Negotiation, owner ana. Nothing was overwritten."
        )
        #expect(second.state.status?.tone == .error)
        // The second board shows the new state: the lead in Negotiation, still selected.
        #expect(second.state.columns[second.state.selectedColumn].stage.id == "negotiation")
        #expect(second.state.selectedLead?.id == 4)
        let after = try board.open()
        #expect(try after.lead(id: 4)?.stage == "negotiation")
        #expect(try after.events(leadID: 4).count == history + 1)
    }

    @Test func keysATeamMayNotUseAreRefusedBeforeAnyFormOpens() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let marketing = AppRuntime(store: store, actor: "marta", width: 160, height: 40, now: now)
        for _ in 0..<5 { marketing.send(.key(.character("l"))) }
        marketing.send(.key(.character("w")))
        #expect(marketing.state.overlay == nil)
        #expect(
            marketing.state.status?.text
                == "Marta Ruiz (marta, marketing) may not mark leads won or lost; sales and admin may. Nothing was changed.")
        marketing.send(.key(.character("L")))
        #expect(
            marketing.state.status?.text
                == "Marta Ruiz (marta, marketing) may not move leads between the sales stages; sales and admin may. Nothing was changed.")

        let sales = AppRuntime(store: try board.open(), actor: "ben", width: 160, height: 40, now: now)
        sales.send(.key(.character("n")))
        #expect(sales.state.overlay == nil)
        #expect(sales.state.status?.text == "Ben Okafor (ben, sales) may not create leads; marketing and admin may. Nothing was changed.")
        sales.send(.key(.character(":")))
        for character in "move nurture" { sales.send(.key(.character(character))) }
        sales.send(.key(.enter))
        #expect(sales.render().text.contains("Ben Okafor (ben, sales) may not move leads between the marketing stages"))
        #expect(try store.eventCount() == board.open().eventCount())
    }

    @Test func someoneWhoIsNotAMemberSeesTheBoardReadOnlyAndHowToBeAdded() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let events = try store.eventCount()
        let app = AppRuntime(store: store, actor: "zoe", width: 160, height: 40, now: now)
        let hint =
            "Read-only: zoe is not a member of this board. An admin adds you: handoff member add zoe --name NAME --team marketing|sales|success|admin"
        #expect(app.state.status?.text == hint)
        #expect(app.render().lines.last!.contains("zoe │ 7 leads │ read-only"))
        for key in ["L", "n", "c", "u"] {
            app.send(.key(.character(Character(key))))
            #expect(app.state.overlay == nil && app.state.status?.text == hint, "\(key)")
        }
        #expect(try store.eventCount() == events)
        // Once an admin adds zoe, her open board can write at the next change it notices.
        try board.open().addMember(Member(login: "zoe", name: "Zoe Park", team: "marketing"), actor: "elena")
        #expect(app.pollForChanges(now: now))
        #expect(app.state.writeRefusal == nil)
        #expect(app.render().lines.last!.contains("Zoe Park (zoe, marketing) │ 7 leads"))
    }

    @Test func theMeetingRoomScreenIsReadOnly() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        let app = AppRuntime(store: try board.open(readOnly: true), actor: "elena", width: 160, height: 40, now: now)
        #expect(app.state.status == nil)
        #expect(app.render().lines.last!.contains("Elena Vidal (elena, admin) │ 7 leads │ read-only"))
        app.send(.key(.character("L")))
        #expect(app.state.status?.text == "this board is open read-only; nothing was changed")
        // It still follows the others' changes.
        try board.open().apply(.move(leadID: 2, toStage: "nurture", expectedVersion: nil), actor: "marta", at: now)
        #expect(app.pollForChanges(now: now))
        #expect(app.state.columns[1].rows.first?.id == 2)
    }

    @Test func theStatusBarSaysWhoElseHasTheBoardOpen() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let mine = try Presence(boardPath: board.path, login: "ana", name: "Ana López", readOnly: false)
        let app = AppRuntime(store: store, actor: "ana", width: 160, height: 40, now: now, presence: mine)
        #expect(!app.render().lines.last!.contains("also here"))
        var ben: Presence? = try Presence(boardPath: board.path, login: "ben", name: "Ben Okafor", readOnly: false)
        let projector = try Presence(boardPath: board.path, login: "elena", name: "Elena Vidal", readOnly: true)
        // Presence is not board data: the board's own data did not change.
        #expect(!app.pollForChanges(now: now))
        #expect(app.render().lines.last!.contains("also here: Ben Okafor, Elena Vidal (read-only)"))
        ben?.leave()
        ben = nil
        app.pollForChanges(now: now)
        #expect(app.render().lines.last!.contains("also here: Elena Vidal (read-only)"))
        _ = projector
    }

    @Test func aStageRenamedElsewhereShowsOnTheBoardAtOnce() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let app = AppRuntime(store: store, actor: "ben", width: 160, height: 40, now: now)
        #expect(app.render().line(2).contains("New lead"))
        try board.open().renameStage("lead", to: "Nuevo lead", actor: "elena", now: now)
        #expect(app.pollForChanges(now: now))
        #expect(app.render().line(2).contains("Nuevo lead") && !app.render().line(2).contains("New lead"))
        #expect(app.state.pipeline.stage("lead")?.title == "Nuevo lead")
    }
}
