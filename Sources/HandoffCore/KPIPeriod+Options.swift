/// The period of `handoff kpi` and `handoff report`, from what was typed.
extension KPIPeriod {
    /// A date typed as `YYYY-MM-DD`: midnight UTC at its start.
    public static func date(_ text: String, option: String) throws(HandoffError) -> Int64 {
        guard text.count == 10, let midnight = Timestamp.parse(text) else {
            throw .invalidInput("\(option) takes a date written YYYY-MM-DD (a whole UTC day), not '\(TerminalText.sanitize(text))'")
        }
        return midnight
    }

    /// `--from`/`--to` (the end day not included) or a preset name; nothing means all time. From
    /// alone runs to the end of today; to alone means everything before it.
    public static func fromOptions(from: String?, to: String?, preset: String?, now: Int64) throws(HandoffError) -> KPIPeriod {
        if let preset {
            guard from == nil && to == nil else { throw .invalidInput("--period cannot be combined with --from or --to; use one or the other") }
            guard let kind = KPIPeriodKind(rawValue: preset), kind != .custom else {
                let names = KPIPeriodKind.allCases.filter { $0 != .custom }.map(\.rawValue).joined(separator: ", ")
                throw .invalidInput("unknown period '\(TerminalText.sanitize(preset))'; periods: \(names)")
            }
            return .preset(kind, now: now)
        }
        let start = try from.map { text throws(HandoffError) in try date(text, option: "--from") }
        let end = try to.map { text throws(HandoffError) in try date(text, option: "--to") }
        switch (start, end) {
        case let (start?, end?): return try custom(from: start, to: end)
        case let (start?, nil): return try custom(from: start, to: (dayNumber(now) + 1) * day)
        case let (nil, end?): return try allTime(before: end)
        case (nil, nil): return allTime
        }
    }
}
