import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The loop on the board, key by key: `i` writes down what a lead said, the content view (`5`)
/// moves pieces with the board's keys and holds the co-creation rule, `s` in a lead's detail
/// records a send, and the insights panel (`6`) groups what was heard and opens a group's leads.
@Suite struct InsightContentViewTests {
    let now = TemporaryBoard.kpiWeekStart + 10 * 86_400 + 11 * 3_600

    @Test func iOnTheBoardWritesDownWhatTheLeadSaidAndUndoTakesItBack() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let app = AppRuntime(store: store, actor: "ana", width: 120, height: 40, now: now)
        app.type(":goto 8⏎")
        app.type("i")
        let form = try #require(app.form)
        #expect(form.title == "Insight from Lead 8" && form.value("kind") == "objection" && form.focus == 1)
        app.send(.key(.enter))
        #expect(app.form?.fields[1].error == "say in a few words what they said")
        app.type("Needs SSO")
        app.send(.key(.tab))
        app.type("Without SSO IT says no")
        app.send(.key(.enter))
        #expect(app.state.overlay == nil)
        #expect(app.state.status?.text == "Insight (objection) added to Lead 8")
        let insight = try #require(try store.insights(leadID: 8).first)
        #expect(insight.text == "Needs SSO" && insight.quote == "Without SSO IT says no" && insight.author == "ana")
        #expect(app.state.selectedLead?.id == 8)
        app.type("u")
        #expect(try store.insights(leadID: 8).isEmpty)
        #expect(app.state.status?.text.hasPrefix("Undone: the insight on Lead 8") == true)
    }

    /// `i` works wherever a rep meets a lead: in the inbox on the selected handoff, and in a
    /// lead's detail, which comes back after the insight is saved.
    @Test func iInTheInboxAndInTheDetailWritesDownWhatThatLeadSaid() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let app = AppRuntime(store: store, actor: "ana", width: 120, height: 40, now: now)
        app.type("2")
        let waiting = try #require(app.state.inbox.selectedItem?.lead)
        app.type("i")
        #expect(app.form?.title == "Insight from \(waiting.name)")
        // The form opens on the words; the kind is one Shift-Tab above.
        app.send(.key(.backTab))
        app.send(.key(.right))
        app.send(.key(.tab))
        app.type("Asked for a pilot first⏎")
        #expect(try store.insights(leadID: waiting.id).first.map { "\($0.kind.rawValue) \($0.text)" } == "question Asked for a pilot first")
        #expect(app.state.view == .inbox && app.state.inbox.selectedItem?.lead.id == waiting.id)

        app.type("1:goto 8⏎⏎")
        guard case .detail = app.state.overlay else { Issue.record("no detail"); return }
        app.type("i")
        #expect(app.form?.title == "Insight from Lead 8")
        app.type("Wants SSO⏎")
        #expect(try store.insights(leadID: 8).first?.text == "Wants SSO")
        guard case let .detail(detail) = app.state.overlay else { Issue.record("the detail did not come back"); return }
        #expect(detail.history.contains { $0.kind == "insight" && $0.detail == "objection: Wants SSO" })
    }

    @Test func theContentViewHoldsTheCoCreationRuleAndEachTeamsPart() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        let lucia = AppRuntime(store: store, actor: "lucia", width: 120, height: 40, now: now)
        lucia.type("5")
        #expect(lucia.state.view == .content)
        let frame = lucia.render().text
        #expect(frame.contains("Pricing objections") && frame.contains("SAP integration") && frame.contains("waits for sales"))
        // The deck waits in sales review: marketing cannot publish it before sales approves it.
        lucia.type("ll")
        #expect(lucia.state.content.selectedPiece?.id == 2)
        lucia.type("L")
        #expect(lucia.state.status?.text == "Not yet: a sales member approves it (a) before it is published")
        #expect(try store.piece(id: 2)?.stage == .salesReview)
        lucia.type("a")
        #expect(
            lucia.state.status?.text
                == "Lucía Fernández (lucia, marketing) may not approve content in sales review; sales and admin may. Nothing was changed.")
        // A rep approves it from the same view on another terminal; marketing then publishes it.
        let ana = AppRuntime(store: try board.open(), actor: "ana", width: 120, height: 40, now: now)
        ana.type("5ll")
        ana.type("L")
        #expect(
            ana.state.status?.text == "Ana López (ana, sales) may not make and move content; marketing and admin may. Nothing was changed.")
        ana.type("a")
        #expect(ana.state.status?.text == "Approved SAP integration one-pager for sales: marketing may publish it")
        #expect(lucia.pollForChanges(now: now))
        #expect(lucia.render().text.contains("Approved by Ana López for sales: L publishes it."))
        lucia.type("L")
        #expect(lucia.state.status?.text == "Moved SAP integration one-pager to Published")
        #expect(lucia.state.content.column == 3 && lucia.state.content.selectedPiece?.id == 2)
        #expect(try store.piece(id: 2)?.stage == .published)
        // The pane says who from each team took part.
        #expect(lucia.render().text.contains("Marketing: Lucía Fernández (owner) · Sales: Ana López (approved)"))
    }

    @Test func aPieceIsMadeWithACoAuthorAndAnInsightFromTheView() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        let app = AppRuntime(store: store, actor: "lucia", width: 120, height: 40, now: now)
        app.type("5n")
        #expect(app.form?.title == "New piece of content")
        app.type("Security FAQ")
        app.send(.key(.enter))
        #expect(app.state.status?.text == "Added Security FAQ, an idea: H L move it along")
        let piece = try #require(try store.pieces().first { $0.title == "Security FAQ" })
        #expect(piece.owner == "lucia" && piece.kind == .guide && app.state.content.selectedPiece?.id == piece.id)
        app.type("c")
        #expect(app.form?.value("login") == "ana")
        app.send(.key(.enter))
        app.type("i")
        #expect(app.form?.title == "An insight behind Security FAQ")
        app.send(.key(.enter))
        let made = try #require(try store.piece(id: piece.id))
        #expect(made.authors == ["ana"] && made.insights == [5])
        app.send(.key(.enter))
        guard case let .piece(detail) = app.state.overlay else { Issue.record("no piece panel"); return }
        #expect(detail.piece.id == piece.id)
        let panel = app.render().text
        #expect(panel.contains("Who took part") && panel.contains("Comparing us with Sendify"))
        app.send(.key(.escape))
        #expect(app.state.overlay == nil)
    }

    @Test func sInALeadsDetailRecordsAPublishedPieceSent() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        let app = AppRuntime(store: store, actor: "ana", width: 120, height: 40, now: now)
        app.type(":goto 8⏎⏎")
        guard case .detail = app.state.overlay else { Issue.record("no detail"); return }
        app.type("s")
        let form = try #require(app.form)
        #expect(form.title == "A piece sent to Lead 8" && form.value("piece") == "1")
        app.send(.key(.enter))
        #expect(app.state.status?.text == "Sent Pricing objections guide to Lead 8")
        #expect(try store.contentSends(leadID: 8).map(\.contentID) == [1])
        guard case let .detail(detail) = app.state.overlay else { Issue.record("the detail did not come back"); return }
        #expect(detail.history.contains { $0.kind == "content_sent" && $0.detail == "piece 1: Pricing objections guide" })
        // Marketing does not record sends: refused before a form opens.
        let lucia = AppRuntime(store: try board.open(), actor: "lucia", width: 120, height: 40, now: now)
        lucia.type(":goto 8⏎⏎s")
        #expect(lucia.form == nil)
        #expect(
            lucia.state.status?.text
                == "Lucía Fernández (lucia, marketing) may not record content sent to leads; sales and admin may. Nothing was changed.")
    }

    /// The piece made from what the lead itself said comes first, then the newest published.
    @Test func theSendFormOffersFirstThePieceMadeFromTheLeadsOwnWords() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        try store.changeContent(.approve(id: 2, expectedVersion: nil), actor: "ana", at: now - 7_200)
        try store.changeContent(.move(id: 2, to: .published, expectedVersion: nil), actor: "lucia", at: now - 6_000)
        let reply = try store.changeContent(
            .add(title: "Reply template", kind: .email, owner: "lucia", link: ""), actor: "lucia", at: now - 5_000)
        try store.changeContent(.move(id: reply.id, to: .salesReview, expectedVersion: nil), actor: "lucia", at: now - 4_000)
        try store.changeContent(.approve(id: reply.id, expectedVersion: nil), actor: "ana", at: now - 3_000)
        try store.changeContent(.move(id: reply.id, to: .published, expectedVersion: nil), actor: "lucia", at: now - 2_000)
        let app = AppRuntime(store: store, actor: "ana", width: 120, height: 40, now: now)
        // Lead 4 asked about SAP; the SAP one-pager answers it.
        app.type(":goto 4⏎⏎s")
        #expect(app.form?.fields.first?.choices.map(\.code) == ["2", String(reply.id), "1"])
        app.send(.key(.escape))
        app.send(.key(.escape))
        app.type(":goto 8⏎⏎s")
        #expect(app.form?.value("piece") == String(reply.id))
    }

    @Test func theInsightsPanelGroupsThemesAndOpensTheirLeadsAndWords() throws {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        let app = AppRuntime(store: store, actor: "lucia", width: 120, height: 40, now: now)
        app.type("6")
        #expect(app.state.view == .insights)
        let themes = app.render().text
        #expect(themes.contains("INSIGHTS  last 30 days (p) · by theme (b) · 5 insights · answered: 2"))
        #expect(app.state.insights.themes.first?.label == "Price above budget" && app.state.insights.themes.first?.count == 2)
        app.send(.key(.enter))
        let drill = app.render().text
        #expect(drill.contains("INSIGHTS objection: Price above budget · 2 insights"))
        #expect(drill.contains("“We pay half that to Sendify”") && drill.contains("answered by #1"))
        app.send(.key(.escape))
        #expect(app.state.insights.drill == nil)
        app.type("b")
        #expect(app.state.insights.grouping == .kind && app.render().text.contains("by kind (b)"))
        // The open question is marked answered by the deck, still in review.
        app.type("G")
        #expect(app.state.insights.selectedTheme?.key == "question")
        app.send(.key(.enter))
        app.type("a")
        #expect(app.form?.title == "Answered by which piece: Does it integrate with SAP?")
        #expect(app.form?.fields.first?.choices.map(\.code) == ["1", "3"])
        app.send(.key(.enter))
        #expect(try store.piece(id: 1)?.insights == [1, 2, 3])
        #expect(app.render().text.contains("answered by #1, #2") || app.render().text.contains("answered by #2, #1"))
        // Enter on an insight opens its lead.
        app.send(.key(.enter))
        guard case let .detail(detail) = app.state.overlay else { Issue.record("no detail"); return }
        #expect(detail.lead.id == 4)
    }
}
