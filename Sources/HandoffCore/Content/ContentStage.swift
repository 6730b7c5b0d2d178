/// The small pipeline a piece of content goes through. Unlike the leads' stages these are fixed:
/// the co-creation rule (sales approves in `salesReview` before `published`) depends on them.
public enum ContentStage: String, Sendable, Equatable, CaseIterable {
    case idea
    case drafting
    case salesReview = "sales_review"
    case published
    case retired

    public var titleKey: StringKey {
        switch self {
        case .idea: return .contentStageIdea
        case .drafting: return .contentStageDrafting
        case .salesReview: return .contentStageSalesReview
        case .published: return .contentStagePublished
        case .retired: return .contentStageRetired
        }
    }

    public var position: Int { ContentStage.allCases.firstIndex(of: self) ?? 0 }

    /// The stage `step` places along (`H`/`L` move by one), or nil past either end.
    public func neighbour(_ step: Int) -> ContentStage? {
        let all = ContentStage.allCases
        let index = position + step
        return all.indices.contains(index) ? all[index] : nil
    }

    /// The stage a person typed: its code or its title in either language, whatever the case.
    public static func named(_ text: String) -> ContentStage? {
        let wanted = text.trimmingSpaces.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let stage = ContentStage(rawValue: wanted) { return stage }
        return allCases.first { stage in
            [Strings.english, Strings(.spanish)].contains {
                $0(stage.titleKey).lowercased().replacingOccurrences(of: " ", with: "_") == wanted
            }
        }
    }

    /// `idea, drafting, sales_review, published or retired`.
    public static var codes: String {
        allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + (allCases.last?.rawValue ?? "")
    }
}
