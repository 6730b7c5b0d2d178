import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The demo and `handoff generate` look like a team at work: people answer handoffs, move deals and
/// win them in the working hours of the service level's calendar (Monday to Friday, 09:00-17:00
/// UTC), so response times are hours of real work, never "0 h".
@Suite struct WorkingHoursHistoryTests {
    /// Share of the events of these kinds that fall inside the calendar's working time.
    func shareAtWork(_ store: Store, kinds: [String]) throws -> Double {
        let calendar = WorkingCalendar.standard
        let marks = kinds.map { "'\($0)'" }.joined(separator: ", ")
        let times = try store.connection.prepare("SELECT at FROM events WHERE kind IN (\(marks))").rows([]) { $0.int64(0) }
        let inside = times.filter { calendar.instant(reaching: calendar.workingSeconds(until: $0)) == $0 }.count
        return Double(inside) / Double(max(1, times.count))
    }

    static let peopleActing = [EventKind.handedOff, EventKind.accepted, EventKind.rejected, EventKind.moved, EventKind.won, EventKind.lost]

    /// Made at 10:00 on a Wednesday, 08:30 on a Monday and 20:00 on a Saturday: whatever the
    /// hour, the history keeps its working hours and its response times.
    @Test(arguments: [
        TemporaryBoard.kpiWeekStart + 2 * 86_400 + 10 * 3_600, TemporaryBoard.kpiWeekStart + 7 * 86_400 + 8 * 3_600 + 1_800,
        TemporaryBoard.kpiWeekStart + 5 * 86_400 + 20 * 3_600,
    ])
    func theDemoHappensInWorkingHours(_ now: Int64) throws {
        let board = TemporaryBoard()
        let store = try board.open()
        try DemoLoader(folder: Repository.root + "/sample-data").load(into: store, now: now)
        #expect(try shareAtWork(store, kinds: WorkingHoursHistoryTests.peopleActing) > 0.85)
        let answers = try store.kpiReport(period: .allTime, now: now).current
        let median = try #require(answers.medianResponseHours)
        #expect(median >= 1, "median response \(median) h")
        // The newest event is recent: within the last working days (a weekend between), and not
        // in the future.
        let newest = try #require(try store.connection.scalar("SELECT max(at) FROM events"))
        #expect(newest <= now && newest > now - 4 * 86_400)
        #expect(try store.kpiRollupRows() == store.kpiRecountRows())
    }

    @Test func theGeneratorsPeopleActInWorkingHours() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        _ = try store.generate(leads: 2_000, seed: 7, until: TemporaryBoard.now, actor: "generator")
        #expect(try shareAtWork(store, kinds: WorkingHoursHistoryTests.peopleActing) > 0.99)
        let median = try #require(try store.kpiReport(period: .allTime, now: TemporaryBoard.now).current.medianResponseHours)
        #expect(median >= 1)
    }

    @Test func aMovedMomentKeepsItsHourAndItsOrder() {
        let calendar = WorkingCalendar.standard
        let monday = TemporaryBoard.kpiWeekStart
        // Newest event Friday 16:33; made the next Thursday at 10:00.
        let clock = DemoClock(
            calendar: calendar, newest: monday + 4 * 86_400 + 16 * 3_600 + 33 * 60, now: monday + 10 * 86_400 + 10 * 3_600)
        let friday = clock.moved(monday + 4 * 86_400 + 16 * 3_600 + 33 * 60)
        #expect(friday == monday + 9 * 86_400 + 16 * 3_600 + 33 * 60, "Wednesday 16:33, the last working day that leaves an hour")
        #expect(clock.moved(monday + 14 * 3_600) % 86_400 == 14 * 3_600)
        // A night and a weekend stay outside working time, in order.
        let moments = [
            monday + 4 * 86_400 + 16 * 3_600, monday + 4 * 86_400 + 23 * 3_600, monday + 5 * 86_400 + 12 * 3_600,
            monday + 7 * 86_400 + 8 * 3_600, monday + 7 * 86_400 + 9 * 3_600 + 60,
        ]
        let moved = moments.map(clock.moved)
        #expect(moved == moved.sorted() && Set(moved).count == moved.count)
        for (before, after) in zip(moments, moved) {
            let atWork = { (instant: Int64) in calendar.instant(reaching: calendar.workingSeconds(until: instant)) == instant }
            #expect(atWork(before) == atWork(after))
            #expect(calendar.workingSeconds(from: before, to: after) == clock.shift)
        }
    }
}
