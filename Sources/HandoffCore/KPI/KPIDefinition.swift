/// One figure or chart of the dashboard: its name, its JSON key, its formula in words, and how to
/// read its value from a report. The dashboard's help, `handoff kpi`, the report and docs/kpis.md
/// all state the formulas from this one list.
public struct KPIDefinition: Sendable {
    public var id: String
    public var titleKey: StringKey
    public var formulaKey: StringKey
    public var section: KPISection
    public var unit: KPIUnit
    public var direction: KPIDirection
    /// Figures about how things stand now (open pipeline, stale leads): no earlier value to show.
    public var isSnapshot: Bool
    let read: (@Sendable (KPIFigures) -> Double?)?
    let readReport: (@Sendable (KPIReport) -> Double?)?

    init(
        _ id: String, _ titleKey: StringKey, _ formulaKey: StringKey, _ section: KPISection, _ unit: KPIUnit, _ direction: KPIDirection,
        snapshot: Bool = false, read: (@Sendable (KPIFigures) -> Double?)? = nil, readReport: (@Sendable (KPIReport) -> Double?)? = nil
    ) {
        self.id = id
        self.titleKey = titleKey
        self.formulaKey = formulaKey
        self.section = section
        self.unit = unit
        self.direction = direction
        self.isSnapshot = snapshot
        self.read = read
        self.readReport = readReport
    }

    /// The figure's name and formula in English: the words of `handoff kpi`, the report and docs/kpis.md.
    public var title: String { Strings.english(titleKey) }
    public var formula: String { Strings.english(formulaKey) }

    public func title(_ strings: Strings) -> String { strings(titleKey) }
    public func formula(_ strings: Strings) -> String { strings(formulaKey) }

    /// A chart or table, not a single number.
    public var isChart: Bool { read == nil && readReport == nil }

    public func value(in report: KPIReport) -> Double? {
        if let readReport { return readReport(report) }
        return read?(report.current)
    }

    /// The value in the period compared against; nil for snapshots and figures that need a
    /// period before the previous one.
    public func previousValue(in report: KPIReport) -> Double? {
        guard !isSnapshot, let previous = report.previous, let read else { return nil }
        return read(previous)
    }

    /// The same figure for a period's figures alone (for JSON of the previous period).
    public func value(of figures: KPIFigures) -> Double? { read?(figures) }

    public static func named(_ id: String) -> KPIDefinition? { (figures + charts).first { $0.id == id } }
}
