/// Numbers, money, rates, dates and ages as each language writes them. Written by hand, not with
/// the C locale, which is often missing (`es_ES` is not generated on many machines).
extension Strings {
    public var decimalSeparator: String { language == .spanish ? "," : "." }

    /// `1,234` / `1234`, `12.345`.
    public func integer(_ value: Int) -> String {
        MoneyFormat.whole(Double(value), separator: language == .spanish ? "." : ",", groupFourDigits: language != .spanish)
    }

    /// A measure with always one decimal: `2.5` / `2,5`, `0.0` / `0,0`.
    public func decimal(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: decimalSeparator)
    }

    /// Whole units of money with the language's grouping: `18,500` / `18.500`.
    public func money(_ value: Double) -> String {
        MoneyFormat.whole(value, separator: language == .spanish ? "." : ",", groupFourDigits: language != .spanish)
    }

    /// An amount to the cent when it has cents, for confirming what was typed: `18,500.50` /
    /// `18.500,50`, but `18,500` for a whole amount. Whole units alone would show 18,501.
    public func exactMoney(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return money(value) }
        let cents = Int64((value * 100).rounded())
        guard cents % 100 != 0 else { return money(value) }
        let whole = cents / 100, fraction = abs(cents % 100)
        let sign = cents < 0 && whole == 0 ? "-" : ""
        return sign + money(Double(whole)) + decimalSeparator + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// Short figures for cards and headers: `18.5k` / `18,5k`.
    public func compactMoney(_ value: Double?) -> String {
        MoneyFormat.compact(value, decimalSeparator: decimalSeparator)
    }

    /// A rate from 0 to 1 as a whole percentage: `33%` / `33 %`; `-` when there is none.
    public func percent(_ rate: Double?) -> String {
        guard let rate else { return "-" }
        let whole = Int((rate * 100).rounded())
        return language == .spanish ? "\(whole) %" : "\(whole)%"
    }

    /// A day: `2026-11-25` / `25/11/2026`.
    public func date(_ seconds: Int64) -> String {
        let iso = Timestamp.date(seconds)
        guard language == .spanish else { return iso }
        let parts = iso.split(separator: "-")
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// A moment, to the minute, in UTC: `2026-11-25 23:59` / `25/11/2026 23:59`. Same width in
    /// both languages, so timelines line up.
    public func dateTime(_ seconds: Int64) -> String {
        date(seconds) + " " + String(Timestamp.short(seconds).suffix(5))
    }

    /// How long ago: `just now`, `12m ago`, `5h ago`, `3d ago` / `ahora`, `hace 12m`, ...
    public func ago(_ seconds: Int64) -> String {
        if seconds < 60 { return self(.agoJustNow) }
        return self(.agoAmount, DurationFormat.age(seconds))
    }

    /// An SLA clock: `5h 20m left`, `2h 05m over` / `quedan 5h 20m`, `2h 05m tarde`.
    public func clock(_ clock: SLAClock) -> String {
        clock.remaining < 0
            ? self(.clockOver, DurationFormat.hoursMinutes(-clock.remaining))
            : self(.clockLeft, DurationFormat.hoursMinutes(clock.remaining))
    }
}
