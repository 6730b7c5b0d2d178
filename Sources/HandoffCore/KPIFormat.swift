import Foundation

/// Figures as people read them: "1,240", "82%", "5.2 h", "n/a"; and their change against the
/// period before: "+12%" for amounts, "+6 pts" for rates.
public enum KPIFormat {
    public static let notAvailable = "n/a"

    public static func value(_ value: Double?, unit: KPIUnit) -> String {
        guard let value, value.isFinite else { return notAvailable }
        switch unit {
        case .count, .money: return MoneyFormat.whole(value)
        case .percent: return figure(value * 100) + "%"
        case .days: return oneDecimal(value) + " d"
        case .hours: return oneDecimal(value) + " h"
        }
    }

    /// Rates change in percentage points; everything else relative to the value before.
    public static func change(from previous: Double?, to current: Double?, unit: KPIUnit) -> String {
        guard let previous, let current else { return notAvailable }
        if unit == .percent {
            return signed((current - previous) * 100) + " pts"
        }
        guard let relative = KPIMath.change(from: previous, to: current) else { return notAvailable }
        return signed(relative * 100) + "%"
    }

    /// Percentages keep a decimal while they are small enough for it to matter: 82.3%, 2,922%.
    static func figure(_ value: Double) -> String {
        abs(value) < 100 ? oneDecimal(value) : MoneyFormat.whole(value)
    }

    /// Whether the change is good news for the figure's direction.
    public static func trend(from previous: Double?, to current: Double?, direction: KPIDirection) -> KPITrend {
        guard let previous, let current, previous.isFinite, current.isFinite else { return .unknown }
        let delta = (current - previous).rounded(toPlaces: 6)
        if delta == 0 || direction == .neutral { return .flat }
        return (delta > 0) == (direction == .higherIsBetter) ? .better : .worse
    }

    /// "12", "12.5": one decimal, dropped when it is zero.
    public static func oneDecimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return MoneyFormat.whole(rounded) }
        let whole = MoneyFormat.whole(rounded.rounded(.towardZero))
        let tenth = Int((abs(rounded) * 10).rounded()) % 10
        let sign = rounded < 0 && rounded > -1 ? "-" : ""
        return sign + whole + "." + String(tenth)
    }

    static func signed(_ value: Double) -> String {
        let text = figure(value)
        return value > 0 && text != "0" ? "+" + text : text
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
