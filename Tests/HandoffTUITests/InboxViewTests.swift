import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The inbox as a rep uses it: rows with coloured SLA clocks, answers from the keyboard, bulk
/// answers, filters, and the feedback panel, asserted on the rendered buffer and in the store.
@Suite struct InboxViewTests {
    func app(_ board: TemporaryBoard, as user: String = "ben", width: Int = 140, height: Int = 40) throws -> AppRuntime {
        let app = AppRuntime(store: try board.seedInboxBoard(), actor: user, width: width, height: height, now: TemporaryBoard.now)
        app.send(.key(.character("2")))
        return app
    }

    func type(_ text: String, into app: AppRuntime) {
        for character in text { app.send(.key(.character(character))) }
    }

    func row(of name: String, in buffer: ScreenBuffer) -> Int? {
        (0..<buffer.height).first { buffer.line($0).contains(name) }
    }

    @Test func rowsShowTheClockInTheColourOfItsUrgency() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        let buffer = app.render()
        #expect(buffer.line(0).contains("2 Inbox"))
        #expect(buffer.line(1).hasPrefix(" INBOX  3 waiting · 1 overdue · showing all (f)"))
        // Oldest handoff first; the clock column starts at x = 4 (after the mark column), then the
        // lead id every command takes.
        #expect(buffer.line(4).hasPrefix("    2h 00m over         #6 Marie Dubois"))
        #expect(buffer.line(5).hasPrefix("    5h 00m left         #7 Kofi Mensah"))
        #expect(buffer.line(6).hasPrefix("    16h 00m left        #3 Íñigo Muñoz"))
        #expect(buffer[4, 4].style.role == .danger && buffer[4, 4].style.bold)
        #expect(buffer[4, 5].style.role == .warning)
        #expect(buffer[4, 6].style.role == .success)
        // Who handed each lead off, and the owner (unassigned in the warning colour).
        let trimmed = buffer.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(trimmed[4].contains("marta · 3d ago") && trimmed[4].hasSuffix("unassigned"))
        #expect(trimmed[6].contains("seed · 1d ago") && trimmed[6].hasSuffix("ana"))
        // The cursor row is highlighted; the clock keeps its colour on it.
        #expect(buffer[20, 4].style == Style(.selected, bold: true, reverse: true))
        #expect(buffer[20, 5].style.reverse == false)
    }

    @Test func rejectTheFirstWithAReasonThenAcceptTheNext() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("x")))
        #expect(app.render().text.contains("Reject Marie Dubois: why?"))
        app.send(.key(.enter))
        #expect(app.render().text.contains("choose a reason with ← →"))
        #expect(try app.store.lead(id: 6)?.stage == "mql")
        app.send(.key(.right))
        app.send(.key(.right))
        app.send(.key(.tab))
        type("budget frozen", into: app)
        app.send(.key(.enter))
        #expect(app.state.overlay == nil)
        #expect(app.state.status?.text == "Rejected Marie Dubois (no_budget): back to nurturing")
        let rejected = try #require(try app.store.events(leadID: 6).first)
        #expect(
            rejected.kind == "rejected" && rejected.detail == "no_budget: budget frozen" && rejected.actor == "ben"
                && rejected.at == TemporaryBoard.now)

        // The cursor now stands on the next lead: accept it.
        #expect(app.state.inbox.selectedItem?.lead.id == 7)
        app.send(.key(.character("a")))
        #expect(app.state.status?.text == "Accepted Kofi Mensah: yours now")
        #expect(try app.store.lead(id: 7)?.stage == "sal")
        #expect(app.state.inbox.rows.map(\.lead.id) == [3])
        #expect(app.render().line(1).hasPrefix(" INBOX  1 waiting · 0 overdue"))
    }

    @Test func markedLeadsAreAnsweredTogetherAndUndoneTogether() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("v")))
        app.send(.key(.character("v")))
        let buffer = app.render()
        #expect(buffer.line(4).hasPrefix(" ●") && buffer.line(5).hasPrefix(" ●") && buffer.line(6).hasPrefix("  "))
        #expect(buffer.line(1).contains("2 marked (v)"))
        app.send(.key(.escape))
        #expect(app.state.inbox.marked.isEmpty && !app.state.shouldQuit)
        app.send(.key(.character("g")))
        app.send(.key(.character("v")))
        app.send(.key(.character("v")))
        let events = try app.store.eventCount()
        app.send(.key(.character("a")))
        #expect(app.state.status?.text == "Accepted 2 leads: yours now")
        #expect(try app.store.eventCount() == events + 2)
        #expect(try app.store.lead(id: 6)?.owner == "ben" && app.store.lead(id: 7)?.owner == "ben")
        #expect(app.state.inbox.marked.isEmpty)
        app.send(.key(.character("u")))
        #expect(try app.store.lead(id: 6)?.stage == "mql" && app.store.lead(id: 7)?.stage == "mql")
        #expect(try app.store.eventCount() == events + 4)
        #expect(app.state.inbox.rows.map(\.lead.id) == [6, 7, 3])
    }

    @Test func acceptingForAnotherRepOffersTheSalesTeam() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("A")))
        let text = app.render().text
        #expect(text.contains("Accept Marie Dubois for") && text.contains("◂ Ben Okafor (ben) ▸"))
        app.send(.key(.left))
        app.send(.key(.enter))
        #expect(try app.store.lead(id: 6)?.owner == "ana")
        #expect(app.state.status?.text == "Accepted Marie Dubois for ana")
    }

    @Test func theFilterNarrowsTheListAndTheCounts() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("f")))
        #expect(app.state.inbox.filter == .mine)
        #expect(app.state.inbox.rows.map(\.lead.id) == [7])
        app.send(.key(.character("f")))
        #expect(app.state.inbox.rows.map(\.lead.id) == [6])
        app.send(.key(.character("f")))
        #expect(app.state.inbox.rows.map(\.lead.id) == [6])
        #expect(app.render().line(1).contains("showing overdue (f)"))
        app.send(.key(.character("f")))
        #expect(app.state.inbox.filter == .all && app.state.inbox.total == 3)
    }

    @Test func answeringALeadThatIsNotHandedOffIsRefusedAtOnce() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedInboxBoard(), actor: "ben", width: 140, height: 40, now: TemporaryBoard.now)
        app.send(.key(.character("x")))
        #expect(app.state.overlay == nil)
        #expect(
            app.state.status?.text == "cannot move: lead 2 is in New lead, not handed off; only leads in MQL, handed off can be rejected")
    }

    @Test func theFeedbackPanelShowsRatesAndReasonsBySourceAndCampaign() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: nil), actor: "ana", at: TemporaryBoard.now - 3_600)
        try store.apply(
            .reject(leadID: 6, reason: "student", comment: "", expectedVersion: nil), actor: "ana", at: TemporaryBoard.now - 3_600)
        try store.apply(
            .reject(leadID: 7, reason: "no_budget", comment: "", expectedVersion: nil), actor: "ana", at: TemporaryBoard.now - 3_600)
        let app = AppRuntime(store: store, actor: "ben", width: 140, height: 40, now: TemporaryBoard.now)
        app.send(.key(.character("2")))
        var buffer = app.render()
        let top = try #require(row(of: "FEEDBACK FOR MARKETING", in: buffer))
        #expect(buffer.line(top).contains("last 30 days (p) · by source (b) · 1 accepted · 2 rejected · 33% acceptance"))
        #expect(buffer.line(top + 1).hasPrefix(" Source"))
        let webinar = try #require(row(of: " webinar ", in: buffer))
        #expect(buffer.line(webinar).contains("0         1     0%  student 1"))
        // 0% accepted is shown as a problem.
        let rateX = try #require(
            buffer.line(webinar).range(of: "0%").map {
                buffer.line(webinar).distance(from: buffer.line(webinar).startIndex, to: $0.lowerBound)
            })
        #expect(buffer[rateX, webinar].style.role == .danger)
        app.send(.key(.character("b")))
        buffer = app.render()
        #expect(buffer.line(top).contains("by campaign (b)"))
        #expect(row(of: " spring ", in: buffer) != nil && row(of: " (none) ", in: buffer) != nil)
        app.send(.key(.character("p")))
        #expect(app.render().line(top).contains("last 90 days (p)"))
    }

    @Test func anEmptyInboxSaysSo() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.open(), actor: "ben", width: 120, height: 30, now: TemporaryBoard.now)
        app.send(.key(.character("2")))
        let text = app.render().text
        #expect(text.contains("Nothing waiting: every handoff has an answer."))
        #expect(text.contains("No handoff was accepted or rejected in the last 30 days."))
        app.send(.key(.character("a")))
        #expect(app.state.status?.text == "the inbox is empty: nothing to answer")
    }

    /// Each filter has its own sentence: the filter's name is not an adjective ("No mine leads").
    @Test func anEmptyFilterSaysWhatIsNotThereInAWholeSentence() throws {
        let expected: [Language: [String]] = [
            .english: [
                "No lead waiting is yours (f changes the filter).", "No lead waiting is unassigned (f changes the filter).",
                "No lead waiting is overdue (f changes the filter).",
            ],
            .spanish: [
                "Ningún lead en espera es tuyo (f cambia el filtro).", "Ningún lead en espera está sin asignar (f cambia el filtro).",
                "Ningún lead en espera está vencido (f cambia el filtro).",
            ],
        ]
        for (language, sentences) in expected {
            let board = TemporaryBoard()
            let app = AppRuntime(
                store: try board.open(), actor: "ben", width: 120, height: 30, now: TemporaryBoard.now,
                options: AppOptions(strings: Strings(language)))
            app.send(.key(.character("2")))
            for sentence in sentences {
                app.send(.key(.character("f")))
                #expect(app.render().text.contains(sentence), "\(language): \(sentence)")
            }
        }
    }

    @Test func theFeedbackIsReadOnlyWhileTheInboxIsOnScreen() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedInboxBoard(), actor: "ben", width: 140, height: 40, now: TemporaryBoard.now)
        #expect(app.state.inbox.feedback == nil)
        app.send(.key(.tab))
        #expect(app.state.view == .inbox)
        #expect(app.state.inbox.feedback?.grouping == .source)
        #expect(app.state.inbox.rows.count == 3)
    }
}
