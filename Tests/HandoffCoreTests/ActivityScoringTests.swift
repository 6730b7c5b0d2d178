import HandoffCore
import Testing

/// The activity fields of the scoring language: what they count, how an action's age lowers it,
/// where they may be written, and the words of exports they read.
@Suite struct ActivityScoringTests {
    let now: Int64 = 1_795_176_000
    let day: Int64 = 86_400

    @Test func activityDecayIsReadWrittenBackAndKeptApartFromTheLeadAgeDecay() throws {
        let definition = try ScoringDefinition.parse(
            """
            threshold 40
            [engagement]
            clicks_30d >= 2 -> 20
            days_since_activity > 60 -> -10
            decay 90 days 20%
            activity decay 30 days 50%
            """)
        #expect(definition.engagement.decay == ScoringDecay(days: 90, percent: 20))
        #expect(definition.engagement.activityDecay == ScoringDecay(days: 30, percent: 50))
        #expect(definition.usesActivity)
        #expect(definition.text.contains("decay 90 days 20%\nactivity decay 30 days 50%\n"))
        #expect(try ScoringDefinition.parse(definition.text) == definition)
    }

    @Test func activityIsWhatALeadDidSoItIsRefusedUnderFit() {
        #expect(throws: ScoringError.self) { try ScoringDefinition.parse("threshold 10\n[fit]\nclicks >= 1 -> 5\n") }
        #expect(throws: ScoringError.self) {
            try ScoringDefinition.parse("threshold 10\n[fit]\nactivity decay 30 days 50%\n[engagement]\nopens > 0 -> 1\n")
        }
        #expect(throws: ScoringError.self) { try ScoringDefinition.parse("threshold 10\n[engagement]\nclicks = \"many\" -> 5\n") }
    }

    @Test func eachActionCountsLessForEveryWholePeriodOfItsAge() throws {
        let definition = try ScoringDefinition.parse(
            """
            threshold 30
            [engagement]
            clicks >= 2 -> 30
            clicks >= 1 -> 5
            activity decay 30 days 50%
            """)
        let lead = Lead(id: 1, name: "Ashley", stage: "lead", createdAt: now - 100 * day, enteredAt: now - 100 * day)
        let fresh = [ActivityRecord(kind: .click, at: now - day), ActivityRecord(kind: .click, at: now - 2 * day)]
        let stale = [ActivityRecord(kind: .click, at: now - 31 * day), ActivityRecord(kind: .click, at: now - 40 * day)]
        #expect(ScoringEvaluator.breakdown(definition, lead: lead, attributes: [:], activity: fresh, at: now).total == 35)
        #expect(ScoringEvaluator.breakdown(definition, lead: lead, attributes: [:], activity: stale, at: now).total == 5)
        #expect(ScoringEvaluator.breakdown(definition, lead: lead, attributes: [:], activity: [], at: now).total == 0)
        // Scored as of a moment before the clicks (calibration's outcome), they did not happen yet.
        #expect(ScoringEvaluator.breakdown(definition, lead: lead, attributes: [:], activity: fresh, at: now - 3 * day).total == 0)
    }

    @Test func theTallyCountsTheLast30DaysAndTheDaysSinceThePersonLastDidSomething() {
        var tally = ActivityTally(decay: nil)
        tally.begin(at: now)
        tally.add(.open, at: now - 40 * day)
        tally.add(.open, at: now - 10 * day)
        tally.add(.bounce, at: now - day)
        #expect(tally.value(of: .opens) == 2 && tally.value(of: .opens30d) == 1 && tally.value(of: .bounces30d) == 1)
        #expect(tally.value(of: .daysSinceActivity) == 10, "a bounce is the mail server's, not the person's")
        tally.begin(at: now)
        #expect(tally.value(of: .daysSinceActivity) == nil && tally.value(of: .clicks) == 0)
    }

    @Test func exportsSpellTheActionsTheirOwnWay() {
        #expect(ActivityKind.named("Opened") == .open && ActivityKind.named("email open") == .open)
        #expect(ActivityKind.named("CLICKED") == .click && ActivityKind.named("Form Submit") == .formSubmit)
        #expect(ActivityKind.named("form_submit") == .formSubmit && ActivityKind.named("Page View") == .pageView)
        #expect(ActivityKind.named("Unsubscribed") == .unsubscribe && ActivityKind.named("hard bounce") == .bounce)
        #expect(ActivityKind.named("forwarded") == nil)
    }
}
