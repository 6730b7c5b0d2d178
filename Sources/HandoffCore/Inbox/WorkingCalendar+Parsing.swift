/// Reads a calendar from the text a team keeps in `service_levels`, refusing what would make the
/// clock wrong instead of guessing.
extension WorkingCalendar {
    /// `day_start`/`day_end` as `HH:MM`; `workdays` as ISO numbers or names (`1,2,3,4,5` or
    /// `mon,tue,wed,thu,fri`); `utc_offset` as `+01:00`, `-05:30` or `Z`.
    public static func parse(dayStart: String, dayEnd: String, workdays: String, utcOffset: String, team: String) throws(HandoffError)
        -> WorkingCalendar
    {
        func minutes(_ text: String, _ column: String) throws(HandoffError) -> Int {
            let parts = text.split(separator: ":")
            guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...24).contains(hours),
                (0..<60).contains(minutes),
                hours * 60 + minutes <= 1440
            else {
                throw .invalidInput(Message(.serviceLevelOfIs, "\(team)", "\(column)", "\(text)"))
            }
            return hours * 60 + minutes
        }
        let names = ["mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7]
        var days: Set<Int> = []
        for word in workdays.split(separator: ",") {
            let token = word.filter { $0 != " " }.lowercased()
            guard let day = Int(token).flatMap({ (1...7).contains($0) ? $0 : nil }) ?? names[String(token.prefix(3))] else {
                throw .invalidInput(
                    Message(.serviceLevelOfWorkday, "\(team)", "\(word)"))
            }
            days.insert(day)
        }
        var offset: Int64 = 0
        if utcOffset != "Z" && !utcOffset.isEmpty {
            let sign: Int64 = utcOffset.hasPrefix("-") ? -1 : 1
            let body = utcOffset.hasPrefix("+") || utcOffset.hasPrefix("-") ? String(utcOffset.dropFirst()) : utcOffset
            let parts = body.split(separator: ":")
            guard (1...2).contains(parts.count), let hours = Int(parts[0]), hours <= 14,
                let minutes = parts.count == 2 ? Int(parts[1]) : 0, (0..<60).contains(minutes)
            else {
                throw .invalidInput(Message(.serviceLevelOfUtc, "\(team)", "\(utcOffset)"))
            }
            offset = sign * Int64(hours * 3_600 + minutes * 60)
        }
        let calendar = WorkingCalendar(
            dayStart: try minutes(dayStart, "day_start"), dayEnd: try minutes(dayEnd, "day_end"),
            workdays: days, utcOffset: offset)
        try calendar.validate(team: team)
        return calendar
    }
}
