/// What a piece of content is: the words `content.kind` and the command line use.
public enum ContentKind: String, Sendable, Equatable, CaseIterable {
    case guide
    case caseStudy = "case_study"
    case deck
    case pitch
    case email
    case post
    case other

    public var nameKey: StringKey {
        switch self {
        case .guide: return .contentKindGuide
        case .caseStudy: return .contentKindCaseStudy
        case .deck: return .contentKindDeck
        case .pitch: return .contentKindPitch
        case .email: return .contentKindEmail
        case .post: return .contentKindPost
        case .other: return .contentKindOther
        }
    }

    /// The kind a person typed: its code or its name in either language, whatever the case.
    public static func named(_ text: String) -> ContentKind? {
        let wanted = text.trimmingSpaces.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let kind = ContentKind(rawValue: wanted) { return kind }
        return allCases.first { kind in
            [Strings.english, Strings(.spanish)].contains {
                $0(kind.nameKey).lowercased().replacingOccurrences(of: " ", with: "_") == wanted
            }
        }
    }

    /// `guide, case_study, deck, pitch, email, post or other`.
    public static var codes: String {
        allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + (allCases.last?.rawValue ?? "")
    }
}
