import HandoffCore
import HandoffTestSupport
import Testing

/// Staleness, amounts, due dates and the lead form's checks.
@Suite struct LeadRulesTests {
    let day: Int64 = 86_400
    let now: Int64 = 1_795_176_000

    @Test func aLeadIdleBeyondItsStageLimitIsStale() {
        let quiet = LeadActivity()
        #expect(quiet.isStale(enteredAt: now - 8 * day, idleDays: 7, now: now))
        #expect(!quiet.isStale(enteredAt: now - 7 * day, idleDays: 7, now: now))
        #expect(!quiet.isStale(enteredAt: now - 900 * day, idleDays: nil, now: now))
        // A note two days ago counts as activity.
        #expect(!LeadActivity(lastNoteAt: now - 2 * day).isStale(enteredAt: now - 8 * day, idleDays: 7, now: now))
    }

    @Test func aFutureNextStepSuspendsStalenessUntilItsDatePasses() {
        let planned = LeadActivity(lastNoteAt: now - 20 * day, nextStepDue: now + day)
        #expect(!planned.isStale(enteredAt: now - 30 * day, idleDays: 7, now: now))
        // The day after the due date, with nothing logged since, it is stale again.
        #expect(planned.isStale(enteredAt: now - 30 * day, idleDays: 7, now: now + 2 * day))
        let passed = LeadActivity(lastNoteAt: now - 20 * day, nextStepDue: now - day)
        #expect(passed.isStale(enteredAt: now - 30 * day, idleDays: 7, now: now))
    }

    @Test func amountsAreReadAsPeopleTypeThem() throws {
        #expect(try MoneyInput.parse("18500", language: .english).get() == 18_500)
        #expect(try MoneyInput.parse(" 18,500.50 ", language: .english).get() == 18_500.5)
        #expect(try MoneyInput.parse("18 500", language: .english).get() == 18_500)
        #expect(try MoneyInput.parse("18.5k", language: .english).get() == 18_500)
        #expect(try MoneyInput.parse("1.2M", language: .english).get() == 1_200_000)
        #expect(throws: HandoffError.invalidInput("the amount cannot be negative")) { try MoneyInput.parse("-5", language: .english).get() }
        #expect(throws: HandoffError.invalidInput("the amount must be more than zero")) {
            try MoneyInput.parse("0", language: .english).get()
        }
        #expect(throws: HandoffError.invalidInput("an amount has at most two decimals")) {
            try MoneyInput.parse("1.234", language: .english).get()
        }
        #expect(throws: HandoffError.self) { try MoneyInput.parse("12 euros", language: .english).get() }
        #expect(throws: HandoffError.self) { try MoneyInput.parse("1.2.3", language: .english).get() }
        #expect(throws: HandoffError.self) { try MoneyInput.parse("", language: .english).get() }
        #expect(MoneyFormat.plain(18_500) == "18500" && MoneyFormat.plain(18_500.5) == "18500.50")
    }

    @Test func dueDatesAreInTheFuture() throws {
        #expect(try DueDate.parse("2026-11-25", now: now, language: .english).get() == Timestamp.parse("2026-11-25T23:59:59Z"))
        #expect(try DueDate.parse("2026-11-25 14:00", now: now, language: .english).get() == Timestamp.parse("2026-11-25T14:00:00Z"))
        #expect(try DueDate.parse("+3", now: now, language: .english).get() == now + 3 * day)
        #expect(throws: HandoffError.invalidInput("2026-11-19 has passed; a next step is due in the future")) {
            try DueDate.parse("2026-11-19", now: now, language: .english).get()
        }
        #expect(throws: HandoffError.self) { try DueDate.parse("next week", now: now, language: .english).get() }
        #expect(throws: HandoffError.self) { try DueDate.parse("+0", now: now, language: .english).get() }
    }

    @Test func theLeadFormRefusesEachBadFieldWithItsReason() {
        let values = ["name": " ", "email": "ana@", "phone": "call me", "campaign": "autumn", "value": "-10", "owner": "zoe"]
        guard case let .failure(errors) = LeadDraft.parse(values, campaigns: ["spring", "summer"], members: ["ana"], language: .english)
        else {
            Issue.record("accepted an invalid lead")
            return
        }
        #expect(
            errors.messages == [
                "name": "a lead needs a name",
                "email": "'ana@' is not an email address (name@example.com)",
                "phone": "use digits, spaces and + - ( ) . (at least 6 digits)",
                "campaign": "unknown campaign 'autumn'; e.g. spring, summer",
                "value": "the amount cannot be negative",
                "owner": "'zoe' is not a member of this board",
            ])
        #expect(errors.summary.description.hasPrefix("name: a lead needs a name; email: "))
    }

    @Test func aValidFormBecomesADraft() throws {
        let values = [
            "name": "Tom Baker ", "company": "Brightwave", "email": "tom@brightwave.example", "phone": "+44 20 7946 0000",
            "source": "webinar", "campaign": "spring", "value": "12,000", "owner": "",
        ]
        let draft = try LeadDraft.parse(values, campaigns: ["spring"], members: ["ana"], language: .english).get()
        #expect(
            draft
                == LeadDraft(
                    name: "Tom Baker", company: "Brightwave", email: "tom@brightwave.example", phone: "+44 20 7946 0000",
                    source: "webinar", campaign: "spring", value: 12_000, owner: nil))
        let lead = Lead(id: 9, name: "Tom Baker", company: "Brightwave", stage: "lead", createdAt: 0, enteredAt: 0)
        #expect(draft.changes(from: lead) == ["email", "phone", "source", "campaign", "value"])
    }

    @Test func answersNeedAHandedOffLead() throws {
        let pipeline = Pipeline.standard
        let waiting = Lead(id: 3, name: "x", stage: "mql", createdAt: 0, enteredAt: 0)
        #expect(try pipeline.validateAccept(waiting).id == "sal")
        #expect(try pipeline.validateReject(waiting).id == "nurture")
        let early = Lead(id: 1, name: "x", stage: "lead", createdAt: 0, enteredAt: 0)
        #expect(throws: HandoffError.invalidMove("lead 1 is in New lead, not handed off; only leads in MQL, handed off can be accepted")) {
            try pipeline.validateAccept(early)
        }
        #expect(throws: HandoffError.self) { try pipeline.validateClose(early, won: true) }
        #expect(try pipeline.validateClose(early, won: false).id == "lost")
        let closed = Lead(id: 5, name: "x", stage: "won", createdAt: 0, enteredAt: 0)
        #expect(throws: HandoffError.self) { try pipeline.validateClose(closed, won: false) }
    }
}
