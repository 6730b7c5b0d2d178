/// The periods the dashboard offers. Calendar periods (week, month, quarter) step by calendar
/// units; the others by their own length.
public enum KPIPeriodKind: String, Sendable, Equatable, CaseIterable {
    case last7 = "last_7_days"
    case last30 = "last_30_days"
    case last90 = "last_90_days"
    case thisWeek = "week"
    case thisMonth = "month"
    case thisQuarter = "quarter"
    case allTime = "all_time"
    case custom

    /// How the preset is offered: "Last 30 days", "This week".
    public var name: String {
        switch self {
        case .last7: return "Last 7 days"
        case .last30: return "Last 30 days"
        case .last90: return "Last 90 days"
        case .thisWeek: return "This week"
        case .thisMonth: return "This month"
        case .thisQuarter: return "This quarter"
        case .allTime: return "All time"
        case .custom: return "Custom"
        }
    }

    /// The next preset for `p`; a custom period goes back to the first preset.
    public func cycled() -> KPIPeriodKind {
        let presets = KPIPeriodKind.allCases.filter { $0 != .custom }
        guard let index = presets.firstIndex(of: self) else { return presets[0] }
        return presets[(index + 1) % presets.count]
    }
}
