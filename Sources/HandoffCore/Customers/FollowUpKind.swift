/// Why a follow-up exists: one of the steps a win schedules, a detractor's answer to call back, or
/// one written by a person. Stored by its raw value in `follow_ups.kind`.
public enum FollowUpKind: String, Sendable, Equatable, CaseIterable {
    case kickoff
    case checkin
    case review
    /// A satisfaction answer of 6 or less: someone calls the customer back.
    case detractor
    case custom

    public var titleKey: StringKey {
        switch self {
        case .kickoff: return .followUpKickoff
        case .checkin: return .followUpCheckin
        case .review: return .followUpReview
        case .detractor: return .followUpDetractor
        case .custom: return .followUpCustom
        }
    }
}
