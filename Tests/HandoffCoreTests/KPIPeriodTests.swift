import HandoffCore
import HandoffTestSupport
import Testing

/// Periods are whole UTC days, start included and end excluded; presets and steps land on the
/// calendar days a person expects. "Now" is Friday 2026-11-20 12:00 UTC.
@Suite struct KPIPeriodTests {
    let now: Int64 = 1_795_176_000
    func day(_ text: String) -> Int64 { Timestamp.parse(text)! }

    @Test func presetsAtNoonOnAFriday() {
        let last7 = KPIPeriod.preset(.last7, now: now)
        #expect(last7.start == day("2026-11-14") && last7.end == day("2026-11-21"))
        #expect(last7.title == "7 days to 2026-11-20" && last7.rangeText == "2026-11-14 – 2026-11-20")
        #expect(KPIPeriod.preset(.last90, now: now).start == day("2026-08-23"))
        let week = KPIPeriod.preset(.thisWeek, now: now)
        #expect(week.start == day("2026-11-16") && week.end == day("2026-11-23") && week.title == "Week of 2026-11-16")
        let month = KPIPeriod.preset(.thisMonth, now: now)
        #expect(month.start == day("2026-11-01") && month.end == day("2026-12-01") && month.title == "November 2026")
        let quarter = KPIPeriod.preset(.thisQuarter, now: now)
        #expect(quarter.start == day("2026-10-01") && quarter.end == day("2027-01-01") && quarter.title == "2026 Q4")
    }

    @Test func calendarPeriodsStepByCalendarUnitsAcrossYears() {
        let month = KPIPeriod.preset(.thisMonth, now: now)
        #expect(month.previous == KPIPeriod(kind: .thisMonth, start: day("2026-10-01"), end: day("2026-11-01")))
        let january = month.stepped(by: 2)
        #expect(january.start == day("2027-01-01") && january.end == day("2027-02-01") && january.title == "January 2027")
        #expect(january.stepped(by: -1) == month.stepped(by: 1))
        let quarter = KPIPeriod.preset(.thisQuarter, now: now)
        #expect(quarter.stepped(by: 1).title == "2027 Q1" && quarter.stepped(by: 1).end == day("2027-04-01"))
        #expect(quarter.stepped(by: -4).title == "2025 Q4" && quarter.stepped(by: -4).start == day("2025-10-01"))
        let week = KPIPeriod.preset(.thisWeek, now: now)
        #expect(week.previous?.start == day("2026-11-09"))
    }

    @Test func rollingAndCustomPeriodsStepByTheirLength() throws {
        let october = try KPIPeriod.custom(from: day("2026-10-01"), to: day("2026-11-01"))
        #expect(october.days == 31 && october.rangeText == "2026-10-01 – 2026-10-31")
        #expect(october.previous == KPIPeriod(kind: .custom, start: day("2026-08-31"), end: day("2026-10-01")))
        let last30 = KPIPeriod.preset(.last30, now: now)
        #expect(last30.stepped(by: -1).end == last30.start)
    }

    @Test func theStartIsIncludedAndTheEndIsNot() throws {
        let period = try KPIPeriod.custom(from: day("2026-11-02"), to: day("2026-11-09"))
        #expect(period.contains(day("2026-11-02")))
        #expect(!period.contains(day("2026-11-02") - 1))
        #expect(period.contains(day("2026-11-09") - 1))
        #expect(!period.contains(day("2026-11-09")))
    }

    @Test func customPeriodsMustBeWholeDaysInOrder() {
        #expect(throws: HandoffError.invalidInput("a period is made of whole UTC days: write dates as YYYY-MM-DD")) {
            try KPIPeriod.custom(from: day("2026-11-02") + 3_600, to: day("2026-11-09"))
        }
        #expect(
            throws: HandoffError.invalidInput(
                "the period must end after it starts: 2026-11-09 is not before 2026-11-09 (the end is not included)")
        ) {
            try KPIPeriod.custom(from: day("2026-11-09"), to: day("2026-11-09"))
        }
    }

    @Test func allTimeHasNoNeighbours() throws {
        #expect(KPIPeriod.allTime.previous == nil)
        #expect(KPIPeriod.allTime.stepped(by: 1) == .allTime)
        #expect(KPIPeriod.allTime.title == "All time")
        let before = try KPIPeriod.allTime(before: day("2026-11-01"))
        #expect(before.previous == nil && before.title == "Up to 2026-10-31" && before.rangeText == "everything before 2026-11-01")
    }

    @Test func commandLineOptions() throws {
        #expect(try KPIPeriod.fromOptions(from: nil, to: nil, preset: nil, now: now, language: .english) == .allTime)
        #expect(
            try KPIPeriod.fromOptions(from: "2026-10-01", to: "2026-11-01", preset: nil, now: now, language: .english)
                == KPIPeriod(kind: .custom, start: day("2026-10-01"), end: day("2026-11-01")))
        // From alone runs to the end of today; to alone is everything before it.
        #expect(try KPIPeriod.fromOptions(from: "2026-11-01", to: nil, preset: nil, now: now, language: .english).end == day("2026-11-21"))
        #expect(
            try KPIPeriod.fromOptions(from: nil, to: "2026-11-01", preset: nil, now: now, language: .english)
                == KPIPeriod(kind: .allTime, start: 0, end: day("2026-11-01")))
        #expect(
            try KPIPeriod.fromOptions(from: nil, to: nil, preset: "month", now: now, language: .english) == .preset(.thisMonth, now: now))
        #expect(throws: HandoffError.invalidInput("--from takes a date written YYYY-MM-DD (a whole UTC day), not '2026-11-01T10:00'")) {
            try KPIPeriod.fromOptions(from: "2026-11-01T10:00", to: nil, preset: nil, now: now, language: .english)
        }
        #expect(throws: HandoffError.invalidInput("--period cannot be combined with --from or --to; use one or the other")) {
            try KPIPeriod.fromOptions(from: "2026-11-01", to: nil, preset: "month", now: now, language: .english)
        }
        #expect(
            throws: HandoffError.invalidInput(
                "unknown period 'fortnight'; periods: last_7_days, last_30_days, last_90_days, week, month, quarter, all_time, or Nd / Nw (the last N days or weeks)"
            )
        ) {
            try KPIPeriod.fromOptions(from: nil, to: nil, preset: "fortnight", now: now, language: .english)
        }
    }

    /// `--period 30d` as `log --since 7d` reads it: the last N whole days, today included, and
    /// `2w` the last fourteen; the period before has the same length.
    @Test func aNumberOfDaysOrWeeksIsAPeriodToo() throws {
        #expect(try KPIPeriod.fromOptions(from: nil, to: nil, preset: "30d", now: now, language: .english) == .preset(.last30, now: now))
        let twelve = try KPIPeriod.fromOptions(from: nil, to: nil, preset: "12d", now: now, language: .english)
        #expect(twelve.start == day("2026-11-09") && twelve.end == day("2026-11-21"))
        #expect(twelve.previous?.start == day("2026-10-28") && twelve.previous?.end == day("2026-11-09"))
        let fortnight = try KPIPeriod.fromOptions(from: nil, to: nil, preset: "2w", now: now, language: .english)
        #expect(fortnight.start == day("2026-11-07") && fortnight.end == day("2026-11-21"))
        #expect(
            throws: HandoffError.invalidInput(
                "unknown period '0d'; periods: last_7_days, last_30_days, last_90_days, week, month, quarter, all_time, or Nd / Nw (the last N days or weeks)"
            )
        ) {
            try KPIPeriod.fromOptions(from: nil, to: nil, preset: "0d", now: now, language: .english)
        }
    }

    @Test func presetsCycleAndACustomPeriodGoesBackToTheFirst() {
        #expect(KPIPeriodKind.last30.cycled() == .last90)
        #expect(KPIPeriodKind.allTime.cycled() == .last7)
        #expect(KPIPeriodKind.custom.cycled() == .last7)
    }
}
