/// Where a 0-10 answer falls for the Net Promoter Score: 9 and 10 promote, 7 and 8 are passive,
/// 0 to 6 detract (and are called back).
public enum NPSCategory: String, Sendable, Equatable {
    case promoter, passive, detractor

    public init(score: Int) {
        switch score {
        case 9...: self = .promoter
        case 7...8: self = .passive
        default: self = .detractor
        }
    }

    public var titleKey: StringKey {
        switch self {
        case .promoter: return .npsPromoter
        case .passive: return .npsPassive
        case .detractor: return .npsDetractor
        }
    }

    /// NPS = % promoters - % detractors, from -100 to +100; nil without answers.
    public static func score(promoters: Int, detractors: Int, answers: Int) -> Double? {
        guard answers > 0 else { return nil }
        return Double(promoters - detractors) * 100 / Double(answers)
    }

    /// The range of answers checked on input: whole numbers 0 to 10.
    public static let range = 0...10
}
