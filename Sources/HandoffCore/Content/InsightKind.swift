/// What a rep heard on a call, by kind: the words `events.detail`, `insights.kind` and the command
/// line use, and the order forms and the panel list them in.
public enum InsightKind: String, Sendable, Equatable, CaseIterable {
    case objection
    case question
    case pain
    case competitor
    case featureRequest = "feature_request"
    case praise

    /// The kind as the board names it, in the person's language.
    public var nameKey: StringKey {
        switch self {
        case .objection: return .insightKindObjection
        case .question: return .insightKindQuestion
        case .pain: return .insightKindPain
        case .competitor: return .insightKindCompetitor
        case .featureRequest: return .insightKindFeatureRequest
        case .praise: return .insightKindPraise
        }
    }

    /// The kind a person typed: its code, or its name in either language, whatever the case.
    public static func named(_ text: String) -> InsightKind? {
        let wanted = text.trimmingSpaces.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let kind = InsightKind(rawValue: wanted) { return kind }
        return allCases.first { kind in
            [Strings.english, Strings(.spanish)].contains {
                $0(kind.nameKey).lowercased().replacingOccurrences(of: " ", with: "_") == wanted
            }
        }
    }

    /// `objection, question, pain, competitor, feature_request or praise`.
    public static var codes: String {
        allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + (allCases.last?.rawValue ?? "")
    }
}
