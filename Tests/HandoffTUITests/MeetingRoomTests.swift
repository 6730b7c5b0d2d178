import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The meeting as the person chairing it runs it: acting on a lead from its agenda line, writing
/// decisions, keeping attendance and time, keeping the action items right, closing with the
/// minutes written to a file; and the layouts at every size.
@Suite struct MeetingRoomTests {
    let closedAt = TemporaryBoard.kpiWeekStart + 2 * 86_400 + 12 * 3_600
    let now = TemporaryBoard.kpiWeekStart + 4 * 86_400 + 12 * 3_600

    /// The KPI board after Wednesday's meeting, opened in meeting mode on Friday at noon.
    func app(_ board: TemporaryBoard, as actor: String = "elena", width: Int = 120, height: Int = 40, readOnly: Bool = false) throws
        -> AppRuntime
    {
        let store = try board.seedKPIBoard()
        try store.addActionItem(
            item: "rejected", body: "Ask sales what a student lead looks like", owner: "lucia", due: closedAt + 86_400,
            actor: "ana", now: closedAt - 600)
        try store.closeMeeting(actor: "ana", now: closedAt)
        let app = AppRuntime(store: readOnly ? try board.open(readOnly: true) : store, actor: actor, width: width, height: height, now: now)
        app.send(.key(.character("m")))
        return app
    }

    func keys(_ text: String, _ app: AppRuntime) {
        for character in text {
            switch character {
            case "⏎": app.send(.key(.enter))
            case "⎋": app.send(.key(.escape))
            case "⇥": app.send(.key(.tab))
            case "→": app.send(.key(.right))
            case "←": app.send(.key(.left))
            default: app.send(.key(.character(character)))
            }
        }
    }

    func item(_ key: String, _ app: AppRuntime) throws {
        let index = try #require(app.state.meeting?.agenda?.items.firstIndex { $0.key == key })
        keys("g" + String(repeating: "n", count: index), app)
    }

    @Test func enterOnAnAgendaLineOpensTheLeadAndAnOverdueHandoffIsReassignedAndAnsweredThere() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        try item("sla_breaches", app)
        // Lines carry their lead's id; Delta, waiting past due, is the second.
        #expect(app.render().text.contains("#5 Lead 5 (Delta) · still waiting"))
        keys("j⏎", app)
        guard case let .detail(detail)? = app.state.overlay else {
            Issue.record("no detail: \(String(describing: app.state.overlay))"); return
        }
        #expect(detail.lead.id == 5)
        // r gives it to another member: Ben, who answers handoffs.
        keys("r", app)
        #expect(app.render().text.contains("Give Lead 5 to"))
        while app.state.overlay.map({ if case let .form(form) = $0 { form.value("owner") != "ben" } else { false } }) == true {
            keys("→", app)
        }
        keys("⏎", app)
        #expect(app.state.status?.text == "Lead 5 is now Ben Okafor's")
        #expect(try app.store.lead(id: 5)?.owner == "ben")
        // The form closed on the lead's detail, read again; a accepts it from there.
        guard case let .detail(given)? = app.state.overlay else { Issue.record("the detail did not come back"); return }
        #expect(given.lead.owner == "ben")
        #expect(app.state.meeting?.selectedItem?.key == "sla_breaches")
        keys("a", app)
        #expect(try app.store.lead(id: 5)?.stage == "sal")
        guard case let .detail(after)? = app.state.overlay else { Issue.record("the detail closed"); return }
        #expect(after.lead.stage == "sal")
        keys("⎋", app)
        #expect(
            app.state.meeting?.agenda?.items.first { $0.key == "sla_breaches" }?.entries.contains {
                $0.leadID == 5 && $0.text.contains("still waiting")
            } == false)
        // c writes a next step on a lead from its line.
        try item("losses", app)
        keys("⏎c", app)
        keys("Call Cobre about the price⇥+2⏎", app)
        #expect(try app.store.notes(leadID: 3).first?.body == "Call Cobre about the price")
        // Esc on a form opened from the detail goes back to the detail, and Esc there to the agenda.
        keys("c⎋", app)
        if case .detail? = app.state.overlay {} else { Issue.record("Esc left the lead: \(String(describing: app.state.overlay))") }
        keys("⎋", app)
        #expect(app.state.overlay == nil && app.state.meeting != nil)
    }

    @Test func decisionsNotesAttendeesAndAClockPerItem() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        try item("rejected", app)
        keys("w", app)
        #expect(app.render().text.contains("Decision or note on Rejected handoffs, and why"))
        keys("Students go to nurture, never to sales⏎", app)
        #expect(app.state.status?.text == "Decision on Rejected handoffs, and why: Students go to nurture, never to sales")
        #expect(app.render().text.contains("Decision: Students go to nurture, never to sales · Elena Vidal"))
        // A note on another item, chosen with ←.
        try item("kpis", app)
        keys("w⇥→⇥SLA fell because of Delta⏎", app)
        #expect(try app.store.meetingNotes(meetingID: 2).map { "\($0.kind.rawValue) \($0.item)" } == ["decision rejected", "note kpis"])
        // x on the note's line takes it back, once asked.
        let noteLine = try #require(
            app.state.meeting.flatMap { meeting in meeting.selectedItem.map { meeting.lines(of: $0) } }?.firstIndex {
                if case .note = $0 { true } else { false }
            })
        keys(String(repeating: "j", count: noteLine) + "x", app)
        #expect(app.render().text.contains("Take back \"SLA fell because of Delta\"?"))
        keys("⏎", app)
        #expect(try app.store.meetingNotes(meetingID: 2).count == 1)

        keys("A", app)
        #expect(app.render().text.contains("Attendees") && app.render().text.contains("Ana López: not on the list"))
        keys("⏎", app)
        #expect(app.state.status?.text == "Ana López attends the meeting")
        #expect(app.render().line(0).contains("1 attendee"))

        keys("T", app)
        #expect(app.state.status?.text == "Clock on: 5:00 per item")
        #expect(app.render().line(0).contains("0:00 of 5:00"))
        app.send(.tick(now: now + 301))
        let over = app.render()
        #expect(over.line(0).contains("5:01 of 5:00"))
        let clockColumn = try #require(
            over.line(0).range(of: "5:01").map { over.line(0).distance(from: over.line(0).startIndex, to: $0.lowerBound) })
        #expect(over[clockColumn, 0].style.role == .danger)
        keys("n", app)
        #expect(app.render().line(0).contains("0:00 of 5:00"))
        keys("T", app)
        #expect(!app.render().line(0).contains("of 5:00"))
    }

    @Test func actionItemsAreEditedAndDeletedWithNamesAndWholeLabels() throws {
        let board = TemporaryBoard()
        let app = try app(board, width: 80, height: 24)
        keys("a", app)
        let form = app.render().text
        #expect(form.contains("Due: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +3 for three days") && form.contains("empty for no date."))
        for label in ["What", "Who", "Due"] {
            let row = try #require(form.split(separator: "\n").first { $0.contains("│ \(label) ") }, "\(label) in \(form)")
            #expect(!row.contains("…"), "a label cut: \(row)")
        }
        keys("Call Delta⇥→⇥2020-01-01⏎", app)
        #expect(app.render().text.contains("2020-01-01 has passed; an action item is due in the future"))
        app.send(.key(.control("u")))
        keys("+2⏎", app)
        #expect(app.state.status?.text == "Action item for Ana López: Call Delta, due 2026-11-08")
        let lines = try #require(app.state.meeting.flatMap { meeting in meeting.selectedItem.map { meeting.lines(of: $0) } })
        let actionLine = try #require(lines.firstIndex { if case .action = $0 { true } else { false } })
        #expect(app.render().text.contains("→ Call Delta · Ana López · due 2026-11-08"))
        keys(String(repeating: "j", count: actionLine) + "⏎", app)
        #expect(app.render().text.contains("Action item #2"))
        keys("⇥→⏎", app)
        #expect(app.state.status?.text == "Changed: #2 Call Delta · Ben Okafor · due 2026-11-08")
        keys("x", app)
        #expect(app.render().text.contains("Delete action item #2: Call Delta · Ben Okafor · due 2026-11-08?"))
        keys("⏎", app)
        #expect(try app.store.actionItem(id: 2) == nil)
        #expect(try app.store.boardEvents(limit: 20).map(\.kind).contains("action_deleted"))
    }

    @Test func closingAsksWholeWarnsOfWhatWasNotDiscussedAndWritesTheMinutes() throws {
        let board = TemporaryBoard()
        let app = try app(board, width: 80, height: 24)
        keys("d", app)
        keys("C", app)
        let dialog = app.render().text
        #expect(dialog.contains("Close the meeting that covers everything since") && dialog.contains("8 of 9 items not discussed."))
        let file = board.path + "-minutes.md"
        keys(file + "⏎", app)
        #expect(app.state.meeting == nil)
        #expect(app.state.status?.text.contains("minutes written to \(file)") == true)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written == (try app.store.minutes(meetingID: 2, language: .english, format: "markdown")))
        #expect(written.contains("8 of 9 items not discussed.") && written.contains("Attended by Elena Vidal."))
        // A file that is there already is never overwritten: the meeting stays open.
        app.send(.key(.character("m")))
        keys("dC" + file + "⏎", app)
        #expect(app.state.status?.tone == .error && app.state.status?.text.contains("already exists") == true)
        #expect(try app.store.openMeeting() != nil)
    }

    @Test func helpOpensOnTheMeetingsKeysAndAReadOnlyScreenHidesWhatItCannotDo() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        keys("?", app)
        #expect(app.render().line(2).contains("In the meeting"))
        keys("⎋", app)
        let writer = app.render().line(39)
        #expect(writer.contains("d discussed") && writer.contains("C close") && writer.contains("t done") && writer.contains("q leave"))

        let readOnly = try self.app(TemporaryBoard(), as: "ana", readOnly: true)
        let footer = readOnly.render().line(39)
        #expect(
            !footer.contains("d discussed") && !footer.contains("a action") && !footer.contains("C close") && !footer.contains("w decision")
        )
        #expect(footer.contains("n/p item") && footer.contains("Enter open") && footer.contains("q leave"))
        // At 80 columns the way out is still said.
        let narrow = try self.app(TemporaryBoard(), width: 80, height: 24)
        #expect(narrow.render().line(23).trimmingCharacters(in: .whitespaces).hasSuffix("? keys · q leave"))
    }

    @Test func layoutsFitEverySize() throws {
        let board = TemporaryBoard()
        let app = try app(board, width: 80, height: 24)
        try item("kpis", app)
        // The figures stay in columns at 80: every value ends in the same column.
        let kpis = app.render().lines.filter {
            $0.contains("Leads created") || $0.contains("Acceptance rate") || $0.contains("Median response")
        }
        #expect(kpis.count == 3)
        let ends = kpis.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression).count }
        #expect(Set(ends).count == 1, "\(kpis)")
        #expect(app.render().text.contains("Acceptance rate") && app.render().text.contains("Median response"))
        // Large at 80x24: what does not fit says so.
        keys("z", app)
        #expect(app.render().text.contains("▼"), "\(app.render().text)")
        // Double-spaced between lines, never inside one.
        try item("accepted", app)
        let large = app.render().lines
        let first = try #require(large.firstIndex { $0.contains("#3 Lead 3 (Cobre)") })
        #expect(large[first + 1].contains("(late)"), "the continuation right under its line: \(large)")
        // The win box keeps its text whole.
        try item("win:\(try #require(try app.store.events(leadID: 1).first { $0.kind == "won" }?.id))", app)
        #expect(app.render().text.contains("Sourced by Lucía Fernández (campaign Spring webinar)"))
        keys("z", app)
        let box = app.render().text
        #expect(
            box.contains("Sourced by Lucía Fernández (campaign Spring") && box.contains("webinar)") && !box.contains("webin…"), "\(box)")
        // The agenda list grows with the screen.
        for (width, height) in [(120, 40), (200, 50)] {
            let wide = try self.app(TemporaryBoard(), width: width, height: height)
            #expect(wide.render().text.contains("   Follow-ups from the last meeting "), "\(width)")
        }
    }
}
