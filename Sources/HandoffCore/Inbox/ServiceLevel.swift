/// How fast a team promises to answer a handoff, in working hours of its calendar. Kept per team
/// in the database (`service_levels`); the inbox uses the service level of the lead owner's team.
public struct ServiceLevel: Sendable, Equatable {
    public var team: String
    public var hours: Double
    public var calendar: WorkingCalendar

    public init(team: String = "sales", hours: Double = 24, calendar: WorkingCalendar = .standard) {
        self.team = team
        self.hours = hours
        self.calendar = calendar
    }

    /// 24 working hours, Monday to Friday 09:00-17:00 UTC: what a new board promises.
    public static let standard = ServiceLevel()

    /// The budget in working seconds.
    public var seconds: Int64 { Int64((hours * 3_600).rounded()) }

    /// When an answer to a handoff made at `handedOffAt` is due.
    public func deadline(handedOffAt: Int64) -> Int64 {
        calendar.adding(workingSeconds: seconds, to: handedOffAt)
    }

    /// The clock of a handoff as seen at `now`.
    public func clock(handedOffAt: Int64, now: Int64) -> SLAClock {
        let elapsed = max(0, calendar.workingSeconds(from: handedOffAt, to: now))
        return SLAClock(remaining: seconds - elapsed, budget: seconds, due: deadline(handedOffAt: handedOffAt))
    }

    /// Handoffs made strictly before this instant are overdue at `now`: the bound for the SQL
    /// filter, so "overdue" is one indexed range and never a scan of every handed-off lead.
    public func overdueBefore(now: Int64) -> Int64 {
        calendar.instant(reaching: calendar.workingSeconds(until: now) - seconds)
    }
}
