/// Moves a recorded history forward to the present in whole working days of a calendar, so that it
/// reads as the team's recent work: an event at 14:31 on a working day lands at 14:31 on a working
/// day, an answer that took three working hours still takes three, and the newest event lands on
/// the last working day that leaves it at least an hour of working time before `now`.
///
/// Moving by calendar time instead (the newest event an hour before `now`) slides a history made
/// in office hours into the night whenever the demo is made in the morning: every handoff then
/// waits "0 h" of working time and the dashboard's median response reads 0 h.
///
/// Moments outside working time (a web form at night, a weekend) keep their place in the gap
/// between two working periods, in proportion, so the order of events never changes.
public struct DemoClock: Sendable {
    public let calendar: WorkingCalendar
    /// Working seconds added to every moment: a whole number of working days.
    public let shift: Int64

    public init(calendar: WorkingCalendar, newest: Int64, now: Int64) {
        self.calendar = calendar
        let perDay = max(1, calendar.secondsPerDay)
        let wanted = calendar.workingSeconds(until: now) - 3_600 - calendar.workingSeconds(until: newest)
        shift = newest > 0 ? Timestamp.floorDiv(wanted, perDay) * perDay : 0
    }

    public func moved(_ instant: Int64) -> Int64 {
        guard shift != 0 else { return instant }
        let worked = calendar.workingSeconds(until: instant)
        let reached = calendar.instant(reaching: worked)
        let target = calendar.instant(reaching: worked + shift)
        guard reached != instant else { return target }
        // Outside working time: the gap starts where working time last reached `worked` and ends
        // where the next working period starts.
        let gapEnd = calendar.instant(reaching: worked + 1) - 1
        let targetGapEnd = calendar.instant(reaching: worked + shift + 1) - 1
        let gap = max(1, gapEnd - reached)
        let offset = min(gap, max(0, instant - reached))
        return target + Int64((Double(offset) / Double(gap) * Double(targetGapEnd - target)).rounded(.down))
    }
}
