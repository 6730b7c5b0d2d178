/// The main views, one per tab. Number keys and Tab switch between them.
public enum ViewMode: Int, Sendable, CaseIterable {
    case board = 1
    case inbox = 2
    case scoring = 3
    case dashboard = 4
    case content = 5
    case insights = 6

    public var title: String {
        switch self {
        case .board: return "Board"
        case .inbox: return "Inbox"
        case .scoring: return "Scoring"
        case .dashboard: return "Dashboard"
        case .content: return "Content"
        case .insights: return "Insights"
        }
    }

    /// The key context of the view, so each view can give keys its own meaning.
    public var keyContext: KeyContext {
        switch self {
        case .board: return .board
        case .inbox: return .inbox
        case .scoring: return .scoring
        case .dashboard: return .dashboard
        case .content: return .content
        case .insights: return .insights
        }
    }

    public func cycled(by step: Int) -> ViewMode {
        let all = ViewMode.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + step + all.count) % all.count]
    }
}
