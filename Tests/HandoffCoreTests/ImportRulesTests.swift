import HandoffCore
import HandoffTestSupport
import Testing

/// The rules an import reads a file by: header names, stage values, dates, amounts.
@Suite struct ImportRulesTests {
    @Test func headersMapCaseAndSpaceInsensitivelyWithExactNamesFirst() throws {
        let mapping = try ImportMapping(
            header: [
                "RECORD id", "first_name", "Last Name", "E-mail", "lifecycle_stage", "Lead Status", "stage",
                "attr.Stage", "Notes", "", "Notes",
            ], kind: .leads)
        #expect(
            mapping.column("id") == 0 && mapping.column("first_name") == 1 && mapping.column("last_name") == 2
                && mapping.column("email") == 3)
        // `stage` itself beats the HubSpot names; they and the attr. column become attributes.
        #expect(mapping.column("stage") == 6)
        #expect(
            mapping.attributes == [
                ImportMapping.Attribute(column: 4, name: "lifecycle_stage"), ImportMapping.Attribute(column: 5, name: "Lead Status"),
                ImportMapping.Attribute(column: 7, name: "Stage"), ImportMapping.Attribute(column: 8, name: "Notes"),
                ImportMapping.Attribute(column: 10, name: "Notes (2)"),
            ])
        #expect(mapping.ignored == [9])
        #expect(mapping.lines[9] == "(column 10, no name) -> ignored")
    }

    @Test func mapOverridesAddsAndUnmaps() throws {
        let header = ["Deal", "close_value", "engage_date", "Status"]
        let mapping = try ImportMapping(
            header: header, kind: .deals, overrides: [("value", "close_value"), ("created", "Engage Date"), ("stage", "")])
        #expect(mapping.column("value") == 1 && mapping.column("created") == 2 && mapping.column("stage") == nil)
        #expect(mapping.attributes.map(\.name) == ["Deal", "Status"])
        #expect(throws: HandoffError.self) { try ImportMapping(header: header, kind: .deals, overrides: [("price", "Deal")]) }
        #expect(
            try ImportMapping.pairs("value=close value, created = engage_date", option: "--map").map { "\($0.0)|\($0.1)" } == [
                "value|close value", "created|engage_date",
            ])
        #expect(throws: HandoffError.invalidInput("--map takes NAME=VALUE pairs separated by commas; 'value' has no '='")) {
            try ImportMapping.pairs("value", option: "--map")
        }
    }

    @Test func stagesOfHubSpotAndSalesforceAreKnownAndNothingElseIsGuessed() throws {
        var matcher = try StageMatcher(pipeline: .standard, overrides: [("Engaging", "Proposal"), ("Signed", "Won, customer")])
        let cases = [
            "marketingqualifiedlead": "mql", "Sales Qualified Lead": "sql", "customer": "won", "Closed Won": "won", "closedlost": "lost",
            "appointmentscheduled": "sal", "Decision maker bought-in": "negotiation", "Open - Not Contacted": "lead",
            "Closed - Not Converted": "lost", "Id. Decision Makers": "proposal", "Proposal/Price Quote": "proposal",
            "Negotiation/Review": "negotiation", "MQL, handed off": "mql", "nurture": "nurture", "engaging": "proposal", "SIGNED": "won",
        ]
        for (value, stage) in cases { #expect(matcher.stage(for: value) == stage, "\(value)") }
        #expect(matcher.stage(for: "Engaged") == nil)
        #expect(matcher.stage(for: "Hot") == nil)
    }

    @Test func datesInISOAndInANamedPattern() throws {
        let iso = try DateReader()
        #expect(try iso.parse("2026-03-05").get() == Timestamp.seconds(year: 2026, month: 3, day: 5))
        #expect(
            try iso.parse("2026-03-05T14:22:10.000+0000").get()
                == Timestamp.seconds(year: 2026, month: 3, day: 5, hour: 14, minute: 22, second: 10))
        #expect(try iso.parse("2026-03-05 14:22").get() == Timestamp.seconds(year: 2026, month: 3, day: 5, hour: 14, minute: 22))
        #expect(try iso.parse("2026-03-05T14:22:00+01:00").get() == Timestamp.seconds(year: 2026, month: 3, day: 5, hour: 13, minute: 22))
        #expect(throws: HandoffError.invalidInput("'5/3/26' is ambiguous (day or month first?); pass --date-format dd/MM/yy or MM/dd/yy")) {
            try iso.parse("5/3/26").get()
        }
        #expect(throws: HandoffError.invalidInput("'12-31-2026' is month first; pass --date-format MM-dd-yyyy")) {
            try iso.parse("12-31-2026").get()
        }

        let dayFirst = try DateReader(pattern: "dd-MM-yy")
        #expect(try dayFirst.parse("05-03-26").get() == Timestamp.seconds(year: 2026, month: 3, day: 5))
        #expect(try dayFirst.parse("05-03-99").get() == Timestamp.seconds(year: 1999, month: 3, day: 5))
        #expect(try dayFirst.parse("05-03-26 09:30").get() == Timestamp.seconds(year: 2026, month: 3, day: 5, hour: 9, minute: 30))
        #expect(throws: HandoffError.invalidInput("'31-02-26' is not a date in the format dd-MM-yy (nor ISO YYYY-MM-DD)")) {
            try dayFirst.parse("31-02-26").get()
        }
        let monthFirst = try DateReader(pattern: "MM/dd/yyyy")
        #expect(try monthFirst.parse("12/31/2026").get() == Timestamp.seconds(year: 2026, month: 12, day: 31))
        #expect(try monthFirst.parse("2/9/2026").get() == Timestamp.seconds(year: 2026, month: 2, day: 9))
        #expect(
            try DateReader(pattern: "d.M.yyyy HH:mm").parse("9.2.2026 17:05").get()
                == Timestamp.seconds(year: 2026, month: 2, day: 9, hour: 17, minute: 5))
        #expect(throws: HandoffError.self) { try DateReader(pattern: "dd/MMMM/yyyy") }
    }

    /// Zoho writes times on a 12-hour clock (`03/18/2026 02:15 PM`): read, and read in the one
    /// order the column allows, with no flag.
    @Test func timesOnATwelveHourClock() throws {
        let monthFirst = try DateReader(pattern: "MM/dd/yyyy")
        #expect(try monthFirst.parse("03/18/2026 02:15 PM").get() == Timestamp.seconds(year: 2026, month: 3, day: 18, hour: 14, minute: 15))
        #expect(try monthFirst.parse("03/18/2026 12:05 am").get() == Timestamp.seconds(year: 2026, month: 3, day: 18, hour: 0, minute: 5))
        #expect(
            try monthFirst.parse("03/18/2026 12:05:09PM").get()
                == Timestamp.seconds(year: 2026, month: 3, day: 18, hour: 12, minute: 5, second: 9))
        #expect(try monthFirst.parse("03/18/2026 9:00 a.m.").get() == Timestamp.seconds(year: 2026, month: 3, day: 18, hour: 9))
        #expect(throws: HandoffError.self) { try monthFirst.parse("03/18/2026 13:00 PM").get() }
        #expect(throws: HandoffError.self) { try monthFirst.parse("03/18/2026 11:00 XM").get() }
        var column = DateColumnReading()
        for value in ["04/02/2026 11:05 AM", "03/18/2026 02:15 PM"] { column.add(value) }
        #expect(column.pattern == "MM/dd/yyyy" && column.deciding == "03/18/2026 02:15 PM")
    }

    @Test func amountsWithEitherDecimalMarkAndCurrencies() throws {
        let point = AmountReader(), comma = AmountReader(decimalComma: true)
        let good: [(AmountReader, String, Double)] = [
            (point, "1234.5", 1_234.5), (point, "1,234.50", 1_234.5), (point, "$1,234", 1_234), (point, "USD 1,234,567.89", 1_234_567.89),
            (point, "1 234.50", 1_234.5), (point, "€990", 990), (point, "0", 0), (point, ".5", 0.5),
            (comma, "1.234,50", 1_234.5), (comma, "1.234,50 €", 1_234.5), (comma, "12,5", 12.5), (comma, "1\u{00A0}234,5", 1_234.5),
            (comma, "EUR 12.000", 12_000),
        ]
        for (reader, text, value) in good { #expect(try reader.parse(text).get() == value, "\(text)") }
        #expect(throws: HandoffError.invalidInput("'1,5' is written with a decimal comma; pass --decimal-comma")) {
            try point.parse("1,5").get()
        }
        #expect(throws: HandoffError.invalidInput("'1,234.50' is written with a decimal point; import without --decimal-comma")) {
            try comma.parse("1,234.50").get()
        }
        #expect(throws: HandoffError.invalidInput("'(500)' is negative; an amount is zero or more")) { try point.parse("(500)").get() }
        for bad in ["1,23,456", "12..5", "1,,000", "12 euros", "1.2.3"] {
            #expect(throws: HandoffError.self, "\(bad)") { try point.parse(bad).get() }
        }
    }

    @Test func exportsWriteAmountsAndTimesThatReadBackExactly() throws {
        #expect(
            [18_500.5, 0.07, -0.5, 12_000, 1_234_567.89].map(MoneyFormat.plain) == ["18500.50", "0.07", "-0.50", "12000", "1234567.89"])
        for value in [18_500.5, 0.07, 12_000, 1_234_567.89] { #expect(try AmountReader().parse(MoneyFormat.plain(value)).get() == value) }
        #expect(Timestamp.iso(-1) == "1969-12-31T23:59:59Z" && Timestamp.iso(1_795_176_000) == "2026-11-20T12:00:00Z")
        for seconds: Int64 in [0, 951_782_400, 1_795_176_059, 4_102_444_799] { #expect(Timestamp.parse(Timestamp.iso(seconds)) == seconds) }
    }

    @Test func aRowBecomesALeadWithItsHistoryDates() throws {
        var row = LeadRow()
        row.company = "Acme"
        row.stage = "won"
        row.value = 500
        row.created = 1_000
        row.entered = 2_000
        row.lostReason = "price"
        row.lostReasonAttribute = LeadAttribute("Lost Reason", "price")
        let won = row.newLead(defaultStage: "lead", pipeline: .standard, now: 9_999)
        // No person: the company names it; won without a close date closes when it last changed.
        #expect(won.lead.name == "Acme" && won.lead.createdAt == 1_000 && won.lead.closedAt == 2_000 && won.lead.enteredAt == 2_000)
        #expect(won.lead.lostReason == nil && won.extra == [LeadAttribute("Lost Reason", "price")])
        var open = LeadRow()
        open.id = 42
        open.closed = 5_000
        open.closedAttribute = LeadAttribute("Close Date", "2026-01-01")
        let fresh = open.newLead(defaultStage: "sal", pipeline: .standard, now: 9_999)
        #expect(fresh.lead.name == "42" && fresh.lead.stage == "sal" && fresh.lead.closedAt == nil && fresh.lead.createdAt == 5_000)
        #expect(fresh.extra == [LeadAttribute("Close Date", "2026-01-01")])
        // Over an existing lead, only what the row says changes; a new stage is entered now.
        let existing = Lead(
            id: 7, name: "Ana", company: "Olivo", email: "ana@olivo.example", stage: "sql", value: 100, createdAt: 10, enteredAt: 20)
        var update = LeadRow()
        update.company = "Olivo Group"
        update.stage = "proposal"
        let merged = update.merged(into: existing, pipeline: .standard, now: 9_999).lead
        #expect(merged.name == "Ana" && merged.company == "Olivo Group" && merged.email == "ana@olivo.example" && merged.value == 100)
        #expect(merged.stage == "proposal" && merged.enteredAt == 9_999 && merged.createdAt == 10)
    }

    @Test func duplicatesAreFoundByIdExternalIdAndEmailWhateverItsCase() throws {
        let mapping = try ImportMapping(header: ["id", "email"], kind: .leads)
        var duplicates = DuplicateRows()
        var row = LeadRow()
        row.id = 5
        row.email = "Ana@Example.com"
        #expect(duplicates.check(row, number: 2, mapping: mapping) == nil)
        row.id = 6
        row.email = "ana@example.COM"
        #expect(
            duplicates.check(row, number: 3, mapping: mapping)?.reason == "email ana@example.COM is also on row 2; each lead once per file")
        row.email = nil
        row.id = 5
        #expect(duplicates.check(row, number: 4, mapping: mapping)?.reason == "id 5 is also on row 2; each lead once per file")
        row.id = nil
        row.externalID = "00Q1"
        #expect(duplicates.check(row, number: 5, mapping: mapping) == nil)
        #expect(duplicates.check(row, number: 6, mapping: mapping)?.reason == "id '00Q1' is also on row 5; each lead once per file")
    }

    @Test func importOptionsReadTheSameWordsAsTheCommandLine() throws {
        let parser = CommandLineParser(
            program: "handoff", defaultCommand: "import", commands: [ImportOptions.commandSpec], globalOptions: [])
        let words = CommandLineParser.words(
            "import 'my deals.csv' --kind deals --stage-map \"Won=won,In talks=proposal\" --decimal-comma --delimiter tab")
        #expect(
            words == [
                "import", "my deals.csv", "--kind", "deals", "--stage-map", "Won=won,In talks=proposal", "--decimal-comma", "--delimiter",
                "tab",
            ])
        let parsed = try parser.parse(words)
        let options = try ImportOptions(parsed: parsed)
        #expect(parsed.arguments == ["my deals.csv"])
        #expect(
            options
                == ImportOptions(kind: .deals, kindGiven: true, stageMap: "Won=won,In talks=proposal", delimiter: "tab", decimalComma: true)
        )
        #expect(try options.delimiterByte() == UInt8(ascii: "\t"))
        #expect(
            throws: HandoffError.invalidInput(
                "--kind must be leads, deals, campaigns, members, accounts, insights, content, activity, not 'contacts'")
        ) {
            try ImportOptions(parsed: parser.parse(["import", "x.csv", "--kind", "contacts"]))
        }
        #expect(throws: HandoffError.invalidInput("--delimiter takes one character such as , ; | or the word tab, not ';;'")) {
            try ImportOptions(parsed: parser.parse(["import", "x.csv", "--delimiter", ";;"]))
        }
    }

    @Test func theSyntheticBoardIsTheSameForASeedAndUsesTheDemoTeam() {
        var first = SyntheticBoard(seed: 9, leads: 50, until: 1_800_000_000)
        var second = SyntheticBoard(seed: 9, leads: 50, until: 1_800_000_000)
        for index in 0..<50 {
            let a = first.lead(index), b = second.lead(index)
            #expect(a.lead == b.lead && a.events == b.events && a.attributes == b.attributes && a.response == b.response)
            #expect(a.events.first?.kind == "created" && a.events.allSatisfy { $0.at < 1_800_000_000 && $0.at >= a.lead.createdAt })
        }
        #expect(first.campaigns == second.campaigns)
        #expect(
            first.members.map(\.login) == ["lucia", "inigo", "sarah", "nuria", "tom", "javier", "begona", "james", "ana", "elena", "root"])
        var random = SeededRandom(seed: 1)
        #expect([random.next(), random.next()] == [0x910A_2DEC_8902_5CC1, 0xBEEB_8DA1_658E_EC67])
    }

    /// Names from the file are data: a line break in a campaign's or an owner's name cannot start a
    /// line of the import's summary.
    @Test func namesInTheSummaryCannotBreakItsLines() {
        var report = ImportReport(kind: .leads, file: "in.csv")
        report.committed = true
        report.createdCampaigns = ["spring (Spring\nImported 0 rows: everything is fine)"]
        report.createdOwners = ["x (X\r\u{1B}[2J)"]
        for line in report.summaryLines.map(\.description) {
            #expect(!line.contains("\n") && !line.contains("\r") && !line.contains("\u{1B}"), "\(line.debugDescription)")
        }
        #expect(report.summaryLines.map(\.description).contains { $0.hasPrefix("  campaigns added: spring (Spring") })
    }
}
