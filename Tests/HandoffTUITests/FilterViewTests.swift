import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// `/` on the board and in the inbox: what is shown, what is counted, and `n`/`N`.
@Suite struct FilterViewTests {
    func app(_ board: TemporaryBoard, width: Int = 160) throws -> AppRuntime {
        // Elena is the admin: every key the filter changes the meaning of is hers to press.
        AppRuntime(store: try board.seedInboxBoard(), actor: "elena", width: width, height: 30, now: TemporaryBoard.now)
    }

    func filter(_ query: String, in app: AppRuntime) {
        app.send(.key(.character("/")))
        app.send(.key(.control("u")))
        for character in query { app.send(.key(.character(character))) }
        app.send(.key(.enter))
    }

    @Test func countsAndTotalsAreTheFiltersAndSaySo() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        filter("owner:ana", in: app)
        // Ana owns Íñigo (handoff, 12k) and Sarah (proposal, 18.5k): 2 of the 7 leads.
        #expect(app.state.columns.map(\.total.leads) == [0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0])
        #expect(app.state.matchingLeads == 2 && app.state.totalLeads == 7)
        let lines = app.render().lines
        #expect(lines[3].contains("1 · 12k") && lines[3].contains("1 · 18.5k"))
        #expect(lines[4].components(separatedBy: " filtered ").count == 9)
        #expect(lines[5].hasPrefix(" (no match)"))
        #expect(lines[29].contains("2 of 7 leads filtered: owner:ana") && lines[29].contains("/ edits · Esc clears"))
        #expect(app.state.status?.text == "Filter: owner:ana")
        // The filtered header is drawn as a warning, not as the usual muted count.
        #expect(app.render()[41, 3].style.role == .warning)
    }

    @Test func nAndShiftNStepThroughMatchesAcrossColumns() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        filter("owner:ana", in: app)
        // "New lead" has no match: the selection moves to the first column that has one.
        #expect(app.state.selectedColumn == 2)
        #expect(app.state.selectedLead?.name == "Íñigo Muñoz")
        app.send(.key(.character("n")))
        #expect(app.state.selectedLead?.name == "Sarah O'Neill")
        app.send(.key(.character("n")))
        #expect(app.state.selectedLead?.name == "Íñigo Muñoz")
        #expect(app.state.status?.text == "back to the first match")
        app.send(.key(.character("N")))
        #expect(app.state.selectedLead?.name == "Sarah O'Neill")
        // `n` is the next match only while a filter is active; `+` always makes a new lead.
        app.send(.key(.character("+")))
        if case let .form(form)? = app.state.overlay { #expect(form.title == "New lead") } else { Issue.record("no form") }
        app.send(.key(.escape))
        app.send(.key(.escape))
        #expect(app.state.filter == nil)
        #expect(app.state.status?.text == "Filter cleared: every lead is shown")
        #expect(app.render().lines[29].contains("7 leads"))
        app.send(.key(.character("n")))
        if case let .form(form)? = app.state.overlay { #expect(form.title == "New lead") } else { Issue.record("no form") }
        app.send(.key(.escape))
        // A selection on a column with a match stays where it is.
        #expect(app.state.selectedColumn == 5)
        filter("owner:ana", in: app)
        #expect(app.state.selectedColumn == 5 && app.state.selectedLead?.name == "Sarah O'Neill")
    }

    @Test func aBadQueryKeepsTheLineOpenWithTheReason() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        filter("score:high", in: app)
        guard case let .prompt(prompt)? = app.state.overlay else {
            Issue.record("the line closed")
            return
        }
        #expect(prompt.kind == .filter && prompt.error == "score:high is not a score range; try score:>60, score:<=40 or score:40-80")
        #expect(app.render().lines[27].contains("score:high is not a score range"))
        #expect(app.state.filter == nil)
        // `/` again offers the active filter to edit.
        app.send(.key(.escape))
        filter("stale", in: app)
        app.send(.key(.character("/")))
        #expect(app.state.overlay == .prompt(PromptState(kind: .filter, text: "stale")))
    }

    @Test func gotoALeadTheFilterHidesShowsEverythingAgain() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        filter("owner:ana", in: app)
        app.send(.key(.character(":")))
        for character in "goto 2" { app.send(.key(.character(character))) }
        app.send(.key(.enter))
        #expect(app.state.filter == nil)
        #expect(app.state.selectedLead?.name == "Tom Baker")
        // A lead the filter shows is reached without dropping it.
        filter("owner:ana", in: app)
        app.send(.key(.character(":")))
        for character in "goto 4" { app.send(.key(.character(character))) }
        app.send(.key(.enter))
        #expect(app.state.filter != nil)
        #expect(app.state.selectedLead?.name == "Sarah O'Neill")
    }

    @Test func theInboxIsFilteredAndSaysSo() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        filter("atelier", in: app)
        app.send(.key(.character("2")))
        #expect(app.state.inbox.rows.map(\.lead.name) == ["Marie Dubois"])
        #expect(app.render().lines[1].contains("1 waiting") && app.render().lines[1].contains("filtered: atelier"))
        filter("nobody-matches", in: app)
        #expect(app.render().text.contains("No waiting lead matches the filter (Esc clears it)."))
        // In the inbox, Esc clears marks first, then the filter.
        app.send(.key(.escape))
        #expect(app.state.filter == nil)
        #expect(app.state.inbox.rows.count == 3)
    }
}
