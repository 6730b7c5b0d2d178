import Foundation

/// The dashboard's figures as a time series, one period a row, for BI tools and spreadsheets
/// (`handoff export --kind kpi`): whole weeks (Monday to Sunday, UTC) or calendar months, from the
/// one holding the board's first lead to the one holding `now`.
public enum KPISeries {
    public enum Step: String, CaseIterable, Sendable {
        case week, month
    }

    /// The periods covering `first` to `now`, oldest first; none when the board is empty.
    public static func periods(_ step: Step, from first: Int64?, to now: Int64) -> [KPIPeriod] {
        guard let first, first <= now else { return [] }
        var periods: [KPIPeriod] = []
        var period = containing(first, step)
        while period.start <= now {
            periods.append(period)
            period = containing(period.end, step)
        }
        return periods
    }

    static func containing(_ instant: Int64, _ step: Step) -> KPIPeriod {
        let today = Timestamp.floorDiv(instant, KPIPeriod.day)
        switch step {
        case .week:
            let monday = today - KPIPeriod.weekday(ofDay: today)
            return KPIPeriod(kind: .custom, start: monday * KPIPeriod.day, end: (monday + 7) * KPIPeriod.day)
        case .month:
            let (year, month, _) = Timestamp.civil(fromDays: Int(today))
            var period = KPIPeriod.calendarPeriod(kind: .thisMonth, year: year, month: month, months: 1)
            period.kind = .custom
            return period
        }
    }

    /// The columns of a row: where the period starts and ends (the end not included), then every
    /// figure of the dashboard by its `kpi --json` key.
    public static var header: [String] { ["period_start", "period_end"] + figures.map(\.id) }

    /// Figures of a period: not charts, and not the snapshots of the board as it is now (open pipeline,
    /// stale leads), which would repeat today's value in every row as if it were history.
    static var figures: [KPIDefinition] { KPIDefinition.figures.filter { !$0.isChart && !$0.isSnapshot } }

    /// One row's values, in `header`'s order; nil where a figure is not defined for the period.
    public static func values(of report: KPIReport) -> [Double?] {
        figures.map { $0.value(in: report) }
    }
}

extension KPISeries {
    /// A figure as a CSV cell: whole numbers without a decimal point, others to six places, no
    /// grouping, so any tool reads it.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
