import HandoffCore

/// Figures over a window that starts or ends inside a day (a weekly meeting's, from the moment
/// the last one closed to now). The whole days inside the window come from the daily rollup; the
/// hours at either end are counted from the `kpi_*_moments` views at each fact's own instant, so
/// the meeting's figures count exactly what its agenda lists, and consecutive windows add up to
/// the window they make together.
extension Store {
    /// `rollupTotals` for a window of any instants.
    func windowTotals(_ measures: [String], _ period: KPIPeriod) throws -> [String: (n: Int, cents: Int64)] {
        let wanted = Set(measures)
        var totals: [String: (n: Int, cents: Int64)] = [:]
        func add(_ measure: String, _ n: Int, _ cents: Int64) {
            let old = totals[measure] ?? (0, 0)
            totals[measure] = (old.n + n, old.cents + cents)
        }
        let (whole, ends) = Store.split(period)
        if let whole {
            for (measure, value) in try rollupTotals(measures, whole) { add(measure, value.n, value.cents) }
        }
        for end in ends {
            // As the rollup's totals: the row of each measure with the key ''.
            for row in try moments(from: end.start, to: end.end) where wanted.contains(row.measure) && row.key.isEmpty {
                add(row.measure, row.n, row.cents)
            }
        }
        return totals
    }

    /// `rollupGroups` for a window of any instants.
    func windowGroups(_ measure: String, _ period: KPIPeriod) throws -> [String: (n: Int, cents: Int64)] {
        var groups: [String: (n: Int, cents: Int64)] = [:]
        func add(_ key: String, _ n: Int, _ cents: Int64) {
            let old = groups[key] ?? (0, 0)
            groups[key] = (old.n + n, old.cents + cents)
        }
        let (whole, ends) = Store.split(period)
        if let whole {
            for (key, value) in try rollupGroups(measure, whole) { add(key, value.n, value.cents) }
        }
        for end in ends {
            for row in try moments(from: end.start, to: end.end) where row.measure == measure { add(row.key, row.n, row.cents) }
        }
        return groups.filter { $0.value.n != 0 || $0.value.cents != 0 }
    }

    /// The whole UTC days inside `period` (nil when there are none) and the parts before and
    /// after them.
    static func split(_ period: KPIPeriod) -> (whole: KPIPeriod?, ends: [(start: Int64, end: Int64)]) {
        let day = KPIPeriod.day
        let firstMidnight = KPIPeriod.dayNumber(period.start + day - 1) * day
        let lastMidnight = KPIPeriod.dayNumber(period.end) * day
        guard firstMidnight < lastMidnight else { return (nil, period.start < period.end ? [(period.start, period.end)] : []) }
        let ends = [(period.start, firstMidnight), (lastMidnight, period.end)].filter { $0.0 < $0.1 }
        return (KPIPeriod(kind: .custom, start: firstMidnight, end: lastMidnight), ends)
    }

    /// Every fact in [start, end), by measure and key. `end - start` is under two days: the facts
    /// are found from the rows stamped in the range (through indexes), never by a scan. Within one
    /// report (`withWindowMoments`) each range is read once, whatever the figures asked of it.
    func moments(from start: Int64, to end: Int64) throws -> [KPIMoment] {
        if let known = windowMoments?[start...end] { return known }
        let rows = try readMoments(from: start, to: end)
        windowMoments?[start...end] = rows
        return rows
    }

    /// Runs `body` (the reads of one report) reading each end of a window once.
    func withWindowMoments<T>(_ body: () throws -> T) rethrows -> T {
        let outer = windowMoments == nil
        if outer { windowMoments = [:] }
        defer { if outer { windowMoments = nil } }
        return try body()
    }

    private func readMoments(from start: Int64, to end: Int64) throws -> [KPIMoment] {
        try connection.prepare(
            """
            SELECT measure, key, count(*), \(Store.centsSum) FROM (
                SELECT measure, key, cents, at FROM kpi_lead_moments WHERE lead_id IN (
                    SELECT id FROM leads WHERE created_at >= ?1 AND created_at < ?2
                    UNION SELECT id FROM leads WHERE closed_at >= ?1 AND closed_at < ?2
                    UNION SELECT lead_id FROM events WHERE at >= ?1 AND at < ?2)
                UNION ALL SELECT measure, key, cents, at FROM kpi_event_moments WHERE event_id IN (SELECT id FROM events WHERE at >= ?1 AND at < ?2)
                UNION ALL SELECT measure, key, cents, at FROM kpi_response_moments WHERE event_id IN (
                    SELECT event_id FROM responses WHERE due_at >= ?1 AND due_at < ?2
                    UNION SELECT id FROM events WHERE at >= ?1 AND at < ?2)) AS moments
            WHERE at >= ?1 AND at < ?2 GROUP BY measure, key
            """
        ).rows([.integer(start), .integer(end)]) { KPIMoment(measure: $0.string(0), key: $0.string(1), n: $0.int(2), cents: $0.int64(3)) }
    }
}
