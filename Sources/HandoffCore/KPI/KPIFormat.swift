import Foundation

/// Figures as people read them: "1,240", "82.3%", "5.2 h", "n/a" in English, "1240", "82,3 %",
/// "5,2 horas", "n/d" in Spanish; and their change against the period before: "+12%" for
/// amounts, "+6 pts" for rates. English is what `handoff kpi` and the report print.
public enum KPIFormat {
    public static func value(_ value: Double?, unit: KPIUnit, strings: Strings = .english) -> String {
        guard let value, value.isFinite else { return strings(.kpiNotAvailable) }
        switch unit {
        case .count, .money: return strings.money(value)
        case .percent: return strings(.kpiPercent, figure(value * 100, strings))
        case .days: return strings(.kpiDays, oneDecimal(value, strings))
        case .hours: return strings(.kpiHours, oneDecimal(value, strings))
        }
    }

    /// Rates change in percentage points; everything else relative to the value before.
    public static func change(from previous: Double?, to current: Double?, unit: KPIUnit, strings: Strings = .english) -> String {
        guard let previous, let current, previous.isFinite, current.isFinite else { return strings(.kpiNotAvailable) }
        if unit == .percent { return strings(.kpiPoints, signed((current - previous) * 100, strings)) }
        guard let relative = KPIMath.change(from: previous, to: current) else { return strings(.kpiNotAvailable) }
        return strings(.kpiPercent, signed(relative * 100, strings))
    }

    /// Whether the change is good news for the figure's direction.
    public static func trend(from previous: Double?, to current: Double?, direction: KPIDirection) -> KPITrend {
        guard let previous, let current, previous.isFinite, current.isFinite else { return .unknown }
        let delta = (current - previous).rounded(toPlaces: 6)
        if delta == 0 || direction == .neutral { return .flat }
        return (delta > 0) == (direction == .higherIsBetter) ? .better : .worse
    }

    /// "12", "12.5" ("12,5"): one decimal, dropped when it is zero.
    public static func oneDecimal(_ value: Double, _ strings: Strings = .english) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return strings.money(rounded) }
        let whole = strings.money(rounded.rounded(.towardZero))
        let tenth = Int((abs(rounded) * 10).rounded()) % 10
        let sign = rounded < 0 && rounded > -1 ? "-" : ""
        return sign + whole + strings.decimalSeparator + String(tenth)
    }

    /// Percentages keep a decimal while they are small enough for it to matter: 82.3%, 2,922%.
    static func figure(_ value: Double, _ strings: Strings) -> String {
        abs(value) < 100 ? oneDecimal(value, strings) : strings.money(value)
    }

    static func signed(_ value: Double, _ strings: Strings) -> String {
        let text = figure(value, strings)
        return value > 0 && text != "0" ? "+" + text : text
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
