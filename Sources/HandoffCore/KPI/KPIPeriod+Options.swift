/// The period of `handoff kpi` and `handoff report`, from what was typed.
extension KPIPeriod {
    /// A day typed as the person's language writes it (`YYYY-MM-DD`; in Spanish also
    /// `DD/MM/YYYY`): midnight UTC at its start.
    public static func date(_ text: String, option: String, language: Language) throws(HandoffError) -> Int64 {
        guard let midnight = DateInput.day(text, language: language) else {
            throw .invalidInput(Message(.takesADateWritten, "\(option)", "\(TerminalText.sanitize(text))"))
        }
        return midnight
    }

    /// `--from`/`--to` (the end day not included) or a preset name; nothing means all time. From
    /// alone runs to the end of today; to alone means everything before it.
    public static func fromOptions(from: String?, to: String?, preset: String?, now: Int64, language: Language) throws(HandoffError)
        -> KPIPeriod
    {
        if let preset {
            guard from == nil && to == nil else {
                throw .invalidInput(Message(.periodCannotBeCombined))
            }
            if let days = DateInput.days(preset), days > 0 { return lastDays(days, now: now) }
            guard let kind = KPIPeriodKind(rawValue: preset), kind != .custom else {
                throw .invalidInput(
                    Message(.unknownPeriodPeriodsOr, "\(TerminalText.sanitize(preset))", "\(presetNames)"))
            }
            return .preset(kind, now: now)
        }
        let start = try from.map { text throws(HandoffError) in try date(text, option: "--from", language: language) }
        let end = try to.map { text throws(HandoffError) in try date(text, option: "--to", language: language) }
        switch (start, end) {
        case let (start?, end?): return try custom(from: start, to: end)
        case let (start?, nil): return try custom(from: start, to: (dayNumber(now) + 1) * day)
        case let (nil, end?): return try allTime(before: end)
        case (nil, nil): return allTime
        }
    }

    /// The names `--period` takes besides Nd and Nw.
    public static var presetNames: String {
        KPIPeriodKind.allCases.filter { $0 != .custom }.map(\.rawValue).joined(separator: ", ")
    }

    /// The last `days` whole days, today included: the preset of that length where there is one,
    /// so `30d` and `last_30_days` are the same period under the same name.
    static func lastDays(_ days: Int64, now: Int64) -> KPIPeriod {
        let presets: [Int64: KPIPeriodKind] = [7: .last7, 30: .last30, 90: .last90]
        if let kind = presets[days] { return .preset(kind, now: now) }
        let end = (dayNumber(now) + 1) * day
        return KPIPeriod(kind: .custom, start: end - days * day, end: end)
    }
}
