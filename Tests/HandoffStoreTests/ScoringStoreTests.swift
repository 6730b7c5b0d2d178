import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Loading scoring definitions: versions, rescoring every open lead in one transaction with an
/// event per changed score, threshold crossings, auto handoff, and refusals that change nothing.
@Suite struct ScoringStoreTests {
    let now = TemporaryBoard.now

    func scores(_ store: Store) throws -> [Int64: Int] {
        Dictionary(uniqueKeysWithValues: try (1...6).map { ($0, try store.requireLead(id: Int64($0)).score) })
    }

    /// A column of every lead, by id: of `leads`, or of `lead_scores` for the score's parts.
    func column(_ store: Store, _ name: String) throws -> [Int64: Int64?] {
        let scorePart = name.hasPrefix("score")
        let sql = scorePart ? "SELECT lead_id, \(name) FROM lead_scores ORDER BY lead_id" : "SELECT id, \(name) FROM leads ORDER BY id"
        let rows = try store.connection.prepare(sql).rows([]) { ($0.int64(0), $0.optionalInt64(1)) }
        return Dictionary(uniqueKeysWithValues: rows)
    }

    @Test func loadingRescoresOpenLeadsWithAHistoryEntryForEachChangedScore() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let eventsBefore = try store.eventCount()
        let result = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "first agreement", at: now)
        #expect(result.version.id == 1 && result.version.author == "lucia" && result.version.comment == "first agreement")
        #expect(result.rescored == 4 && result.changed == 4)
        #expect(result.qualified == [1] && result.unqualified == [6])
        #expect(result.handedOff.isEmpty && !result.autoHandoff)
        // Closed leads keep the score they closed with.
        #expect(try scores(store) == [1: 60, 2: 0, 3: 60, 4: 90, 5: 30, 6: 18])
        #expect(try column(store, "score_version") == [1: 1, 2: 1, 3: 1, 4: nil, 5: nil, 6: 1])
        #expect(try column(store, "score_fit") == [1: 25, 2: 0, 3: 25, 4: nil, 5: nil, 6: 0])
        // The board's own arithmetic leaves the leads' versions, and the events' log, as they were:
        // the changes are kept under the rescoring's one board event.
        #expect(try column(store, "version") == [1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1])
        #expect(try store.eventCount() == eventsBefore)
        #expect(try store.connection.scalar("SELECT count(*) FROM score_changes") == 4)
        let scored = try #require(try store.events(leadID: 1).first)
        #expect(scored.kind == "scored" && scored.actor == "lucia" && scored.at == now && scored.fromStage == nil && scored.toStage == nil)
        #expect(scored.detail == "42 -> 60 by scoring version 1; now qualifies")
        #expect(try store.events(leadID: 2).first?.detail == "15 -> 0 by scoring version 1")
        #expect(try store.events(leadID: 3).first?.detail == "71 -> 60 by scoring version 1")
        #expect(try store.events(leadID: 6).first?.detail == "55 -> 18 by scoring version 1; no longer qualifies")
        #expect(try store.events(leadID: 4).first?.kind == "created")
        // Auto handoff is off: the qualified lead stays in marketing.
        #expect(try store.requireLead(id: 1).stage == "lead")
    }

    @Test func everyLoadIsANewVersionAndTheHighestIsInForce() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        #expect(try store.currentScoring() == nil)
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "first", at: now)
        let changed = TemporaryBoard.scoringText.replacingOccurrences(of: "threshold 50", with: "threshold 55")
            .replacingOccurrences(of: "demo_requested = \"yes\" -> 30", with: "demo_requested = \"yes\" -> 20")
        let second = try store.loadScoring(
            try TemporaryBoard.scoringDefinition(changed), author: "elena", comment: "demos count less", at: now + 60)
        // Rubén and Tomás 25 + 30 = 55 (still qualified at 55); Sam 0 + 30 halved = 15; Megan unchanged.
        #expect(
            second.version.id == 2 && second.rescored == 4 && second.changed == 3 && second.qualified.isEmpty && second.unqualified.isEmpty)
        #expect(try scores(store) == [1: 55, 2: 0, 3: 55, 4: 90, 5: 30, 6: 15])
        #expect(try store.events(leadID: 6).first?.detail == "18 -> 15 by scoring version 2")
        #expect(try store.events(leadID: 2).first?.detail == "15 -> 0 by scoring version 1")

        #expect(try store.connection.scalar("SELECT max(id) FROM scoring_versions") == 2)
        #expect(try store.currentScoring()?.id == 2)
        #expect(try store.scoringVersion(before: 2)?.definition == (try TemporaryBoard.scoringDefinition()))
        let history = try store.scoringHistory()
        #expect(history.map(\.id) == [2, 1] && history.map(\.author) == ["elena", "lucia"] && history.map(\.at) == [now + 60, now])
        #expect(history.map(\.comment) == ["demos count less", "first"])
        // The database keeps the canonical text, which reads back to the same definition.
        let stored = try store.connection.prepare("SELECT definition FROM scoring_versions WHERE id = 2").rows([]) { $0.string(0) }.first
        #expect(stored == (try TemporaryBoard.scoringDefinition(changed)).text)
    }

    @Test func aFailureHalfwayLeavesNothingChanged() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let events = try store.eventCount()
        // Lead 3 is written after leads 1 and 2 have been: the failure comes halfway through.
        try store.refuseScoreChange(trigger: "refuse_three", leadID: 3, message: "disk on fire")
        #expect(throws: HandoffError.self) {
            try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now)
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM scoring_versions") == 0)
        #expect(try scores(store) == [1: 42, 2: 15, 3: 71, 4: 90, 5: 30, 6: 55])
        #expect(try column(store, "score_version").values.allSatisfy { $0 == nil })
        #expect(try column(store, "version").values.allSatisfy { $0 == 1 })
        #expect(try store.eventCount() == events)
    }

    @Test func anUnknownFieldIsRefusedWithItsPlaceAndNothingChanges() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let text = TemporaryBoard.scoringText.replacingOccurrences(of: "cap 25", with: "attr.Industry = \"software\" -> 5\ncap 25")
        let events = try store.eventCount()
        #expect(
            throws: ScoringError(
                line: 10, column: 1,
                "no lead has an attribute named `Industry`, in rule `attr.Industry = \"software\" -> 5`; did you mean attr.industry?; lead fields: name, company, email, phone, source, campaign, owner, stage, email_domain, value, age_days; attributes: demo_requested, employees, industry, role, visits"
            )
        ) {
            try store.loadScoring(try TemporaryBoard.scoringDefinition(text), author: "lucia", comment: "", at: now)
        }
        let bare = TemporaryBoard.scoringText.replacingOccurrences(of: "visits >= 5", with: "vists >= 5")
        do {
            _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(bare), author: "lucia", comment: "", at: now)
            Issue.record("a misspelt attribute was accepted")
        } catch let error as ScoringError {
            #expect(error.line == 13 && error.column == 1)
            #expect(
                error.message.description.hasPrefix(
                    "`vists` is neither a lead field nor an attribute any lead has, in rule `vists >= 5 -> 10`; lead fields: "))
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM scoring_versions") == 0)
        #expect(try store.eventCount() == events)
    }

    @Test func withAutoHandoffOnQualifiedMarketingLeadsAreHandedOffNamingTheVersion() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        try store.setAutoHandoff(true, actor: "lucia")
        #expect(try store.autoHandoff())
        let result = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now)
        #expect(result.handedOff == [1] && result.autoHandoff)
        let lead = try store.requireLead(id: 1)
        #expect(lead.stage == "mql" && lead.owner == "ana" && lead.score == 60 && lead.enteredAt == now && lead.version == 2)
        let events = try store.events(leadID: 1)
        #expect(events.map(\.kind).prefix(2) == ["handed_off", "scored"])
        #expect(events[0].detail == "scoring version 1: 60 reaches the threshold 50; routed to ana (round robin)")
        #expect(events[0].fromStage == "lead" && events[0].toStage == "mql" && events[0].actor == "lucia")
        // The handoffs are one action of the person who loaded: one undo returns them.
        try store.apply(.undo, actor: "lucia", at: now + 1)
        #expect(try store.requireLead(id: 1).stage == "lead")
        #expect(try store.requireLead(id: 1).score == 60)
    }

    @Test func scoredEventsCountInNoKPIButAnAutoHandoffDoes() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let rollup = "SELECT coalesce(sum(n), 0) FROM kpi_days WHERE measure = ?"
        let created = try store.connection.scalar(rollup, .text("created"))
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now)
        #expect(try store.connection.scalar("SELECT count(*) FROM score_changes") == 4)
        #expect(try store.connection.scalar(rollup, .text("handed_off")) == 0)
        #expect(try store.connection.scalar(rollup, .text("created")) == created)
        // Auto handoff in the next load: that handoff is an MQL like any other.
        try store.setAutoHandoff(true, actor: "lucia")
        try store.apply(
            .edit(leadID: 2, LeadDraft(name: "Megan Sullivan", company: "Sullivan Haulage", source: "referral"), expectedVersion: nil),
            actor: "lucia", at: now)
        // Threshold 5 and no fit minimum: Megan (5, a referral now) and Sam (18) qualify, both in
        // marketing stages; Rubén and Tomás qualified already.
        let looser = TemporaryBoard.scoringText.replacingOccurrences(of: "threshold 50", with: "threshold 5")
            .replacingOccurrences(of: "fit_minimum 10\n", with: "")
        let second = try store.loadScoring(try TemporaryBoard.scoringDefinition(looser), author: "lucia", comment: "", at: now + 60)
        #expect(second.handedOff == [2, 6])
        #expect(try store.connection.scalar(rollup, .text("handed_off")) == 2)
        #expect(try store.connection.scalar("SELECT mql_at FROM leads WHERE id = 2") == now + 60)
    }

    @Test func newAndEditedLeadsAreScoredByTheVersionInForce() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now)
        let draft = LeadDraft(name: "Íñigo Muñoz", source: "referral")
        let created = try store.apply(.create(draft), actor: "lucia", at: now)
        let lead = try store.requireLead(id: created.leadID)
        #expect(lead.score == 5)
        #expect(try column(store, "score_version")[lead.id] == 1 && column(store, "score_fit")[lead.id] == 5)
        var edit = draft
        edit.source = "web"
        let edited = try store.apply(.edit(leadID: lead.id, edit, expectedVersion: lead.version), actor: "lucia", at: now)
        #expect(edited.detail == "changed source; score 5 -> 0")
        #expect(try store.requireLead(id: lead.id).score == 0)
        #expect(try column(store, "score_fit")[lead.id] == 0)
    }

    @Test func onlyMarketingAndAdminsMayChangeScoring() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        let refusal = HandoffError.notPermitted(
            "Tom Baker (tom, sales) may not edit the scoring rules; marketing and admin may. Nothing was changed.")
        #expect(throws: refusal) { try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "tom", comment: "", at: now) }
        #expect(throws: refusal) { try store.setAutoHandoff(true, actor: "tom") }
        #expect(try store.currentScoring() == nil && !store.autoHandoff())
        #expect(
            try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "elena", comment: "", at: now).version.author == "elena")
    }

    @Test func aReadOnlyBoardRefusesToLoad() throws {
        let board = TemporaryBoard()
        try board.seedScoringBoard()
        let readOnly = try board.open(readOnly: true)
        #expect(throws: HandoffError.notPermitted("this board is open read-only; nothing was changed")) {
            try readOnly.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: now)
        }
    }
}
