extension KeyMap {
    /// The action that switches to `view`: what its number key, a click on its tab and the
    /// palette all do.
    public static func action(showing view: ViewMode) -> UserAction {
        switch view {
        case .board: return .showBoard
        case .inbox: return .showInbox
        case .scoring: return .showScoring
        case .dashboard: return .showDashboard
        case .content: return .showContent
        case .insights: return .showInsights
        }
    }

    /// The key that switches to `view`, for callers that open a view as a person would.
    public func key(showing view: ViewMode) -> Key? {
        let action = KeyMap.action(showing: view)
        return bindings.first { $0.action == action && $0.contexts.contains(.global) }?.keys.first
    }

    /// The first key bound to `action` in any context, for callers that act as a person would.
    public func key(for action: UserAction) -> Key? {
        bindings.first { $0.action == action }?.keys.first
    }
}
