import HandoffCore
import Testing

/// Dates typed by a person: ISO always, and the form the screens of their language show.
@Suite struct DateInputTests {
    @Test func spanishIsDayFirstAsTheScreenShowsIt() {
        let strings = Strings(.spanish)
        let day = Timestamp.parse("2026-12-10")!
        #expect(DateInput.day(strings.date(day), language: .spanish) == day)
        #expect(DateInput.day("10/12/2026", language: .spanish) == day && DateInput.day("2026-12-10", language: .spanish) == day)
        #expect(DateInput.day("5/1/2027", language: .spanish) == Timestamp.parse("2027-01-05"))
        let moment = DateInput.moment(strings.dateTime(day + 52_200), language: .spanish)
        #expect(moment?.seconds == day + 52_200 && moment?.hasTime == true)
        #expect(DateInput.moment("10/12/2026 9:05", language: .spanish)?.seconds == Timestamp.parse("2026-12-10T09:05:00Z"))
        for wrong in [
            "31/02/2026", "10/13/2026", "10/12/26", "10-12-2026", "10/12/2026 25:00", "10/12/2026 9:5", "/12/2026", "10/12/2026 14:00 x",
        ] {
            #expect(DateInput.moment(wrong, language: .spanish) == nil, "\(wrong)")
        }
        #expect(DateInput.day("10/12/2026 14:00", language: .spanish) == nil)
    }

    /// English screens write ISO dates, so `10/12/2026` is October or December only to a guess.
    @Test func englishReadsWhatItsScreensShow() {
        let day = Timestamp.parse("2026-12-10")!
        #expect(DateInput.day(Strings.english.date(day), language: .english) == day)
        #expect(DateInput.moment(Strings.english.dateTime(day + 60), language: .english)?.seconds == day + 60)
        #expect(DateInput.day("10/12/2026", language: .english) == nil)
    }

    @Test func dueDatesAndPeriodsReadTheSameForms() throws {
        let now = Timestamp.parse("2026-11-20T12:00:00Z")!
        #expect(try DueDate.parse("25/11/2026", now: now, language: .spanish).get() == Timestamp.parse("2026-11-25T23:59:59Z"))
        #expect(try DueDate.parse("25/11/2026 14:00", now: now, language: .spanish).get() == Timestamp.parse("2026-11-25T14:00:00Z"))
        #expect(throws: HandoffError.self) { try DueDate.parse("25/11/2026", now: now, language: .english).get() }
        let passed = DueDate.parse("19/11/2026", now: now, language: .spanish)
        guard case let .failure(error) = passed else {
            Issue.record("a day in the past was accepted")
            return
        }
        #expect(Strings(.spanish).error(error) == "19/11/2026 ya pasó; un próximo paso vence en el futuro")
        #expect(Strings.english.error(error) == "2026-11-19 has passed; a next step is due in the future")
        let october = try KPIPeriod.fromOptions(from: "1/10/2026", to: "01/11/2026", preset: nil, now: now, language: .spanish)
        #expect(october.start == Timestamp.parse("2026-10-01") && october.end == Timestamp.parse("2026-11-01"))
        #expect(DateInput.days("30d") == 30 && DateInput.days("2w") == 14 && DateInput.days("d") == nil && DateInput.days("-3d") == nil)
    }
}
