import HandoffCore
import HandoffTestSupport
import Testing

/// The scoring file format: the example from the docs reads into the expected definition, the
/// canonical text reads back to the same definition, and every mistake names its line and column.
@Suite struct ScoringParserTests {
    static let example = """
        # What marketing and sales agreed a qualified lead is
        threshold 60
        fit_minimum 20

        [fit]
        employees >= 50 -> 15
        industry in ("software", "fintech") -> 10
        attr.Occupation = "Working Professional" -> 30
        cap 50

        [engagement]
        attr.TotalVisits >= 5 -> 10
        demo_requested = "yes" -> 30
        decay 30 days 50%
        cap 60
        """

    @Test func theDocumentedExampleReadsIntoItsRulesGroupsAndSettings() throws {
        let definition = try ScoringDefinition.parse(ScoringParserTests.example)
        let expected = ScoringDefinition(
            threshold: 60, fitMinimum: 20,
            fit: ScoringGroup(
                kind: .fit,
                rules: [
                    ScoringRule(field: "employees", .greaterOrEqual, [.number(50)], points: 15),
                    ScoringRule(field: "industry", .oneOf, [.text("software"), .text("fintech")], points: 10),
                    ScoringRule(field: "attr.Occupation", .equal, [.text("Working Professional")], points: 30),
                ], cap: 50),
            engagement: ScoringGroup(
                kind: .engagement,
                rules: [
                    ScoringRule(field: "attr.TotalVisits", .greaterOrEqual, [.number(5)], points: 10),
                    ScoringRule(field: "demo_requested", .equal, [.text("yes")], points: 30),
                ], cap: 60, decay: ScoringDecay(days: 30, percent: 50)))
        #expect(definition == expected)
        // Where each rule was written, for messages.
        #expect(definition.fit.rules.map(\.line) == [6, 7, 8])
        #expect(definition.engagement.rules[1].line == 13 && definition.engagement.rules[1].column == 1)
        #expect(definition.attributeNames == ["employees", "industry", "Occupation", "TotalVisits", "demo_requested"])
    }

    @Test func theCanonicalTextReadsBackToTheSameDefinition() throws {
        let definition = try ScoringDefinition.parse(ScoringParserTests.example)
        #expect(
            definition.text == """
                threshold 60
                fit_minimum 20

                [fit]
                employees >= 50 -> 15
                industry in ("software", "fintech") -> 10
                attr.Occupation = "Working Professional" -> 30
                cap 50

                [engagement]
                attr.TotalVisits >= 5 -> 10
                demo_requested = "yes" -> 30
                decay 30 days 50%
                cap 60

                """)
        #expect(try ScoringDefinition.parse(definition.text) == definition)
        #expect(try ScoringDefinition.parse(definition.text).text == definition.text)
    }

    @Test func everyOperatorQuotingAndNumberFormRoundTrips() throws {
        let text = """
            threshold 0\r
            [engagement]   # engagement first is fine\r
            attr."Total Visits" > 2.5 -> +5\r
            attr."say \\"hi\\"" contains "a\\\\b" -> 1
            email_domain != "gmail.com" -> 3
            value <= 1e6 -> 2
            age_days < 30 -> 4
            campaign exists -> 1
            employees in (10, 20.5, "many") -> 2
            role = "#1 fan" -> -20   # the # inside quotes is text
            stage = "lead" -> 1
            [fit]
            country in ("ES") -> 1
            """
        let definition = try ScoringDefinition.parse(text)
        #expect(definition.threshold == 0 && definition.fitMinimum == nil)
        #expect(
            definition.engagement.rules.map(\.op) == [.greater, .contains, .notEqual, .lessOrEqual, .less, .exists, .oneOf, .equal, .equal])
        #expect(definition.engagement.rules[0].field == "attr.Total Visits" && definition.engagement.rules[0].values == [.number(2.5)])
        #expect(definition.engagement.rules[1].field == "attr.say \"hi\"" && definition.engagement.rules[1].values == [.text("a\\b")])
        #expect(definition.engagement.rules[3].values == [.number(1_000_000)])
        #expect(definition.engagement.rules[7].points == -20 && definition.engagement.rules[7].values == [.text("#1 fan")])
        #expect(definition.engagement.rules[0].description == "attr.\"Total Visits\" > 2.5 -> 5")
        #expect(definition.engagement.rules[1].description == "attr.\"say \\\"hi\\\"\" contains \"a\\\\b\" -> 1")
        #expect(definition.engagement.rules[6].description == "employees in (10, 20.5, \"many\") -> 2")
        #expect(try ScoringDefinition.parse(definition.text) == definition)
        // The canonical order puts [fit] first, whatever order the file used.
        #expect(definition.text.hasPrefix("threshold 0\n\n[fit]\ncountry in (\"ES\") -> 1\n\n[engagement]\n"))
    }

    /// (file, line, column, message): the exact place and words of each refusal.
    static let mistakes: [(String, Int, Int, String)] = [
        (
            "threshold sixty\n[fit]\nemployees >= 50 -> 15", 1, 11,
            "the threshold must be a whole number, as in `threshold 60`; found `sixty`"
        ),
        (
            "threshold 60\n[fit]\nemployees >= 50 15", 3, 17,
            "expected `->` and the points; found `15` in `employees >= 50 15`"
        ),
        (
            "threshold 60\n[fit]\nindustry like \"soft\" -> 5", 3, 10,
            "expected an operator (=, !=, <, <=, >, >=, in, contains, exists) after `industry`; found `like` in `industry like \"soft\" -> 5`"
        ),
        (
            "threshold 60\n[fit]\nindustry < \"software\" -> 5", 3, 12,
            "`<` compares numbers, but \"software\" is text, in `industry < \"software\" -> 5`"
        ),
        (
            "threshold 60\n[fit]\nsource < 5 -> 10  # by size", 3, 8,
            "source is text, but `<` compares numbers, in `source < 5 -> 10`"
        ),
        (
            "threshold 60\n[fit]\nsource = 5 -> 10", 3, 10,
            "source is text; write the value in double quotes: \"5\", in `source = 5 -> 10`"
        ),
        (
            "threshold 60\n[fit]\nvalue = \"big\" -> 10", 3, 9,
            "value is a number; write the value without quotes, in `value = \"big\" -> 10`"
        ),
        (
            "threshold 60\n[fit]\nrole contains 5 -> 10", 3, 15,
            "`contains` looks for text; write it in double quotes: \"5\", in `role contains 5 -> 10`"
        ),
        (
            "threshold 60\nemployees >= 50 -> 15", 2, 1,
            "a rule must be under [fit] or [engagement]; add a section line above it"
        ),
        (
            "threshold 60\n[fit]\nindustry = \"soft -> 5", 3, 12,
            "the text starting here has no closing double quote"
        ),
        (
            "threshold 60\n[fit]\nemployees >= 5 -> 1\ndecay 30 days 50%", 4, 1,
            "decay applies to engagement points only; move it under [engagement]"
        ),
        (
            "[fit]\nemployees >= 5 -> 1", 1, 1,
            "no threshold: add a line such as `threshold 60` (the score that makes a lead an MQL) before the first section"
        ),
        (
            "threshold 60\n[fitt]", 2, 2,
            "unknown section [fitt]; the sections are [fit] and [engagement]"
        ),
        (
            "threshold 60\nthreshold 70", 2, 1,
            "threshold is set twice (first on line 1); keep one"
        ),
        (
            "threshold 60\n[fit]\nemployees >= 50 -> 1.5", 3, 20,
            "the points must be a whole number from -10000 to 10000; found `1.5` in `employees >= 50 -> 1.5`"
        ),
        (
            "threshold 60\n[fit]\nindustry = software -> 5", 3, 12,
            "expected a value (text in double quotes or a number); found `software` in `industry = software -> 5`"
        ),
        (
            "threshold 60\n[fit]\nindustry in \"a\" -> 5", 3, 13,
            "expected a list in parentheses after `in`, as in `industry in (\"software\", \"fintech\")`; found `\"a\"`"
        ),
        (
            "threshold 60\n[fit]\nindustry in (\"a\" \"b\") -> 5", 3, 18,
            "expected `,` or `)` in the list; found `\"b\"` in `industry in (\"a\" \"b\") -> 5`"
        ),
        (
            "threshold 60\n[fit]\nemployees >= 5 -> 1\ncap 50 60", 4, 8,
            "unexpected `60` after cap; one statement per line (a comment starts with #)"
        ),
        (
            "threshold 60\n[fit]\nemployees >= 50 -> 15 ;", 3, 23,
            "unexpected character `;`"
        ),
        (
            "threshold 60\n[fit]\nrole = \"a\u{07}b\" -> 5", 3, 10,
            "a control or invisible character (U+7) in text; remove it"
        ),
        (
            "threshold 60\n[fit]\nrole = \"a\\nb\" -> 5", 3, 10,
            "unknown escape in text: write \\\" for a double quote and \\\\ for a backslash"
        ),
        (
            "threshold 60\n[fit]\nemployees >= 5 -> 1\nthreshold 70", 4, 1,
            "threshold belongs before the first section ([fit] on line 2)"
        ),
        (
            "threshold 60\n[engagement]\nvisits >= 5 -> 1\ndecay 30 weeks 50%", 4, 10,
            "expected `days` after the number of days, as in `decay 30 days 50%`"
        ),
        (
            "threshold 60\n[engagement]\nvisits >= 5 -> 1\ndecay 30 days 150%", 4, 15,
            "the percent lost per period must be a whole number from 1 to 100; found `150`"
        ),
        (
            "threshold 60\n[fit]\nemployees >= 50abc -> 1", 3, 14,
            "`50abc` is not a number"
        ),
        (
            "threshold 60\n[fit]\ncap >= 5 -> 1", 3, 5,
            "a cap must be a whole number, as in `cap 50`; found `>=`"
        ),
        (
            "threshold 60\n[fit]\n[fit]", 3, 2,
            "[fit] appears twice (first on line 2); put all its rules under one"
        ),
        (
            "threshold 60\n[fit]\ncap 5", 1, 1,
            "no rules: add at least one rule such as `employees >= 50 -> 15` under [fit] or [engagement]"
        ),
        (
            "threshold 60\n[fit]\nvisits >=", 3, 10,
            "expected a value (text in double quotes or a number) after `>=` in `visits >=`"
        ),
    ]

    @Test(arguments: mistakes.indices)
    func mistakesNameTheLineColumnAndWhatWasExpected(_ index: Int) {
        let (text, line, column, message) = ScoringParserTests.mistakes[index]
        #expect(throws: ScoringError(line: line, column: column, Message(verbatim: message))) { try ScoringDefinition.parse(text) }
    }

    @Test func anErrorReadsLikeACompilerMessage() {
        let error = ScoringError(line: 3, column: 12, "the text starting here has no closing double quote")
        #expect(error.description == "line 3, column 12: the text starting here has no closing double quote")
        #expect(error.located(in: "rules.txt") == "rules.txt:3:12: the text starting here has no closing double quote")
    }
}
