import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Accept, reject, won, lost, notes and the lead form: each writes its row and exactly one event
/// in one transaction, and a refusal writes nothing.
@Suite struct InboxStoreTests {
    let now = TemporaryBoard.now

    /// Every table a command may write, counted: a refusal must leave all of them as they were.
    func footprint(_ store: Store) throws -> [Int64] {
        try ["events", "notes", "lead_snapshots", "responses", "settings"].map {
            try store.connection.scalar("SELECT count(*) FROM \($0)") ?? -1
        }
            + [try store.connection.scalar("SELECT sum(version) FROM leads") ?? -1]
    }

    @Test func acceptingMovesTheLeadToSalesWithAnOwnerAndRecordsTheResponseTime() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let before = try store.eventCount()
        let event = try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: 1), actor: "ben", at: now)
        #expect(try store.eventCount() == before + 1)
        #expect(
            event.kind == "accepted" && event.fromStage == "mql" && event.toStage == "sal" && event.actor == "ben"
                && event.detail == "owner: ben")
        let lead = try #require(try store.lead(id: 3))
        #expect(lead.stage == "sal" && lead.owner == "ben" && lead.version == 2 && lead.enteredAt == now)
        // Handed off Thursday 12:00, answered Friday 12:00: 5 h Thursday and 3 h Friday; due the
        // following Tuesday 12:00.
        let response = try store.connection.prepare("SELECT handed_off_at, due_at, working_seconds FROM responses WHERE event_id = ?")
            .rows([.integer(event.id)]) { [$0.int64(0), $0.int64(1), $0.int64(2)] }
        #expect(response == [[now - 86_400, 1_795_521_600, 8 * 3_600]])
    }

    @Test func acceptingForAnotherRepNamesThemAndAnUnknownRepWritesNothing() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        try store.apply(.accept(leadID: 6, owner: "ana", expectedVersion: nil), actor: "ben", at: now)
        #expect(try store.lead(id: 6)?.owner == "ana")
        let untouched = try footprint(store)
        #expect(throws: HandoffError.invalidInput("'zoe' is not a member of this board; sales reps: ana, ben")) {
            try store.apply(.accept(leadID: 7, owner: "zoe", expectedVersion: nil), actor: "ben", at: now)
        }
        #expect(try footprint(store) == untouched)
    }

    @Test func rejectingNeedsAKnownReasonAndRecyclesTheLeadToNurturing() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let untouched = try footprint(store)
        #expect(
            throws: HandoffError.invalidInput(
                "unknown rejection reason 'rude'; reasons: not_target, no_budget, no_interest, bad_data, duplicate, student, competitor, other"
            )
        ) {
            try store.apply(.reject(leadID: 3, reason: "rude", comment: "", expectedVersion: nil), actor: "ben", at: now)
        }
        #expect(throws: HandoffError.invalidInput("reason 'other' needs a comment saying why")) {
            try store.apply(.reject(leadID: 3, reason: "other", comment: "  ", expectedVersion: nil), actor: "ben", at: now)
        }
        #expect(try footprint(store) == untouched)
        let event = try store.apply(
            .reject(leadID: 3, reason: "no_budget", comment: "frozen until Q3", expectedVersion: 1), actor: "ben", at: now)
        #expect(
            event.kind == "rejected" && event.fromStage == "mql" && event.toStage == "nurture"
                && event.detail == "no_budget: frozen until Q3")
        let lead = try #require(try store.lead(id: 3))
        #expect(lead.stage == "nurture" && lead.owner == nil && lead.version == 2)
        #expect(try store.connection.scalar("SELECT count(*) FROM responses WHERE event_id = ?", .integer(event.id)) == 1)
    }

    @Test func onlyHandedOffLeadsCanBeAnsweredAndStaleVersionsAreRefused() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let untouched = try footprint(store)
        #expect(throws: HandoffError.invalidMove("lead 1 is in New lead, not handed off; only leads in MQL, handed off can be accepted")) {
            try store.apply(.accept(leadID: 1, owner: nil, expectedVersion: nil), actor: "ben", at: now)
        }
        #expect(throws: HandoffError.leadNotFound(404)) {
            try store.apply(.reject(leadID: 404, reason: "student", comment: "", expectedVersion: nil), actor: "ben", at: now)
        }
        // Created by the seed 20 days before `now`, and never changed since.
        #expect(
            throws: HandoffError.conflict(
                LeadConflict(
                    leadID: 3, leadName: "Íñigo Muñoz", changedBy: "seed", secondsAgo: 20 * 86_400,
                    change: "created it", state: "now in MQL, handed off, owner ana", version: 1))
        ) {
            try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: 7), actor: "ben", at: now)
        }
        #expect(throws: HandoffError.self) {
            try store.apply(.move(leadID: 3, toStage: "nurture", expectedVersion: nil), actor: "ben", at: now)
        }
        #expect(try footprint(store) == untouched)
    }

    @Test func wonTakesTheAmountAndLostTakesAReason() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let won = try store.apply(.won(leadID: 4, amount: 21_000.5, expectedVersion: 1), actor: "ana", at: now)
        #expect(won.kind == "won" && won.fromStage == "proposal" && won.toStage == "won" && won.detail == "21000.50")
        let deal = try #require(try store.lead(id: 4))
        #expect(deal.stage == "won" && deal.value == 21_000.5 && deal.closedAt == now)
        #expect(try store.stageTotals()["won"] == StageTotal(leads: 2, value: 51_000.5))

        let untouched = try footprint(store)
        #expect(throws: HandoffError.invalidMove("lead 1 is in New lead; only deals in a sales stage can be won (accept it first)")) {
            try store.apply(.won(leadID: 1, amount: 10, expectedVersion: nil), actor: "ana", at: now)
        }
        #expect(throws: HandoffError.self) { try store.apply(.won(leadID: 4, amount: 10, expectedVersion: nil), actor: "ana", at: now) }
        #expect(throws: HandoffError.self) { try store.apply(.won(leadID: 3, amount: -10, expectedVersion: nil), actor: "ana", at: now) }
        #expect(throws: HandoffError.self) {
            try store.apply(.lost(leadID: 2, reason: "bad_luck", expectedVersion: nil), actor: "ana", at: now)
        }
        #expect(try footprint(store) == untouched)

        let lost = try store.apply(.lost(leadID: 2, reason: "timing", expectedVersion: nil), actor: "ana", at: now)
        #expect(lost.kind == "lost" && lost.detail == "timing" && lost.toStage == "lost")
        #expect(try store.lead(id: 2)?.lostReason == "timing")
    }

    @Test func notesAndNextStepsAreKeptWithOneEventAndLeaveTheLeadAsItIs() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let due = now + 3 * 86_400
        try store.apply(.note(leadID: 4, body: "Sent the revised proposal", due: nil), actor: "ana", at: now - 60)
        let step = try store.apply(.note(leadID: 4, body: "Call about the contract", due: due), actor: "ana", at: now)
        #expect(step.kind == "note" && step.detail == "next step due 2026-11-23: Call about the contract")
        let notes = try store.notes(leadID: 4)
        #expect(notes.map(\.body) == ["Call about the contract", "Sent the revised proposal"])
        #expect(notes.map(\.due) == [due, nil])
        #expect(try store.activity(leadID: 4) == LeadActivity(lastNoteAt: now, nextStepDue: due))
        // A column's cards are read at once: each lead its own facts, a lead without notes none.
        let column = try store.activity(leadIDs: [4, 1, 999])
        #expect(column == [4: LeadActivity(lastNoteAt: now, nextStepDue: due), 1: try store.activity(leadID: 1), 999: LeadActivity()])
        #expect(try store.lead(id: 4)?.version == 1)

        let untouched = try footprint(store)
        #expect(throws: HandoffError.invalidInput("a note needs some text; nothing was saved")) {
            try store.apply(.note(leadID: 4, body: " \n", due: nil), actor: "ana", at: now)
        }
        #expect(throws: HandoffError.self) { try store.apply(.note(leadID: 4, body: "late", due: now - 1), actor: "ana", at: now) }
        #expect(throws: HandoffError.leadNotFound(77)) { try store.apply(.note(leadID: 77, body: "x", due: nil), actor: "ana", at: now) }
        #expect(try footprint(store) == untouched)
    }

    @Test func theLeadFormCreatesAndEditsThroughTheSameChecks() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let created = try store.apply(
            .create(LeadDraft(name: "Nadia Haddad", company: "Cedar Labs", email: "nadia@cedar.example", source: "referral")),
            actor: "marta", at: now)
        #expect(created.kind == "created" && created.toStage == "lead")
        let lead = try #require(try store.lead(id: created.leadID))
        #expect(lead.name == "Nadia Haddad" && lead.stage == "lead" && lead.createdAt == now && lead.version == 1)

        let edited = try store.apply(
            .edit(
                leadID: lead.id,
                LeadDraft(
                    name: "Nadia Haddad", company: "Cedar Labs", email: "nadia@cedarlabs.example",
                    source: "referral", campaign: "spring", value: 9_000), expectedVersion: 1),
            actor: "marta", at: now)
        #expect(edited.kind == "edited" && edited.detail == "changed email, campaign, value")
        let after = try #require(try store.lead(id: lead.id))
        #expect(after.email == "nadia@cedarlabs.example" && after.campaign == "spring" && after.value == 9_000 && after.version == 2)

        let untouched = try footprint(store)
        #expect(throws: HandoffError.invalidInput("campaign: unknown campaign 'autumn'; e.g. fair, spring")) {
            try store.apply(
                .edit(leadID: lead.id, LeadDraft(name: "Nadia Haddad", campaign: "autumn"), expectedVersion: nil), actor: "marta", at: now)
        }
        #expect(throws: HandoffError.invalidInput("nothing changed; nothing was saved")) {
            try store.apply(.edit(leadID: lead.id, LeadDraft(lead: after), expectedVersion: nil), actor: "marta", at: now)
        }
        #expect(try footprint(store) == untouched)
    }

    @Test func aHandoffIsRoutedByRulesElseRoundRobinOverTheSalesTeam() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        try store.addMember(Member(login: "carla", name: "Carla Gómez", team: "sales"), actor: "elena")
        try store.connection.execute("UPDATE leads SET source = 'partner' WHERE id = 1")
        try store.connection.execute("INSERT INTO routing_rules(position, field, value, assignee) VALUES (1, 'source', 'partner', 'carla')")
        let first = try store.apply(.move(leadID: 1, toStage: "mql", expectedVersion: nil), actor: "marta", at: now)
        #expect(first.kind == "handed_off" && first.detail == "routed to carla (rule 1 (source = partner))")
        try store.apply(.move(leadID: 2, toStage: "mql", expectedVersion: nil), actor: "marta", at: now)
        #expect(try store.lead(id: 1)?.owner == "carla")
        #expect(try store.lead(id: 2)?.owner == "ana")
        // Lead 3 is rejected (owner cleared) and handed off again: the turn moves on to ben.
        try store.apply(.reject(leadID: 3, reason: "duplicate", comment: "", expectedVersion: nil), actor: "ana", at: now)
        try store.apply(.move(leadID: 3, toStage: "mql", expectedVersion: nil), actor: "marta", at: now)
        #expect(try store.lead(id: 3)?.owner == "ben")
    }

    @Test func aReadOnlyBoardRefusesEveryCommand() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        let store = try board.open(readOnly: true)
        #expect(throws: HandoffError.notPermitted("this board is open read-only; nothing was changed")) {
            try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: nil), actor: "ben", at: now)
        }
        #expect(throws: HandoffError.self) { try store.apply(.undo, actor: "ben", at: now) }
    }

    @Test func everyActionWritesExactlyOneEventForItsLead() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        // Each by a member whose team may do it: marta of marketing moves and edits in the
        // marketing stages (the handoff stage included), ana of sales answers and closes.
        let actions: [(Command, Int64, String, String)] = [
            (.move(leadID: 1, toStage: "nurture", expectedVersion: nil), 1, "moved", "marta"),
            (.accept(leadID: 3, owner: nil, expectedVersion: nil), 3, "accepted", "ana"),
            (.reject(leadID: 6, reason: "duplicate", comment: "", expectedVersion: nil), 6, "rejected", "ana"),
            (.won(leadID: 4, amount: 20_000, expectedVersion: nil), 4, "won", "ana"),
            (.lost(leadID: 2, reason: "price", expectedVersion: nil), 2, "lost", "ana"),
            (.note(leadID: 7, body: "Called", due: nil), 7, "note", "ana"),
            (
                .edit(
                    leadID: 7, LeadDraft(name: "Kofi Mensah", company: "Accra Solar Ltd", source: "fair", campaign: "fair", owner: "ben"),
                    expectedVersion: nil), 7, "edited", "marta"
            ),
            (.undo, 7, "undone", "marta"),
            (.redo, 7, "edited", "marta"),
        ]
        for (command, leadID, kind, actor) in actions {
            let before = try store.eventCount()
            let event = try store.apply(command, actor: actor, at: now)
            #expect(try store.eventCount() == before + 1, "\(command)")
            #expect(event.leadID == leadID && event.kind == kind, "\(command)")
            #expect(try store.events(leadID: leadID).first == event, "\(command)")
        }
    }
}
