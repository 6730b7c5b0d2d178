import Foundation
import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// Email and web activity comes in from an email tool's export, lands on the leads with those
/// emails, all or nothing, and moves their scores through the `[engagement]` rules.
@Suite struct ActivityImportTests {
    let now = TemporaryBoard.now
    let day: Int64 = 86_400

    /// Three open leads with emails, in the first stage.
    func seeded(_ board: TemporaryBoard) throws -> Store {
        let store = try board.open()
        for (id, name, email) in [
            (1, "Ashley Clarke", "ashley.clarke@tidewater.co.uk"), (2, "Edward Patel", "edward.patel@northstar.co.uk"),
            (3, "Amparo Muñiz", "amparo@deusto.es"),
        ] {
            try store.createLead(
                Lead(id: Int64(id), name: name, email: email, stage: "lead", createdAt: now - 5 * day, enteredAt: now - 5 * day),
                actor: "seed")
        }
        return store
    }

    func write(_ text: String, _ board: TemporaryBoard, _ name: String = "activity.csv") throws -> String {
        let path = board.folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func iso(_ time: Int64) -> String { Timestamp.iso(time) }

    func leadID(_ email: String, _ store: Store) throws -> Int64? {
        try store.connection.prepare("SELECT id FROM leads WHERE email = ?").rows([.text(email)]) { $0.int64(0) }.first
    }

    @Test func aMailchimpExportLandsOnTheLeadsWithThoseEmailsAndASecondImportAddsNothing() throws {
        let board = TemporaryBoard()
        let store = try seeded(board)
        let file = try write(
            """
            Email Address,First Name,Last Name,Action,Timestamp,Campaign Title
            Ashley.Clarke@Tidewater.co.uk,Ashley,Clarke,open,\(iso(now - 3 * day)),November newsletter
            ashley.clarke@tidewater.co.uk,Ashley,Clarke,clicked,\(iso(now - 3 * day + 60)),November newsletter
            edward.patel@northstar.co.uk,Edward,Patel,Form Submit,\(iso(now - day)),

            """, board, "mailchimp.csv")
        let report = try store.importCSV(at: file, options: ImportOptions(kind: .activity), actor: "lucia", now: now)
        #expect(report.committed && report.created == 3 && report.rejected == 0)
        #expect(
            try store.activity(leadID: 1) == [
                ActivityRecord(kind: .click, at: now - 3 * day + 60, campaign: "November newsletter"),
                ActivityRecord(kind: .open, at: now - 3 * day, campaign: "November newsletter"),
            ])
        #expect(try store.activity(leadID: 2) == [ActivityRecord(kind: .formSubmit, at: now - day)])
        let events = try store.events(leadID: 1).filter { $0.kind == EventKind.activity }
        #expect(events.map(\.detail) == ["mailchimp.csv: 1 open, 1 click"] && events.first?.actor == "lucia")
        #expect(try store.events(leadID: 3).allSatisfy { $0.kind != EventKind.activity }, "a lead the file does not name gets no event")

        let again = try store.importCSV(at: file, options: ImportOptions(kind: .activity), actor: "lucia", now: now + 60)
        #expect(again.committed && again.created == 0 && again.unchanged == 3)
        #expect(try store.activity(leadID: 1).count == 2)
        #expect(try store.events(leadID: 1).filter { $0.kind == EventKind.activity }.count == 1)
    }

    @Test func rowsForEmailsNoLeadHasRefuseTheImportAndSayWhichOptionsTakeThem() throws {
        let board = TemporaryBoard()
        let store = try seeded(board)
        let file = try write(
            """
            Email,Event,Date,Campaign
            amparo@deusto.es,Page View,\(iso(now - day)),
            stranger@example.com,click,\(iso(now - day)),Webinar invite
            other@example.com,open,\(iso(now - day)),Webinar invite

            """, board)
        let refused = try store.importCSV(at: file, options: ImportOptions(kind: .activity), actor: "lucia", now: now)
        #expect(!refused.committed && refused.rejected == 2)
        #expect(refused.rejects.map(\.row) == [3, 4], "rows are numbered as a spreadsheet shows them, the header being 1")
        #expect(
            refused.rejects.map { Strings.english($0.reason) } == [
                "no lead on this board has the email 'stranger@example.com'", "no lead on this board has the email 'other@example.com'",
            ])
        #expect(refused.fixes == ["--create-leads"])
        #expect(try store.activity(leadID: 3).isEmpty, "all or nothing: the matched row is not written either")

        let skipped = try store.importCSV(at: file, options: ImportOptions(kind: .activity, skipBadRows: true), actor: "lucia", now: now)
        #expect(skipped.committed && skipped.created == 1 && skipped.rejected == 2)
        #expect(try store.activity(leadID: 3).map(\.kind) == [.pageView])
    }

    @Test func createLeadsMakesALeadOfEachNewEmailWithItsCreatedEvent() throws {
        let board = TemporaryBoard()
        let store = try seeded(board)
        let file = try write(
            """
            Email,First Name,Last Name,Event,Date
            nora.quinn@harbourlight.ie,Nora,Quinn,Form Submitted,\(iso(now - day))
            nora.quinn@harbourlight.ie,Nora,Quinn,page view,\(iso(now - 2 * day))
            jo@plain.example,,,open,\(iso(now - day))

            """, board)
        let report = try store.importCSV(at: file, options: ImportOptions(kind: .activity, createLeads: true), actor: "lucia", now: now)
        #expect(report.committed && report.created == 3 && report.createdLeads == 2)
        let nora = try store.requireLead(id: try #require(try leadID("nora.quinn@harbourlight.ie", store)))
        #expect(nora.name == "Nora Quinn" && nora.stage == "lead" && nora.createdAt == now)
        #expect(try store.events(leadID: nora.id).map(\.kind).sorted() == [EventKind.activity, EventKind.created])
        #expect(try store.activity(leadID: nora.id).map(\.kind) == [.formSubmit, .pageView])
        let jo = try store.requireLead(id: try #require(try leadID("jo@plain.example", store)))
        #expect(jo.name == "jo", "without a name column the lead is named by its email")
    }

    @Test func anUnknownActionRefusesTheWholeFileNamingTheRowAndTheActions() throws {
        let board = TemporaryBoard()
        let store = try seeded(board)
        let file = try write(
            """
            email,action,timestamp
            ashley.clarke@tidewater.co.uk,open,\(iso(now - day))
            edward.patel@northstar.co.uk,forwarded,\(iso(now - day))

            """, board)
        let refused = try store.importCSV(at: file, options: ImportOptions(kind: .activity), actor: "lucia", now: now)
        #expect(!refused.committed && refused.rejects.map(\.row) == [3] && refused.rejects.first?.column == "action")
        #expect(
            refused.rejects.map { Strings.english($0.reason) } == [
                "'forwarded' is not an activity; activities are open, click, bounce, unsubscribe, form_submit, page_view"
            ])
        #expect(try store.activity(leadID: 1).isEmpty)
        #expect(try store.events(leadID: 1).allSatisfy { $0.kind != EventKind.activity })
    }

    @Test func aCampaignWithControlCharactersIsRefusedBeforeItCouldReachATerminal() throws {
        let board = TemporaryBoard()
        let store = try seeded(board)
        let file = try write("email,action,timestamp,campaign\namparo@deusto.es,open,\(iso(now - 86_400)),Launch \u{1B}[2J week\n", board)
        let refused = try store.importCSV(at: file, options: ImportOptions(kind: .activity), actor: "lucia", now: now)
        #expect(!refused.committed && refused.rejects.first?.column == "campaign")
        #expect(try store.activity(leadID: 3).isEmpty)
    }

    @Test func aFileWithoutAnEmailColumnIsRefusedBeforeAnyRow() throws {
        let board = TemporaryBoard()
        let store = try seeded(board)
        let file = try write("Contact,Action,Date\nashley,open,2026-11-01\n", board)
        #expect(throws: HandoffError.self) {
            try store.importCSV(at: file, options: ImportOptions(kind: .activity), actor: "lucia", now: now)
        }
    }

    @Test func anImportRescoresTheLeadsItTouchesThroughAnEngagementRule() throws {
        let board = TemporaryBoard()
        let store = try seeded(board)
        let definition = try ScoringDefinition.parse(
            """
            threshold 50
            [engagement]
            clicks_30d >= 2 -> 30
            form_submissions >= 1 -> 25
            unsubscribes > 0 -> -40
            """)
        _ = try store.loadScoring(definition, author: "lucia", comment: "activity counts", at: now - day)
        #expect(try store.requireLead(id: 1).score == 0)
        let file = try write(
            """
            email,action,timestamp
            ashley.clarke@tidewater.co.uk,click,\(iso(now - 2 * day))
            ashley.clarke@tidewater.co.uk,click,\(iso(now - day))
            ashley.clarke@tidewater.co.uk,form_submit,\(iso(now - day))
            edward.patel@northstar.co.uk,click,\(iso(now - 45 * day))
            edward.patel@northstar.co.uk,click,\(iso(now - 44 * day))

            """, board)
        let report = try store.importCSV(at: file, options: ImportOptions(kind: .activity), actor: "lucia", now: now)
        #expect(report.committed && report.rescoredLeads == 1)
        #expect(try store.requireLead(id: 1).score == 55, "two clicks this month and a form")
        #expect(try store.requireLead(id: 2).score == 0, "two clicks, but not in the last 30 days")
        let scored = try store.events(leadID: 1).filter { $0.kind == EventKind.scored }
        #expect(scored.last?.detail == "0 -> 55 by scoring version 1; now qualifies")
        #expect(try store.leadScore(id: 1, now: now)?.breakdown.total == 55, "the panel's breakdown reads the same activity")
    }

    @Test func olderActivityCountsLessUnderAnActivityDecay() throws {
        let board = TemporaryBoard()
        let store = try seeded(board)
        let file = try write(
            """
            email,action,timestamp
            ashley.clarke@tidewater.co.uk,click,\(iso(now - 2 * day))
            ashley.clarke@tidewater.co.uk,click,\(iso(now - day))
            edward.patel@northstar.co.uk,click,\(iso(now - 45 * day))
            edward.patel@northstar.co.uk,click,\(iso(now - 44 * day))
            amparo@deusto.es,click,\(iso(now - 65 * day))
            amparo@deusto.es,click,\(iso(now - 64 * day))
            amparo@deusto.es,click,\(iso(now - 3 * day))

            """, board)
        #expect(try store.importCSV(at: file, options: ImportOptions(kind: .activity), actor: "lucia", now: now).committed)
        // Loading rescans every open lead with the activity already on the board.
        let load = try store.loadScoring(
            try ScoringDefinition.parse(
                """
                threshold 50
                [engagement]
                clicks >= 2 -> 40
                clicks >= 1.5 -> 10
                activity decay 30 days 50%
                """), author: "lucia", comment: "recent clicks matter", at: now)
        #expect(load.changed == 2)
        #expect(try store.requireLead(id: 1).score == 50, "two clicks of this week count 2")
        #expect(try store.requireLead(id: 2).score == 0, "two clicks of six weeks ago count half each: 1")
        #expect(try store.requireLead(id: 3).score == 10, "two clicks of two months ago count a quarter each, a new one 1: 1.5")
    }
}

/// A board of the version before activity opens with the table, takes an activity import, and
/// passes `handoff check`.
@Suite(.enabled(if: TemporaryBoard.onFile, "boards of older schemas exist only as files")) struct ActivityMigrationTests {
    @Test func aBoardOfThePreviousVersionGetsTheTableAndPassesTheCheck() throws {
        let board = TemporaryBoard()
        let now = TemporaryBoard.now
        do {
            let store = try board.seedSmallBoard()
            try store.connection.execute("UPDATE leads SET email = 'tom@brightwave.example' WHERE id = 2")
            // Migration 15 made the table; 16 and 17 run again after it, so what they made goes too.
            try store.connection.execute(
                TemporaryBoard.scoresBackInLeads + "DROP TABLE activities; DROP TABLE score_changes; PRAGMA user_version = 14;")
        }
        let store = try board.open()
        #expect(try store.connection.scalar("PRAGMA user_version") == Int64(Migrations.all.count))
        let file = board.folder + "/activity.csv"
        try "email,action,timestamp\ntom@brightwave.example,click,2026-11-19T10:00:00Z\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        #expect(try store.importCSV(at: file, options: ImportOptions(kind: .activity), actor: "lucia", now: now).created == 1)
        let report = try BoardCheck.run(path: board.path)
        #expect(report.passed, "\(report.problems)")
    }
}
