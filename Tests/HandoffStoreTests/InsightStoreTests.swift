import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Insights are events of their lead: stored with the lead's stage, in its history and the log,
/// undone and redone like any change to it, refused for a team without the ability, and grouped
/// into themes for the panel.
@Suite struct InsightStoreTests {
    let week = TemporaryBoard.kpiWeekStart
    func at(_ days: Int64, _ hours: Int64) -> Int64 { week + days * 86_400 + hours * 3_600 }

    /// What a refused write says, in English; nil when it was not refused.
    func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test func anInsightIsStoredWithItsLeadsStageAndIsAnEventOfTheLead() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let before = try #require(try store.lead(id: 1))
        let event = try store.apply(
            .insight(
                leadID: 1, kind: .objection, text: "  Price above budget ", quote: "We pay half that", expectedVersion: before.version),
            actor: "ana", at: at(6, 10))
        #expect(event.kind == "insight")
        #expect(event.detail == "objection: Price above budget — \"We pay half that\"")
        let insight = try #require(try store.insights(leadID: 1).first)
        #expect(insight.text == "Price above budget")
        #expect(insight.quote == "We pay half that")
        #expect(insight.stage == "won")
        #expect(insight.author == "ana")
        #expect(insight.eventID == event.id)
        #expect(insight.company == "Acme Foods" && insight.source == "web" && insight.campaign == "spring")
        // The lead's fields are as they were; its version says something happened to it.
        let after = try #require(try store.lead(id: 1))
        #expect(after.stage == before.stage && after.value == before.value && after.version == before.version + 1)
        #expect(try store.events(leadID: 1).first?.kind == "insight")
        #expect(
            try store.log(Store.LogQuery(leadID: 1), limit: 100).contains {
                $0.event.kind == "insight" && $0.event.detail?.contains("Price above budget") == true
            })
    }

    @Test func aTextIsRequiredAndKeptShort() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        #expect(
            refusal {
                try store.apply(
                    .insight(leadID: 1, kind: .pain, text: "   ", quote: nil, expectedVersion: nil), actor: "ana", at: at(6, 10))
            } == "an insight needs a short text: what the lead said or asked; nothing was saved")
        let long = String(repeating: "x", count: 281)
        #expect(
            refusal {
                try store.apply(.insight(leadID: 1, kind: .pain, text: long, quote: nil, expectedVersion: nil), actor: "ana", at: at(6, 10))
            } == "an insight's text has at most 280 characters (this one has 281); put the rest in --quote")
        #expect(try store.insightCount() == 0)
    }

    @Test func undoWithdrawsTheInsightAndRedoBringsItBackWithoutTouchingOthersChanges() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        try store.apply(
            .insight(leadID: 8, kind: .question, text: "Can we pay yearly?", quote: nil, expectedVersion: nil), actor: "ana", at: at(17, 9))
        // Someone else works the deal after the insight was written down.
        try store.apply(.move(leadID: 8, toStage: "negotiation", expectedVersion: nil), actor: "ben", at: at(17, 10))
        let undo = try store.apply(.undo, actor: "ana", at: at(17, 11))
        #expect(undo.kind == "undone" && undo.detail == "insight")
        #expect(try store.insights(leadID: 8).isEmpty)
        #expect(try store.lead(id: 8)?.stage == "negotiation")
        let redo = try store.apply(.redo, actor: "ana", at: at(17, 12))
        #expect(redo.kind == "insight")
        let back = try #require(try store.insights(leadID: 8).first)
        #expect(back.text == "Can we pay yearly?" && back.eventID == redo.id)
        #expect(try store.lead(id: 8)?.stage == "negotiation")
        // And undone again, it goes again.
        try store.apply(.undo, actor: "ana", at: at(17, 13))
        #expect(try store.insightCount() == 0)
    }

    @Test func aTeamWithoutTheAbilityIsRefusedSayingWhoMay() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        try store.connection.execute("DELETE FROM permissions WHERE ability = 'add_insight' AND team = 'marketing'")
        #expect(
            refusal {
                try store.apply(
                    .insight(leadID: 6, kind: .praise, text: "Loved it", quote: nil, expectedVersion: nil), actor: "lucia", at: at(6, 10))
            } == "Lucía Fernández (lucia, marketing) may not add insights to leads; sales and admin may. Nothing was changed.")
        #expect(
            refusal {
                try store.apply(
                    .insight(leadID: 6, kind: .praise, text: "Loved it", quote: nil, expectedVersion: nil), actor: "mallory", at: at(6, 10))
            } == Permissions.notAMember("mallory").description)
        try store.apply(.insight(leadID: 6, kind: .praise, text: "Loved it", quote: nil, expectedVersion: nil), actor: "ben", at: at(6, 10))
        #expect(try store.insightCount() == 1)
    }

    @Test func themesCountTheSameWordsTogetherWithTheirWeeklyTrend() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        let end = at(10, 12)
        let themes = try store.insightThemes(by: .theme, from: week, to: end)
        #expect(themes.map(\.count) == [2, 1, 1, 1])
        let price = themes[0]
        #expect(price.key == "objection:price above budget" && price.label == "Price above budget" && price.kind == .objection)
        #expect(price.leads == 2 && price.answered == 2)
        // Eight weeks ending at the period's end: both were heard in the week that ended three days ago.
        #expect(price.weekly == [0, 0, 0, 0, 0, 0, 2, 0])
        let byKind = try store.insightThemes(by: .kind, from: week, to: end)
        #expect(byKind.map { "\($0.key) \($0.count)" } == ["objection 2", "competitor 1", "praise 1", "question 1"])
        let bySource = try store.insightThemes(by: .source, from: week, to: end)
        #expect(bySource.map { "\($0.key) \($0.count)" } == ["web 3", "event 1", "ads 1"])
        let byStage = try store.insightThemes(by: .stage, from: week, to: end)
        #expect(byStage.map { "\($0.key) \($0.count)" } == ["won 2", "nurture 1", "lead 1", "lost 1"])
        // The drill-down gives the leads and their words, newest first.
        let heard = try store.insights(in: .theme, key: price.key, from: week, to: end)
        #expect(heard.map(\.leadID) == [3, 1])
        #expect(heard.last?.quote == "We pay half that to Sendify")
        #expect(heard.allSatisfy { $0.pieces == [1] && $0.answered })
    }
}
