import HandoffCore

extension Store {
    /// Every week or month from the one holding the first lead to the one holding `now`, each with
    /// the dashboard's figures for it, read the way the dashboard reads them, in one read
    /// transaction so the rows add up to one moment of the board.
    public func kpiSeries(_ step: KPISeries.Step, now: Int64, _ row: (KPIReport) throws -> Void) throws -> Int {
        try connection.execute("BEGIN")
        defer { try? connection.execute("COMMIT") }
        let first: Int64? = try connection.prepare("SELECT min(created_at) FROM leads").rows([]) { $0.optionalInt64(0) }.first ?? nil
        let periods = KPISeries.periods(step, from: first, to: now)
        for period in periods { try row(try kpiReport(period: period, now: now)) }
        return periods.count
    }
}
