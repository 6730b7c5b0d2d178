import HandoffCore
import Testing

/// Evaluation: what each operator matches (case, spaces, numbers in text, empty values), lead
/// fields and attributes, caps, decay with age, rounding, the fit minimum and the 0 floor.
@Suite struct ScoringEvaluatorTests {
    static let day: Int64 = 86_400
    static let now: Int64 = 1_795_176_000

    static func lead(
        source: String = "web", email: String = "ana@Example.com", campaign: String? = nil, value: Double? = nil,
        ageDays: Int64 = 0
    ) -> Lead {
        Lead(
            id: 1, name: "Ana", company: "Acme", email: email, source: source, campaign: campaign, stage: "lead", value: value,
            createdAt: now - ageDays * day, enteredAt: now)
    }

    /// Whether the rule `condition -> 1` fires for the lead and attributes.
    func fires(_ condition: String, lead: Lead = lead(), _ attributes: [String: String] = [:]) throws -> Bool {
        let definition = try ScoringDefinition.parse("threshold 1\n[fit]\n\(condition) -> 1")
        return ScoringEvaluator.breakdown(definition, lead: lead, attributes: attributes, at: ScoringEvaluatorTests.now).total == 1
    }

    @Test func equalityIsCaseInsensitiveAndIgnoresSurroundingSpaces() throws {
        #expect(try fires("industry = \"software\"", ["industry": "Software "]))
        #expect(try !fires("industry = \"software\"", ["industry": "softwares"]))
        #expect(try fires("industry = \"Logística\"", ["industry": "LOGÍSTICA"]))
        #expect(try fires("source = \"web\"", lead: Self.lead(source: "Web")))
        #expect(try fires("employees = 50", ["employees": "50.0"]))
        #expect(try !fires("employees = 50", ["employees": "fifty"]))
    }

    @Test func notEqualNeedsAValueOfTheRightKind() throws {
        #expect(try fires("industry != \"retail\"", ["industry": "software"]))
        #expect(try !fires("industry != \"retail\"", ["industry": "RETAIL"]))
        #expect(try !fires("industry != \"retail\"", [:]))
        #expect(try fires("visits != 0", ["visits": "3"]))
        #expect(try !fires("visits != 0", ["visits": "0"]))
        #expect(try !fires("visits != 0", ["visits": "n/a"]))
    }

    @Test func orderingComparesNumbersOnly() throws {
        let cases: [(String, String, Bool)] = [
            ("visits < 5", "4", true), ("visits < 5", "5", false),
            ("visits <= 5", "5", true), ("visits <= 5", "6", false),
            ("visits > 5", "6", true), ("visits > 5", "5", false),
            ("visits >= 5", "5", true), ("visits >= 5", "4.99", false),
            ("visits >= -2", "-2", true), ("visits > 1000", "1e4", true),
            ("visits >= 5", "1,074", false), ("visits >= 5", "", false), ("visits < 5", "abc", false),
            ("visits < 5", " 3 ", true),
        ]
        for (condition, value, expected) in cases {
            #expect(try fires(condition, ["visits": value]) == expected, "\(condition) with '\(value)'")
        }
    }

    @Test func inContainsAndExists() throws {
        #expect(try fires("industry in (\"software\", \"fintech\")", ["industry": "FinTech"]))
        #expect(try !fires("industry in (\"software\", \"fintech\")", ["industry": "retail"]))
        #expect(try fires("employees in (10, 20)", ["employees": "20"]))
        #expect(try fires("employees in (10, \"many\")", ["employees": "Many"]))
        #expect(try fires("role contains \"market\"", ["role": "Head of Marketing"]))
        #expect(try !fires("role contains \"market\"", ["role": "CTO"]))
        #expect(try fires("role contains \"ñ\"", ["role": "Diseñadora"]))
        #expect(try fires("role exists", ["role": "CTO"]))
        #expect(try !fires("role exists", ["role": "   "]))
        #expect(try !fires("role exists", [:]))
        #expect(try fires("campaign exists", lead: Self.lead(campaign: "spring")))
        #expect(try !fires("campaign exists", lead: Self.lead(campaign: nil)))
    }

    @Test func leadFieldsAttributesAndDerivedFields() throws {
        #expect(try fires("email_domain = \"example.com\"", lead: Self.lead(email: "ana@Example.com")))
        #expect(try !fires("email_domain exists", lead: Self.lead(email: "no-at-sign")))
        #expect(try fires("email contains \"@example\"", lead: Self.lead()))
        #expect(try fires("value >= 10000", lead: Self.lead(value: 12_000)))
        #expect(try !fires("value >= 10000", lead: Self.lead(value: nil)))
        #expect(try fires("age_days >= 7", lead: Self.lead(ageDays: 7)))
        #expect(try !fires("age_days >= 7", lead: Self.lead(ageDays: 6)))
        // A bare name that is a lead field reads the lead; attr. reads the attribute of that name.
        #expect(try fires("source = \"web\"", lead: Self.lead(source: "web"), ["source": "fair"]))
        #expect(try fires("attr.source = \"fair\"", lead: Self.lead(source: "web"), ["source": "fair"]))
        #expect(try fires("attr.\"Total Visits\" >= 3", ["Total Visits": "4"]))
    }

    static let capped = """
        threshold 50
        fit_minimum 20
        [fit]
        a exists -> 30
        b exists -> 30
        cap 40
        [engagement]
        c exists -> 25
        d exists -> 20
        cap 40
        decay 30 days 50%
        """

    func breakdown(_ attributes: [String], ageDays: Int64, definition: String = capped) throws -> ScoreBreakdown {
        let values = Dictionary(uniqueKeysWithValues: attributes.map { ($0, "yes") })
        return ScoringEvaluator.breakdown(
            try ScoringDefinition.parse(definition), lead: Self.lead(ageDays: ageDays), attributes: values,
            at: Self.now)
    }

    @Test func capsLimitEachGroupAndDecayHalvesEngagementPerWholePeriod() throws {
        // Fit 60 capped to 40; engagement 45 capped to 40, then 0, 1, 2, 3 whole periods of 30 days.
        let expected: [(Int64, Int, Int)] = [(0, 40, 80), (29, 40, 80), (30, 20, 60), (65, 10, 50), (95, 5, 45)]
        for (age, engagement, total) in expected {
            let result = try breakdown(["a", "b", "c", "d"], ageDays: age)
            #expect(result.fitPoints == 60 && result.fit == 40, "age \(age)")
            #expect(result.engagementPoints == 45 && result.engagementCapped == 40, "age \(age)")
            #expect(result.engagement == engagement && result.total == total, "age \(age)")
        }
        let old = try breakdown(["a", "b", "c", "d"], ageDays: 95)
        #expect(old.decayPeriods == 3 && old.decayFactor == 0.125 && old.ageDays == 95)
        #expect(!old.qualifies && old.verdict == .underThreshold)
        #expect(try breakdown(["a", "b", "c", "d"], ageDays: 65).verdict == .qualifies)
        // 25 points decayed by half is 12.5: rounded to the nearest point, up.
        #expect(try breakdown(["c"], ageDays: 30).engagement == 13)
        #expect(try breakdown(["c"], ageDays: 30).lines.map(\.fired) == [false, false, true, false])
    }

    @Test func theFitMinimumAndTheFloorAtZero() throws {
        let definition = """
            threshold 30
            fit_minimum 20
            [fit]
            a exists -> 10
            student exists -> -50
            [engagement]
            c exists -> 40
            """
        let lowFit = try breakdown(["a", "c"], ageDays: 0, definition: definition)
        #expect(lowFit.total == 50 && lowFit.fit == 10 && !lowFit.qualifies)
        #expect(lowFit.verdict == .underFitMinimum)
        let negative = try breakdown(["student", "c"], ageDays: 0, definition: definition)
        #expect(negative.fit == -50 && negative.engagement == 40 && negative.total == 0)
    }

    @Test func theFastPathGivesTheSameScoreFromRawBytes() throws {
        let definition = try ScoringDefinition.parse(Self.capped)
        var evaluator = ScoringEvaluator(definition)
        #expect(evaluator.fields == [.attribute("a"), .attribute("b"), .attribute("c"), .attribute("d")])
        evaluator.begin(createdAt: Self.now - 31 * Self.day, at: Self.now)
        for name in ["a", "c"] {
            var value = "yes"
            value.withUTF8 { evaluator.record(slot: evaluator.slot(of: .attribute(name))!, utf8: $0) }
        }
        #expect(evaluator.score() == Score(total: 43, fit: 30, engagement: 13, qualifies: false))
        // A new lead forgets the last one.
        evaluator.begin(createdAt: Self.now, at: Self.now)
        #expect(evaluator.score() == Score(total: 0, fit: 0, engagement: 0, qualifies: false))
    }
}
