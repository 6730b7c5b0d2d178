import HandoffCore
import HandoffTestSupport
import Testing

/// The SLA clock counts working hours only. Dates below are checked by hand: 2026-11-20 is a Friday.
@Suite struct ServiceLevelTests {
    let hour: Int64 = 3_600
    func at(_ text: String) -> Int64 { Timestamp.parse(text)! }

    @Test func twentyFourWorkingHoursFromFridayNoonEndWednesdayNoon() {
        // Friday 12-17 is 5 h, Monday 8 h, Tuesday 8 h, then 3 h on Wednesday.
        #expect(ServiceLevel.standard.deadline(handedOffAt: at("2026-11-20T12:00Z")) == at("2026-11-25T12:00Z"))
    }

    @Test func theWeekendDoesNotCount() {
        let level = ServiceLevel.standard
        let handoff = at("2026-11-20T12:00Z")
        #expect(level.clock(handedOffAt: handoff, now: at("2026-11-22T20:00Z")).remaining == 19 * hour)
        #expect(level.clock(handedOffAt: handoff, now: at("2026-11-23T10:00Z")).remaining == 18 * hour)
        #expect(level.calendar.workingSeconds(from: at("2026-11-21T00:00Z"), to: at("2026-11-23T00:00Z")) == 0)
    }

    @Test func theClockTurnsWarningThenOverdue() {
        let level = ServiceLevel.standard
        let handoff = at("2026-11-20T12:00Z")
        let early = level.clock(handedOffAt: handoff, now: at("2026-11-23T10:00Z"))
        #expect(early.state == .onTime && early.text == "18h 00m left")
        // 5 + 8 + 8 + 2 = 23 h used: 1 h left, under a quarter of 24 h.
        let late = level.clock(handedOffAt: handoff, now: at("2026-11-25T11:00Z"))
        #expect(late.state == .warning && late.text == "1h 00m left")
        // 5 + 8 + 8 + 8 + 1.5 = 30.5 h used.
        let over = level.clock(handedOffAt: handoff, now: at("2026-11-26T10:30Z"))
        #expect(over.state == .overdue && over.remaining == -(6 * hour + 1_800) && over.text == "6h 30m over")
        #expect(over.due == at("2026-11-25T12:00Z"))
    }

    @Test func aHandoffOutsideWorkingHoursStartsAtTheNextWorkingMorning() {
        let level = ServiceLevel.standard
        // Saturday afternoon: the clock starts Monday 09:00 and 24 h end Wednesday 17:00, not Thursday.
        #expect(level.deadline(handedOffAt: at("2026-11-21T15:00Z")) == at("2026-11-25T17:00Z"))
        // Tuesday 20:00: starts Wednesday 09:00, ends Friday 17:00.
        #expect(level.deadline(handedOffAt: at("2026-11-24T20:00Z")) == at("2026-11-27T17:00Z"))
        #expect(level.clock(handedOffAt: at("2026-11-24T20:00Z"), now: at("2026-11-25T08:59Z")).remaining == 24 * hour)
    }

    @Test func shortServiceLevelsEndTheSameDay() {
        let level = ServiceLevel(team: "sales", hours: 4)
        #expect(level.deadline(handedOffAt: at("2026-11-23T10:00Z")) == at("2026-11-23T14:00Z"))
        // 15:00 Monday: 2 h Monday, 2 h Tuesday morning.
        #expect(level.deadline(handedOffAt: at("2026-11-23T15:00Z")) == at("2026-11-24T11:00Z"))
    }

    @Test func aTeamInNewYorkWorksItsOwnHours() {
        // 09:00-17:00 at UTC-5 is 14:00-22:00 UTC. Friday 12:00 UTC is 07:00 there: a full Friday,
        // Monday and Tuesday make 24 h, ending Tuesday 17:00 local.
        let calendar = WorkingCalendar(utcOffset: -5 * 3_600)
        let level = ServiceLevel(team: "sales", hours: 24, calendar: calendar)
        #expect(level.deadline(handedOffAt: at("2026-11-20T12:00Z")) == at("2026-11-24T22:00Z"))
    }

    @Test func aSundayToThursdayWeek() {
        let calendar = WorkingCalendar(workdays: [7, 1, 2, 3, 4])
        let level = ServiceLevel(team: "sales", hours: 24, calendar: calendar)
        // Thursday 16:00: 1 h, then Sunday 8, Monday 8, and 7 h on Tuesday.
        #expect(level.deadline(handedOffAt: at("2026-11-19T16:00Z")) == at("2026-11-24T16:00Z"))
    }

    @Test func twoYearsOfWaitingIsExactAndCheap() {
        // 728 days from a Friday noon to a Friday noon: exactly 104 weeks of 40 h.
        let clock = ServiceLevel.standard.clock(handedOffAt: at("2024-11-22T12:00Z"), now: at("2026-11-20T12:00Z"))
        #expect(clock.remaining == 24 * hour - 104 * 40 * hour)
        #expect(clock.text == "4136h 00m over")
    }

    @Test func theOverdueCutoffAgreesWithTheClockAtEveryMinute() {
        // The SQL filter uses `handed off before overdueBefore(now)`; it must say exactly what the
        // clock says, including around nights and the weekend.
        for level in [ServiceLevel.standard, ServiceLevel(team: "x", hours: 4, calendar: WorkingCalendar(utcOffset: 5_400))] {
            for now in [at("2026-11-23T09:00Z"), at("2026-11-23T09:01Z"), at("2026-11-25T12:00Z"), at("2026-11-22T03:00Z")] {
                let cutoff = level.overdueBefore(now: now)
                var handoff = now - 6 * 86_400
                while handoff <= now {
                    let overdue = level.clock(handedOffAt: handoff, now: now).remaining < 0
                    #expect(overdue == (handoff < cutoff), "handoff \(Timestamp.iso(handoff)), now \(Timestamp.iso(now))")
                    handoff += 60
                }
            }
        }
    }

    @Test func aCalendarIsReadFromTheDatabaseText() throws {
        let calendar = try WorkingCalendar.parse(
            dayStart: "08:30", dayEnd: "18:00", workdays: "mon, tue,wed,4,5", utcOffset: "+01:00", team: "sales")
        #expect(calendar == WorkingCalendar(dayStart: 510, dayEnd: 1_080, workdays: [1, 2, 3, 4, 5], utcOffset: 3_600))
        #expect(throws: HandoffError.invalidInput("service level of sales: day_start '9am' is not a time (HH:MM)")) {
            try WorkingCalendar.parse(dayStart: "9am", dayEnd: "17:00", workdays: "1", utcOffset: "Z", team: "sales")
        }
        #expect(throws: HandoffError.self) {
            try WorkingCalendar.parse(dayStart: "17:00", dayEnd: "09:00", workdays: "1", utcOffset: "Z", team: "sales")
        }
        #expect(throws: HandoffError.self) {
            try WorkingCalendar.parse(dayStart: "09:00", dayEnd: "17:00", workdays: "funday", utcOffset: "Z", team: "sales")
        }
        #expect(throws: HandoffError.self) {
            try WorkingCalendar.parse(dayStart: "09:00", dayEnd: "17:00", workdays: "", utcOffset: "Z", team: "sales")
        }
    }

    @Test func levelsAreChosenByTheOwnersTeamThenSales() {
        let fast = ServiceLevel(team: "sales", hours: 8)
        let admin = ServiceLevel(team: "admin", hours: 2)
        #expect(ServiceLevel.choose(team: "admin", from: ["sales": fast, "admin": admin]) == admin)
        #expect(ServiceLevel.choose(team: "marketing", from: ["sales": fast, "admin": admin]) == fast)
        #expect(ServiceLevel.choose(team: nil, from: [:]) == .standard)
    }
}
