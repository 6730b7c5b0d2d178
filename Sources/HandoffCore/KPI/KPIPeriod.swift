/// A span of whole UTC days: `start` included, `end` excluded, both at midnight UTC. Every figure
/// of the dashboard, `handoff kpi` and the meeting is computed over one of these, so a day is
/// never counted in two neighbouring periods.
public struct KPIPeriod: Sendable, Equatable {
    public static let day: Int64 = 86_400
    /// The end of "all time": far enough ahead for anything stamped today, small enough for any
    /// arithmetic on it.
    public static let farFuture: Int64 = 400_000 * day

    public var kind: KPIPeriodKind
    public var start: Int64
    public var end: Int64

    public init(kind: KPIPeriodKind, start: Int64, end: Int64) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// The UTC day number of an instant: the day the rollup counts it in.
    public static func dayNumber(_ instant: Int64) -> Int64 { Timestamp.floorDiv(instant, day) }

    public var startDay: Int64 { Timestamp.floorDiv(start, KPIPeriod.day) }
    public var endDay: Int64 { Timestamp.floorDiv(end, KPIPeriod.day) }
    public var days: Int64 { endDay - startDay }
    public var isAllTime: Bool { kind == .allTime }

    public func contains(_ instant: Int64) -> Bool { instant >= start && instant < end }

    /// Starts and ends at UTC midnights. A meeting's window does not: it runs from the moment the
    /// last meeting closed to now, and is counted to the second.
    /// A window counted to the second is said to the nearest minute, its first and its last
    /// second alike: a meeting's (from the second after a close to the current second) and the
    /// one as long before it read as the same whole minutes wherever they are written.
    public static func nearestMinute(_ instant: Int64) -> Int64 { Timestamp.floorDiv(instant + 30, 60) * 60 }

    public var isWholeDays: Bool {
        Timestamp.floorDiv(start, KPIPeriod.day) * KPIPeriod.day == start && Timestamp.floorDiv(end, KPIPeriod.day) * KPIPeriod.day == end
    }

    /// The preset as seen at `now`: "last 30 days" ends at the end of today and starts 30 days
    /// before; "this week" is Monday to Sunday; month and quarter are calendar ones.
    public static func preset(_ kind: KPIPeriodKind, now: Int64) -> KPIPeriod {
        let today = Timestamp.floorDiv(now, day)
        switch kind {
        case .last7, .last30, .last90, .custom:
            let length: Int64 = kind == .last7 ? 7 : kind == .last90 ? 90 : 30
            return KPIPeriod(kind: kind, start: (today + 1 - length) * day, end: (today + 1) * day)
        case .thisWeek:
            let monday = today - weekday(ofDay: today)
            return KPIPeriod(kind: kind, start: monday * day, end: (monday + 7) * day)
        case .thisMonth, .thisQuarter:
            let (year, month, _) = Timestamp.civil(fromDays: Int(today))
            let months = kind == .thisMonth ? 1 : 3
            let first = kind == .thisMonth ? month : (month - 1) / 3 * 3 + 1
            return calendarPeriod(kind: kind, year: year, month: first, months: months)
        case .allTime:
            return allTime
        }
    }

    public static let allTime = KPIPeriod(kind: .allTime, start: 0, end: farFuture)

    /// Everything before `end` (a UTC midnight): all time, cut off. Like all time, it has no
    /// period before it to compare with.
    public static func allTime(before end: Int64) throws(HandoffError) -> KPIPeriod {
        guard end % day == 0 else { throw .invalidInput(Message(.periodIsMadeOf)) }
        return KPIPeriod(kind: .allTime, start: 0, end: end)
    }

    /// A period typed by a person: whole days, `from` before `to`.
    public static func custom(from: Int64, to: Int64) throws(HandoffError) -> KPIPeriod {
        guard from % day == 0, to % day == 0 else {
            throw .invalidInput(Message(.periodIsMadeOf))
        }
        guard from < to else {
            throw .invalidInput(Message(.periodMustEndAfter, "\(date: from)", "\(date: to)"))
        }
        return KPIPeriod(kind: .custom, start: from, end: to)
    }

    /// The same kind of period `steps` periods later (negative: earlier). All time has no
    /// neighbours.
    public func stepped(by steps: Int) -> KPIPeriod {
        switch kind {
        case .allTime:
            return self
        case .thisMonth, .thisQuarter:
            let (year, month, _) = Timestamp.civil(fromDays: Int(startDay))
            let months = kind == .thisMonth ? 1 : 3
            let index = year * 12 + (month - 1) + steps * months
            return KPIPeriod.calendarPeriod(
                kind: kind, year: Int(Timestamp.floorDiv(Int64(index), 12)),
                month: Int(Int64(index) - Timestamp.floorDiv(Int64(index), 12) * 12) + 1, months: months)
        default:
            let shift = Int64(steps) * (end - start)
            return KPIPeriod(kind: kind, start: start + shift, end: end + shift)
        }
    }

    /// The period the figures are compared with: the one just before, of the same kind.
    public var previous: KPIPeriod? { isAllTime ? nil : stepped(by: -1) }

    /// "Week of 2026-11-16", "November 2026", "2026 Q4", "30 days to 2026-11-20".
    public var title: String { title(.english) }

    /// The days covered, the last one included: "2026-10-22 – 2026-11-20".
    public var rangeText: String { rangeText(.english) }

    public func title(_ strings: Strings) -> String {
        switch kind {
        case .allTime: return end >= KPIPeriod.farFuture ? strings(.periodAllTime) : strings(.periodUpTo, strings.date(end - KPIPeriod.day))
        case .thisWeek: return strings(.periodWeekOf, strings.date(start))
        case .thisMonth:
            let (year, month, _) = Timestamp.civil(fromDays: Int(startDay))
            return strings(.periodMonth, strings(KPIPeriod.monthNames[month - 1]), year)
        case .thisQuarter:
            let (year, month, _) = Timestamp.civil(fromDays: Int(startDay))
            return strings(.periodQuarter, year, (month - 1) / 3 + 1)
        case .last7, .last30, .last90: return strings(.periodDaysTo, days, strings.date(end - KPIPeriod.day))
        case .custom: return strings(.periodDays, days)
        }
    }

    public func rangeText(_ strings: Strings) -> String {
        if isAllTime { return end >= KPIPeriod.farFuture ? strings(.rangeEverything) : strings(.rangeBefore, strings.date(end)) }
        if !isWholeDays {
            return strings.dateTime(KPIPeriod.nearestMinute(start)) + " – " + strings.dateTime(KPIPeriod.nearestMinute(end - 1)) + " UTC"
        }
        let last = end - KPIPeriod.day
        return last == start ? strings.date(start) : strings.date(start) + " – " + strings.date(last)
    }

    static let monthNames: [StringKey] = [
        .monthJanuary, .monthFebruary, .monthMarch, .monthApril, .monthMay, .monthJune, .monthJuly,
        .monthAugust, .monthSeptember, .monthOctober, .monthNovember, .monthDecember,
    ]

    /// 0 for Monday ... 6 for Sunday; day 0 (1970-01-01) was a Thursday.
    static func weekday(ofDay day: Int64) -> Int64 {
        let shifted = day + 3
        return shifted - Timestamp.floorDiv(shifted, 7) * 7
    }

    static func calendarPeriod(kind: KPIPeriodKind, year: Int, month: Int, months: Int) -> KPIPeriod {
        let startDay = Int64(Timestamp.daysFromCivil(year: year, month: month, day: 1))
        let endIndex = year * 12 + (month - 1) + months
        let endDay = Int64(Timestamp.daysFromCivil(year: endIndex / 12, month: endIndex % 12 + 1, day: 1))
        return KPIPeriod(kind: kind, start: startDay * day, end: endDay * day)
    }
}
