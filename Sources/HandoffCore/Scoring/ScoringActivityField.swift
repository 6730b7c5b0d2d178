/// The fields a scoring rule reads from a lead's email and web activity (`--kind activity`):
/// how many of each action, each counting less as it ages when the definition says
/// `activity decay N days P%`; the same in the last 30 days, plain; and the days since the person
/// last did anything. Numbers, and `[engagement]` only: they say what the lead did, not who it is.
public enum ScoringActivityField: String, CaseIterable, Sendable {
    case opens, clicks, bounces, unsubscribes
    case formSubmissions = "form_submissions"
    case pageViews = "page_views"
    case opens30d = "opens_30d"
    case clicks30d = "clicks_30d"
    case bounces30d = "bounces_30d"
    case unsubscribes30d = "unsubscribes_30d"
    case formSubmissions30d = "form_submissions_30d"
    case pageViews30d = "page_views_30d"
    /// Whole days since the latest action the person did (a bounce is not theirs); no value for a
    /// lead with none, so no rule on it matches such a lead.
    case daysSinceActivity = "days_since_activity"

    /// The action a count counts; nil for `days_since_activity`.
    public var kind: ActivityKind? {
        switch self {
        case .opens, .opens30d: return .open
        case .clicks, .clicks30d: return .click
        case .bounces, .bounces30d: return .bounce
        case .unsubscribes, .unsubscribes30d: return .unsubscribe
        case .formSubmissions, .formSubmissions30d: return .formSubmit
        case .pageViews, .pageViews30d: return .pageView
        case .daysSinceActivity: return nil
        }
    }

    /// A count of the last `ActivityTally.window` days, which no decay touches.
    public var isWindow: Bool { rawValue.hasSuffix("_30d") }
}
