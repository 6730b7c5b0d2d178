import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// `handoff import`, `export` and `generate` run as a user runs them, and `:import` on the board in
/// a real (tmux) terminal.
@Suite struct ImportEndToEndTests {
    @Test func importReportsWhatItDidAndRefusesBadFilesWithExitCodeOne() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        // As an admin, who may add the file's unknown owner to the team.
        let ok = try HandoffBinary.run(["import", Fixtures.path("hubspot-contacts.csv"), "--db", board.path, "--as", "elena"])
        #expect(ok.status == 0, "\(ok.error)")
        #expect(ok.output.hasPrefix("Imported \(Fixtures.path("hubspot-contacts.csv")): 5 rows in "))
        #expect(
            ok.output.contains(
                "  5 leads created, 0 updated, 0 unchanged\n  owners added to the sales team: grace.hopper (Grace Hopper)\n  6 history events written\n"
            ))
        #expect(try board.open(readOnly: true).events(leadID: 51_234_567_801).first?.actor == "elena")

        let events = try board.open(readOnly: true).eventCount()
        let rejects = board.folder + "/rejects.csv"
        let refused = try HandoffBinary.run([
            "import", Fixtures.path("unmapped-stages.csv"), "--db", board.path, "--rejects", rejects, "--as", "lucia",
        ])
        #expect(refused.status == 1)
        #expect(refused.output.isEmpty)
        #expect(
            refused.error == """
                Nothing was imported: 3 of 4 rows cannot be imported.
                  Columns read: id -> id, name -> name, stage -> stage, value -> value, created -> created, closed -> closed.
                  3 rows, column stage:
                    row 2: 'Engaging' is not a stage of this board
                    row 3: 'Signed' is not a stage of this board
                    row 4: 'Engaging' is not a stage of this board
                Stage values this board does not know: 'Engaging' (2 rows), 'Signed' (1 row).
                  Map each to a stage with --stage-map 'Engaging=STAGE,Signed=STAGE'; stages: lead, nurture, mql, sal, sql, proposal, negotiation, won, lost.
                To import these rows: handoff import \(Fixtures.path("unmapped-stages.csv")) --stage-map 'Engaging=STAGE,Signed=STAGE'
                Correct the file and import it again, or pass --skip-bad-rows to import the other 1 row.
                The rejected rows are in \(rejects).

                """)
        #expect(try board.open(readOnly: true).eventCount() == events)
        #expect(try String(contentsOfFile: rejects, encoding: .utf8).split(separator: "\n").count == 4)

        let usage = try HandoffBinary.run(["import", "--db", board.path])
        #expect(usage.status == 2 && usage.error.contains("'import' needs FILE"))
        let help = try HandoffBinary.run(["import", "--help"])
        #expect(help.status == 0 && help.output.contains("--stage-map VALUE=STAGE,...") && help.output.contains("Lifecycle Stage"))
    }

    @Test func aFailedImportLeavesNoNewBoardBehindAndSaysWhatWouldFixIt() throws {
        let board = TemporaryBoard()
        let result = try HandoffBinary.run(["import", Fixtures.path("prospects.csv"), "--db", board.path])
        #expect(result.status == 1)
        #expect(
            result.error.contains("To import these rows: handoff import \(Fixtures.path("prospects.csv")) --map id=ProspectID\n"),
            "\(result.error)")
        for suffix in ["", "-wal", "-shm", "-journal"] { #expect(!FileManager.default.fileExists(atPath: board.path + suffix)) }
        // With the option it suggests, the same command imports.
        let fixed = try HandoffBinary.run(["import", Fixtures.path("prospects.csv"), "--db", board.path, "--map", "id=ProspectID"])
        #expect(fixed.status == 0, "\(fixed.error)")
        #expect(
            fixed.output.contains("  3 deals created, 0 updated, 0 unchanged")
                || fixed.output.contains("  3 leads created, 0 updated, 0 unchanged"), "\(fixed.output)")
        // A board that was there stays, refused import or not.
        let again = try HandoffBinary.run(["import", Fixtures.path("ambiguous-dates.csv"), "--db", board.path])
        #expect(again.status == 1 && FileManager.default.fileExists(atPath: board.path))
    }

    @Test func theBoardCurrencyIsSetAndListedFromTheCommandLine() throws {
        let board = TemporaryBoard()
        let imported = try HandoffBinary.run(["import", Fixtures.path("pipedrive-deals.csv"), "--db", board.path])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("  the board's currency is now EUR, the currency of the file's amounts (handoff settings)\n"))
        #expect(try HandoffBinary.run(["settings", "list", "--db", board.path]).output == "currency EUR\n")
        let set = try HandoffBinary.run(["settings", "set", "currency", "usd", "--db", board.path])
        #expect(set.status == 0 && set.output == "The board's currency is USD.\n", "\(set.error)")
        let wrong = try HandoffBinary.run(["settings", "set", "colour", "red", "--db", board.path])
        #expect(wrong.status == 1 && wrong.error.contains("'colour' is not a setting; settings are: currency"))
        let fresh = TemporaryBoard()
        try HandoffBinary.makeDemo(at: fresh.path)
        #expect(try HandoffBinary.run(["settings", "list", "--db", fresh.path]).output.hasPrefix("currency "))
    }

    @Test func aDryRunNeverCreatesTheBoard() throws {
        let board = TemporaryBoard()
        let result = try HandoffBinary.run([
            "import", Fixtures.path("deals-spreadsheet.csv"), "--db", board.path, "--kind", "deals", "--dry-run",
            "--map", "name=Opportunity,company=Customer,stage=Phase,value=Close value,created=Engage date,closed=Closing date,owner=Rep",
            "--stage-map", "Engaging=proposal,Won=won,Lost=lost,Prospecting=sql", "--date-format", "dd/MM/yyyy",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Columns:\n  Opportunity -> name\n  Customer -> company\n  Phase -> stage\n"))
        #expect(result.output.contains("  7 deals would be created, 0 would be updated, 0 unchanged\n"))
        #expect(!FileManager.default.fileExists(atPath: board.path))
    }

    @Test func exportImportExportThroughTheBinaryIsByteIdentical() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let first = board.folder + "/first.csv", second = board.folder + "/second.csv", copy = board.folder + "/copy.db"
        let exported = try HandoffBinary.run(["export", "--db", board.path, "--out", first])
        #expect(exported.status == 0 && exported.error == "Exported 348 leads to \(first)\n")
        #expect(try HandoffBinary.run(["import", first, "--db", copy]).status == 0)
        #expect(try HandoffBinary.run(["export", "--db", copy, "--out", second]).status == 0)
        let a = try Data(contentsOf: URL(fileURLWithPath: first)), b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a == b && a.count > 50_000)
        // To a pipe, stdout is the same bytes as the file.
        #expect(try HandoffBinary.run(["export", "--db", board.path]).output == String(decoding: a, as: UTF8.self))
    }

    @Test func exportedControlCharactersAreShownOnATerminalAndKeptInFiles() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        try store.createLead(
            Lead(id: 1, name: "Evil \u{1B}[2J Corp", company: "Bell\u{07}Co", stage: "lead", createdAt: 0, enteredAt: 0), actor: "t")
        let file = board.folder + "/out.csv"
        #expect(try HandoffBinary.run(["export", "--db", board.path, "--out", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Evil \u{1B}[2J Corp,Bell\u{07}Co"))
        let session = try TmuxSession(
            command: ["sh", "-c", "'\(HandoffBinary.path)' export --db '\(board.path)'; sleep 30"], width: 120, height: 10)
        let shown = try session.waitFor(timeout: 20) { $0.contains("Evil") }
        #expect(shown.screen.contains("Evil ␛[2J Corp,Bell␇Co"), "screen was:\n\(shown.screen)")
    }

    @Test func generateIsDeterministicForASeedAndRefusesABoardWithLeads() throws {
        let board = TemporaryBoard()
        let a = board.folder + "/a.db", b = board.folder + "/b.db"
        for path in [a, b] {
            let result = try HandoffBinary.run(["generate", "--leads", "2000", "--seed", "5", "--until", "2026-11-20", "--db", path])
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.hasPrefix("Generated 2,000 leads, "))
            #expect(result.output.contains("  by stage: lead "))
        }
        for kind in ["leads", "events", "campaigns"] {
            let left = try HandoffBinary.run(["export", "--kind", kind, "--db", a]).output
            let right = try HandoffBinary.run(["export", "--kind", kind, "--db", b]).output
            #expect(left == right && left.count > 100, "\(kind)")
        }
        let again = try HandoffBinary.run(["generate", "--leads", "10", "--db", a])
        #expect(again.status == 1 && again.error == "handoff: \(a) already has 2,000 leads; generate into a new board (--db NEW.db)\n")
        let missing = try HandoffBinary.run(["generate", "--db", board.folder + "/c.db"])
        #expect(missing.status == 2 && missing.error.contains("'generate' needs --leads N"))
    }

    @Test func colonImportShowsAPreviewAndImportsOnlyOnceConfirmed() throws {
        let board = TemporaryBoard()
        try HandoffBinary.makeDemo(at: board.path)
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path, "--as", "lucia"], width: 140, height: 42)
        #expect(try session.waitFor(timeout: 20) { $0.contains("348 leads") }.matched)
        try session.send(":")
        try session.type("import '\(Fixtures.path("hubspot-contacts.csv"))'")
        try session.send("Enter")
        let preview = try session.waitFor(timeout: 20) { $0.contains("First rows as they will be stored") }
        #expect(preview.matched, "screen was:\n\(preview.screen)")
        #expect(
            preview.screen.contains("Lifecycle Stage -> stage") && preview.screen.contains("Megan Sullivan")
                && preview.screen.contains("Enter or y import"))
        // Esc cancels: nothing is imported.
        try session.send("Escape")
        #expect(try session.waitFor(timeout: 20) { !$0.contains("First rows") }.matched)
        #expect(try board.open(readOnly: true).leadCount() == 348)

        // Marketing may not add the file's unknown owner to the team: that lead comes in without one.
        try session.send(":")
        try session.type("import '\(Fixtures.path("hubspot-contacts.csv"))' --skip-unknown-owners")
        try session.send("Enter")
        #expect(try session.waitFor(timeout: 20) { $0.contains("First rows as they will be stored") }.matched)
        try session.send("y")
        let done = try session.waitFor(timeout: 20) {
            $0.contains("Imported hubspot-contacts.csv: 5 leads created") && $0.contains("353 leads")
        }
        #expect(done.matched, "screen was:\n\(done.screen)")
        #expect(try board.open(readOnly: true).leadCount() == 353)

        // A refused file shows its problems in the panel and writes nothing.
        try session.send(":")
        try session.type("import '\(Fixtures.path("ragged.csv"))'")
        try session.send("Enter")
        #expect(
            try session.waitFor(timeout: 20) {
                $0.contains("Problems in these rows") && $0.contains("the row has 2 fields but the header has 3")
            }.matched)
        try session.send("Enter")
        let refused = try session.waitFor(timeout: 20) { $0.contains("Nothing was imported: 2 of 5 rows cannot be imported.") }
        #expect(refused.matched, "screen was:\n\(refused.screen)")
        #expect(try board.open(readOnly: true).leadCount() == 353)
        try session.send("Escape")
        // A key sent right behind Escape could arrive as one Alt sequence on a loaded machine.
        #expect(try session.waitFor(timeout: 20) { !$0.contains("Problems in these rows") }.matched)
        try session.send(":")
        try session.type("import nowhere.csv")
        try session.send("Enter")
        #expect(try session.waitFor(timeout: 20) { $0.contains("cannot read nowhere.csv: No such file or directory") }.matched)
    }
}
