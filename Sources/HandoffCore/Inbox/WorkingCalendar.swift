/// When a team works: a daily window (local time) on chosen weekdays. The service level counts only
/// these seconds, so a lead handed off on Friday evening is not overdue on Monday morning.
///
/// The arithmetic rests on one function, `workingSeconds(until:)`: working seconds from a fixed
/// origin to an instant. It is non-decreasing, flat outside working time, and computed in whole
/// weeks plus at most seven days, so a clock for a lead that waited two years costs the same as one
/// for a lead that waited an hour.
public struct WorkingCalendar: Sendable, Equatable {
    /// Minutes after local midnight when the working day starts and ends (end > start).
    public var dayStart: Int
    public var dayEnd: Int
    /// ISO weekdays that are worked: 1 is Monday, 7 is Sunday.
    public var workdays: Set<Int>
    /// Seconds east of UTC of the team's local time (no daylight saving: teams set it).
    public var utcOffset: Int64

    public init(dayStart: Int = 9 * 60, dayEnd: Int = 17 * 60, workdays: Set<Int> = [1, 2, 3, 4, 5], utcOffset: Int64 = 0) {
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.workdays = workdays
        self.utcOffset = utcOffset
    }

    /// Monday to Friday, 09:00 to 17:00 UTC.
    public static let standard = WorkingCalendar()

    static let day: Int64 = 86_400

    /// Working seconds in one worked day.
    public var secondsPerDay: Int64 { Int64(max(0, dayEnd - dayStart)) * 60 }

    /// Working seconds in a whole week; zero means the calendar never works.
    public var secondsPerWeek: Int64 { secondsPerDay * Int64(workdays.filter { (1...7).contains($0) }.count) }

    /// Checks values that come from the database before any arithmetic relies on them.
    public func validate(team: String) throws(HandoffError) {
        guard (0...1440).contains(dayStart), (0...1440).contains(dayEnd), dayEnd > dayStart else {
            throw .invalidInput(Message(.serviceLevelOfThe, "\(team)"))
        }
        guard secondsPerWeek > 0 else {
            throw .invalidInput(Message(.serviceLevelOfAt, "\(team)"))
        }
    }

    /// Working seconds from the origin (a Monday, local midnight) to `instant`.
    public func workingSeconds(until instant: Int64) -> Int64 {
        let local = Timestamp.clamped(instant) + utcOffset
        let dayIndex = Timestamp.floorDiv(local, WorkingCalendar.day)
        let secondOfDay = local - dayIndex * WorkingCalendar.day
        // 1970-01-01 was a Thursday: three days after a Monday.
        let sinceMonday = dayIndex + 3
        let week = Timestamp.floorDiv(sinceMonday, 7)
        let weekday = Int(sinceMonday - week * 7)  // 0 is Monday
        var total = week * secondsPerWeek
        for earlier in 0..<weekday where isWorked(weekdayIndex: earlier) { total += secondsPerDay }
        if isWorked(weekdayIndex: weekday) {
            total += min(max(0, secondOfDay - Int64(dayStart) * 60), secondsPerDay)
        }
        return total
    }

    /// Working seconds between two instants (negative when `to` is before `from`).
    public func workingSeconds(from: Int64, to: Int64) -> Int64 {
        workingSeconds(until: to) - workingSeconds(until: from)
    }

    /// The first instant at which `workingSeconds(until:)` reaches `target`: the end of a budget
    /// falls inside working time, never on the weekend that follows it.
    public func instant(reaching target: Int64) -> Int64 {
        let perWeek = secondsPerWeek
        guard perWeek > 0 else { return Int64.max }
        // `rest` in 1...perWeek, so the loop below always finds a day where it ends strictly inside.
        let week = Timestamp.floorDiv(target - 1, perWeek)
        var rest = target - week * perWeek
        for weekday in 0..<7 where isWorked(weekdayIndex: weekday) {
            if rest <= secondsPerDay {
                let localMidnight = (week * 7 + Int64(weekday) - 3) * WorkingCalendar.day
                return localMidnight + Int64(dayStart) * 60 + rest - utcOffset
            }
            rest -= secondsPerDay
        }
        return Int64.max
    }

    /// The instant `seconds` of working time after `start`.
    public func adding(workingSeconds seconds: Int64, to start: Int64) -> Int64 {
        instant(reaching: workingSeconds(until: start) + seconds)
    }

    private func isWorked(weekdayIndex: Int) -> Bool { workdays.contains(weekdayIndex + 1) }
}
