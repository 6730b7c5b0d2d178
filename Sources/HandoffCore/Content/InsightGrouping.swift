/// How the insights panel and `handoff insight list --by` group insights: by theme (the same
/// kind and words), or by the kind, the lead's source or campaign, or the stage it was heard in.
public enum InsightGrouping: String, Sendable, Equatable, CaseIterable {
    case theme, kind, source, campaign, stage

    public var nameKey: StringKey {
        switch self {
        case .theme: return .insightsByTheme
        case .kind: return .insightsByKind
        case .source: return .insightsBySource
        case .campaign: return .insightsByCampaign
        case .stage: return .insightsByStage
        }
    }

    public func cycled() -> InsightGrouping {
        let all = InsightGrouping.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
