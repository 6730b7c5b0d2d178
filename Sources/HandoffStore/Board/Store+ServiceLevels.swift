import HandoffCore

extension Store {
    /// Every team's service level, by team.
    public func serviceLevels() throws -> [String: ServiceLevel] {
        let statement = try connection.prepare(
            "SELECT team, hours, day_start, day_end, workdays, utc_offset FROM service_levels ORDER BY team")
        var levels: [String: ServiceLevel] = [:]
        for (team, hours, start, end, workdays, offset) in try statement.rows(
            [], { ($0.string(0), $0.double(1), $0.string(2), $0.string(3), $0.string(4), $0.string(5)) })
        {
            let calendar = try WorkingCalendar.parse(dayStart: start, dayEnd: end, workdays: workdays, utcOffset: offset, team: team)
            guard hours.isFinite, hours > 0, hours <= 10_000 else {
                throw HandoffError.invalidInput(Message(.serviceLevelOfHours, "\(team)", "\(hours)"))
            }
            levels[team] = ServiceLevel(team: team, hours: hours, calendar: calendar)
        }
        return levels
    }

    /// The service level a handoff owned by `owner` runs on: that person's team's, else the sales
    /// team's (the team that answers handoffs), else the built-in 24 working hours.
    public func serviceLevel(forOwner owner: String?) throws -> ServiceLevel {
        let levels = try serviceLevels()
        let team = try owner.flatMap { try member(login: $0)?.team }
        return ServiceLevel.choose(team: team, from: levels)
    }
}

extension Store {
    /// The response recorded with an accept or reject event.
    public func response(eventID: Int64) throws -> HandoffResponse? {
        try connection.prepare(
            """
            SELECT r.handed_off_at, r.due_at, e.at, r.working_seconds FROM responses r JOIN events e ON e.id = r.event_id WHERE r.event_id = ?
            """
        ).rows([.integer(eventID)]) {
            HandoffResponse(handedOffAt: $0.int64(0), dueAt: $0.int64(1), answeredAt: $0.int64(2), workingSeconds: $0.int64(3))
        }.first
    }
}
